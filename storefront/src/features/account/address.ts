import { kyrgyzRegions, prefectures, regionName } from "@ovop/domain"

// The region lists and names live in the domain (the emails and the admin print addresses too).
export { kyrgyzRegions, prefectures, regionName }

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
