import type { Locale } from "../../i18n/locales"

/**
 * Address rules of the store, shared by the account's address book and the checkout: which
 * fields a country asks for, Japan's postal codes and prefectures, Kyrgyzstan's regions. Pure:
 * no DOM, no fetch. Region values are ISO 3166-2 codes in lower case (`jp-13`, `kg-y`), the form
 * Medusa keeps province codes in, so tax and shipping rules can match them.
 */

/** An address as the store API's `/store/customers/me/addresses` takes it (the fields this store uses). */
export type AddressInput = {
  first_name: string
  last_name: string
  /** Furigana of the names, Japan only, optional; kept in `metadata`. */
  first_name_kana?: string | undefined
  last_name_kana?: string | undefined
  phone?: string | undefined
  country_code: string
  /** Prefecture (Japan) or region (Kyrgyzstan): an ISO 3166-2 code in lower case; free text elsewhere. */
  province?: string | undefined
  postal_code?: string | undefined
  city: string
  address_1: string
  address_2?: string | undefined
}

/** A field of the address form. */
export type AddressField = keyof AddressInput

/** Every validation message's key: the strings a page hands the island that checks its address form. */
export const addressErrorKeys = [
  "account.address.error.required",
  "account.address.error.postalJp",
  "account.address.error.postalKg",
  "account.address.error.prefecture",
  "account.address.error.region",
  "account.address.error.kana",
  "account.address.error.phone",
  "account.address.error.country",
] as const

/** The key of a validation message, an interface string in every language (`account.address.error.*`). */
export type AddressErrorKey = (typeof addressErrorKeys)[number]

/** What is wrong, field by field; empty when the address can be saved. */
export type AddressErrors = Partial<Record<AddressField, AddressErrorKey>>

/** Japan's 47 prefectures in their official order (JIS X 0401), with their names in every language. */
export const prefectures: readonly { code: string; names: Record<Locale, string> }[] = /* @__PURE__ */ [
  ["Hokkaido", "北海道", "Хоккайдо"],
  ["Aomori", "青森県", "Аомори"],
  ["Iwate", "岩手県", "Иватэ"],
  ["Miyagi", "宮城県", "Мияги"],
  ["Akita", "秋田県", "Акита"],
  ["Yamagata", "山形県", "Ямагата"],
  ["Fukushima", "福島県", "Фукусима"],
  ["Ibaraki", "茨城県", "Ибараки"],
  ["Tochigi", "栃木県", "Тотиги"],
  ["Gunma", "群馬県", "Гумма"],
  ["Saitama", "埼玉県", "Сайтама"],
  ["Chiba", "千葉県", "Тиба"],
  ["Tokyo", "東京都", "Токио"],
  ["Kanagawa", "神奈川県", "Канагава"],
  ["Niigata", "新潟県", "Ниигата"],
  ["Toyama", "富山県", "Тояма"],
  ["Ishikawa", "石川県", "Исикава"],
  ["Fukui", "福井県", "Фукуи"],
  ["Yamanashi", "山梨県", "Яманаси"],
  ["Nagano", "長野県", "Нагано"],
  ["Gifu", "岐阜県", "Гифу"],
  ["Shizuoka", "静岡県", "Сидзуока"],
  ["Aichi", "愛知県", "Айти"],
  ["Mie", "三重県", "Миэ"],
  ["Shiga", "滋賀県", "Сига"],
  ["Kyoto", "京都府", "Киото"],
  ["Osaka", "大阪府", "Осака"],
  ["Hyogo", "兵庫県", "Хиого"],
  ["Nara", "奈良県", "Нара"],
  ["Wakayama", "和歌山県", "Вакаяма"],
  ["Tottori", "鳥取県", "Тоттори"],
  ["Shimane", "島根県", "Симанэ"],
  ["Okayama", "岡山県", "Окаяма"],
  ["Hiroshima", "広島県", "Хиросима"],
  ["Yamaguchi", "山口県", "Ямагути"],
  ["Tokushima", "徳島県", "Токусима"],
  ["Kagawa", "香川県", "Кагава"],
  ["Ehime", "愛媛県", "Эхимэ"],
  ["Kochi", "高知県", "Коти"],
  ["Fukuoka", "福岡県", "Фукуока"],
  ["Saga", "佐賀県", "Сага"],
  ["Nagasaki", "長崎県", "Нагасаки"],
  ["Kumamoto", "熊本県", "Кумамото"],
  ["Oita", "大分県", "Оита"],
  ["Miyazaki", "宮崎県", "Миядзаки"],
  ["Kagoshima", "鹿児島県", "Кагосима"],
  ["Okinawa", "沖縄県", "Окинава"],
].map(([en, ja, ru], index) => ({
  code: `jp-${String(index + 1).padStart(2, "0")}`,
  // Kyrgyz writes Japanese place names in the same Cyrillic transcription as Russian.
  names: { en: en as string, ja: ja as string, ru: ru as string, ky: ru as string },
}))

