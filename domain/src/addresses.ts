import { INTL_LOCALES, type Locale } from "./locales.js"

/**
 * Postal addresses: the names of Japan's prefectures and Kyrgyzstan's regions (kept on addresses
 * as lower-case ISO 3166-2 codes, `jp-13`, `kg-y`), and an address laid out for printing in the
 * order its country writes it.
 */

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

/** The name of a prefecture or Kyrgyz region code in `locale`; the code itself when it is free text. */
export function regionName(code: string, locale: Locale): string {
  const region = [...prefectures, ...kyrgyzRegions].find((candidate) => candidate.code === code)
  return region ? region.names[locale] : code
}

/** An address as Medusa keeps it (a cart's, an order's or the address book's), the fields printed. */
export type PostalAddress = {
  first_name?: string | null | undefined
  last_name?: string | null | undefined
  company?: string | null | undefined
  address_1?: string | null | undefined
  address_2?: string | null | undefined
  city?: string | null | undefined
  /** A prefecture or Kyrgyz region code (`jp-13`, `kg-y`), or free text elsewhere. */
  province?: string | null | undefined
  postal_code?: string | null | undefined
  /** ISO 3166-1 alpha-2, either case. */
  country_code?: string | null | undefined
  phone?: string | null | undefined
}

/** How to print an address: the country's name in the reader's language, when the caller has its own words for it. */
export type PostalAddressOptions = { countryName?: (countryCode: string, locale: Locale) => string }

/** A country's name in `locale` by the runtime's own list; the code itself when it has none. */
export function defaultCountryName(countryCode: string, locale: Locale): string {
  try {
    return (
      new Intl.DisplayNames([INTL_LOCALES[locale]], { type: "region" }).of(countryCode.toUpperCase()) ??
      countryCode.toUpperCase()
    )
  } catch {
    return countryCode.toUpperCase()
  }
}

const clean = (value: string | null | undefined) => (value ?? "").trim()
// Letters that Japanese writes without spaces between words: kana, kanji, full-width forms.
const japaneseScript = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/
// Parts joined without a space when the seam is Japanese on both sides (東京都千代田区), with one otherwise.
const joinJapanese = (parts: readonly string[]) =>
  parts
    .filter(Boolean)
    .reduce(
      (line, part) =>
        !line
          ? part
          : japaneseScript.test(line.slice(-1)) && japaneseScript.test(part.charAt(0))
            ? `${line}${part}`
            : `${line} ${part}`,
      "",
    )

/**
 * `address` as lines to print for a reader of `locale`, in the order its country writes it.
 *
 * A Japanese address is written the Japanese way whoever reads it (it is what the parcel's label
 * carries): 〒 and the postal code, then prefecture, city and street on one line, the building
 * line, the company, and the name family name first with 様; its country line only for a reader
 * outside Japan's language. Every other address keeps the international order: name (family name
 * first for a Japanese reader), company, street, building, postal code with city and region,
 * country. The phone comes last in both. A region code is printed as its name in `locale`.
 */
export function formatPostalAddress(
  address: PostalAddress,
  locale: Locale,
  options: PostalAddressOptions = {},
): string[] {
  const countryCode = clean(address.country_code).toLowerCase()
  const countryName = options.countryName ?? defaultCountryName
  const region = clean(address.province)
    ? regionName(clean(address.province), countryCode === "jp" ? "ja" : locale)
    : ""
  const given = clean(address.first_name)
  const family = clean(address.last_name)
  if (countryCode === "jp") {
    const postal = clean(address.postal_code)
    const name = [family, given].filter(Boolean).join(" ")
    return [
      postal ? `〒${postal}` : "",
      joinJapanese([region, clean(address.city), clean(address.address_1)]),
      clean(address.address_2),
      clean(address.company),
      name ? `${name} 様` : "",
      locale === "ja" ? "" : countryName("jp", locale),
      clean(address.phone),
    ].filter(Boolean)
  }
  const name = (locale === "ja" ? [family, given] : [given, family]).filter(Boolean).join(" ")
  const town = [clean(address.postal_code), [clean(address.city), region].filter(Boolean).join(", ")]
    .filter(Boolean)
    .join(" ")
  return [
    locale === "ja" && name ? `${name} 様` : name,
    clean(address.company),
    clean(address.address_1),
    clean(address.address_2),
    town,
    countryCode ? countryName(countryCode, locale) : "",
    clean(address.phone),
  ].filter(Boolean)
}