/** Kyrgyzstan's seven regions (oblasts) and its two cities of national status, Bishkek and Osh. */
export const kyrgyzRegions: readonly { code: string; names: Record<Locale, string> }[] = [
  {
    code: "kg-y",
    names: { en: "Issyk-Kul Region", ja: "イシク・クル州", ru: "Иссык-Кульская область", ky: "Ысык-Көл облусу" },
  },
  { code: "kg-c", names: { en: "Chuy Region", ja: "チュイ州", ru: "Чуйская область", ky: "Чүй облусу" } },
  { code: "kg-n", names: { en: "Naryn Region", ja: "ナリン州", ru: "Нарынская область", ky: "Нарын облусу" } },
  { code: "kg-t", names: { en: "Talas Region", ja: "タラス州", ru: "Таласская область", ky: "Талас облусу" } },
  {
    code: "kg-j",
    names: { en: "Jalal-Abad Region", ja: "ジャララバード州", ru: "Джалал-Абадская область", ky: "Жалал-Абад облусу" },
  },
  { code: "kg-o", names: { en: "Osh Region", ja: "オシュ州", ru: "Ошская область", ky: "Ош облусу" } },
  { code: "kg-b", names: { en: "Batken Region", ja: "バトケン州", ru: "Баткенская область", ky: "Баткен облусу" } },
  { code: "kg-gb", names: { en: "Bishkek (city)", ja: "ビシュケク市", ru: "г. Бишкек", ky: "Бишкек шаары" } },
  { code: "kg-go", names: { en: "Osh (city)", ja: "オシュ市", ru: "г. Ош", ky: "Ош шаары" } },
]

// Codes only, so a browser island that validates does not carry every name in four languages.
const prefectureCode = /^jp-(0[1-9]|[1-3]\d|4[0-7])$/
const kyrgyzRegionCodes = new Set(["kg-y", "kg-c", "kg-n", "kg-t", "kg-j", "kg-o", "kg-b", "kg-gb", "kg-go"])

/** How one country's address form looks: which region list, whether a postal code and furigana are asked. */
export type CountryForm = {
  region: "prefecture" | "oblast" | "text"
  postalCode: "required" | "optional"
  postalPlaceholder: string
  furigana: boolean
}

/** The form of an address in `countryCode` (lower case ISO 3166-1 alpha-2). */
export function countryForm(countryCode: string): CountryForm {
  switch (countryCode.toLowerCase()) {
    case "jp":
      return { region: "prefecture", postalCode: "required", postalPlaceholder: "123-4567", furigana: true }
    case "kg":
      return { region: "oblast", postalCode: "optional", postalPlaceholder: "722200", furigana: false }
    default:
      return { region: "text", postalCode: "optional", postalPlaceholder: "", furigana: false }
  }
}

const toHalfWidth = (text: string) =>
  text.replace(/[０-９－ー‐]/g, (c) => (/[０-９]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : "-"))

/**
 * A Japanese postal code written as `123-4567`: accepts full-width digits, no hyphen or any dash;
 * null when it is not seven digits.
 */
export function normaliseJapanesePostalCode(value: string): string | null {
  const digits = toHalfWidth(value.trim()).replace(/[\s-]/g, "")
  return /^\d{7}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3)}` : null
}

// Furigana: hiragana or katakana (with the long-vowel mark and the middle dot), spaces allowed.
const kana = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\u3000 ]+$/
const phone = /^\+?[\d\s()-]{6,20}$/

/** Checks an address against its country's rules; an empty object means it can be saved. */
export function validateAddress(address: AddressInput): AddressErrors {
  const errors: AddressErrors = {}
  const filled = (value: string | undefined) => Boolean(value?.trim())
  for (const field of ["first_name", "last_name", "address_1", "city"] as const) {
    if (!filled(address[field])) errors[field] = "account.address.error.required"
  }
  const country = address.country_code.trim().toLowerCase()
  if (!/^[a-z]{2}$/.test(country)) errors.country_code = "account.address.error.country"
  const postal = address.postal_code?.trim() ?? ""
  if (country === "jp") {
    if (!normaliseJapanesePostalCode(postal)) errors.postal_code = "account.address.error.postalJp"
    if (!prefectureCode.test(address.province ?? "")) errors.province = "account.address.error.prefecture"
    for (const field of ["first_name_kana", "last_name_kana"] as const) {
      const value = address[field]?.trim()
      if (value && !kana.test(value)) errors[field] = "account.address.error.kana"
    }
  } else if (country === "kg") {
    if (postal && !/^\d{6}$/.test(postal)) errors.postal_code = "account.address.error.postalKg"
    if (!kyrgyzRegionCodes.has(address.province ?? "")) errors.province = "account.address.error.region"
  }
  if (filled(address.phone) && !phone.test(address.phone?.trim() ?? "")) errors.phone = "account.address.error.phone"
  return errors
}

/** The body for the store API: trimmed, the Japanese postal code as `123-4567`, furigana in metadata. */
export function toStoreAddress(address: AddressInput): Record<string, unknown> {
  const country = address.country_code.trim().toLowerCase()
  const text = (value: string | undefined) => value?.trim() ?? ""
  const postal = text(address.postal_code)
  // Furigana are Japanese only; sent (possibly empty) for Japan so an edit can clear them.
  const furigana =
    country === "jp"
      ? { first_name_kana: text(address.first_name_kana), last_name_kana: text(address.last_name_kana) }
      : undefined
  return {
    first_name: text(address.first_name),
    last_name: text(address.last_name),
    phone: text(address.phone),
    country_code: country,
    province: text(address.province),
    postal_code: country === "jp" ? (normaliseJapanesePostalCode(postal) ?? postal) : postal,
    city: text(address.city),
    address_1: text(address.address_1),
    address_2: text(address.address_2),
    metadata: furigana,
  }
}

/** The name of a prefecture or Kyrgyz region code in `locale`; the code itself when it is free text. */
export function regionName(code: string, locale: Locale): string {
  const region = [...prefectures, ...kyrgyzRegions].find((candidate) => candidate.code === code)
  return region ? region.names[locale] : code
}
