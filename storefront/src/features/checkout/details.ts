import { formatPostalAddress, type Locale, type PostalAddressOptions } from "@ovop/domain"
import { type AddressInput, countryForm, normaliseJapanesePostalCode } from "../account/address"

/**
 * The rules of the checkout's first step, email and address, as the form holds it: which
 * control carries the province, which country group shows, the step's summary. Pure.
 */

/** An address as the cart or the customer's address book answers it (furigana in `metadata`). */
export type StoredAddress = Partial<AddressInput> & { metadata?: Record<string, unknown> | null }

/** The control holding an address's province: the prefecture list (Japan), the region list (Kyrgyzstan), free text elsewhere. */
export function provinceControl(countryCode: string): "prefecture" | "oblast" | "province" {
  return ({ prefecture: "prefecture", oblast: "oblast", text: "province" } as const)[countryForm(countryCode).region]
}

/** Which of the form's country-specific groups (`data-country`) shows for `countryCode`. */
export function countryFieldGroup(countryCode: string): "jp" | "kg" | "other" {
  return ({ prefecture: "jp", oblast: "kg", text: "other" } as const)[countryForm(countryCode).region]
}

/** The control marked invalid for an error on `field`: a province error marks the prefecture list in Japan, the region list elsewhere. */
export function invalidControl(field: string, countryCode: string): string {
  if (field !== "province") return field
  return countryForm(countryCode).region === "prefecture" ? "prefecture" : "oblast"
}

/** The address the details form holds, read control by control through `value`. */
export function addressFromForm(value: (control: string) => string): AddressInput {
  const country = value("country_code")
  return {
    first_name: value("first_name"),
    last_name: value("last_name"),
    first_name_kana: value("first_name_kana"),
    last_name_kana: value("last_name_kana"),
    phone: value("phone"),
    country_code: country,
    province: value(provinceControl(country)),
    postal_code: value("postal_code"),
    city: value("city"),
    address_1: value("address_1"),
    address_2: value("address_2"),
  }
}

/** The details form's values for a stored address, by control: furigana from `metadata`, the province in its country's control. */
export function addressFormValues(address: StoredAddress): Record<string, unknown> {
  return {
    ...address,
    first_name_kana: address.metadata?.first_name_kana,
    last_name_kana: address.metadata?.last_name_kana,
    [provinceControl(address.country_code ?? "")]: address.province,
  }
}

/**
 * The details step's summary once answered: the email, then the address as its country writes it
 * (`formatPostalAddress`: a Japanese one from 〒 to the name with 様), on one line, parts
 * separated as the page's language separates them; the country named by `options.countryName`
 * (the form's own list) when given.
 */
export function detailsSummary(
  email: string,
  address: AddressInput,
  locale: Locale,
  options: PostalAddressOptions = {},
): string {
  const postal = address.postal_code?.trim() ?? ""
  const lines = formatPostalAddress(
    {
      ...address,
      postal_code: address.country_code === "jp" ? (normaliseJapanesePostalCode(postal) ?? postal) : postal,
    },
    locale,
    options,
  )
  return [email.trim(), ...lines].filter(Boolean).join(locale === "ja" ? "、" : ", ")
}

/** The country the form starts with: the region's only country, else the page language's default when the region has it, else none. */
export function startingCountry(countryCodes: readonly string[], defaultCountry: string): string {
  if (countryCodes.length === 1) return countryCodes[0] ?? ""
  return countryCodes.includes(defaultCountry) ? defaultCountry : ""
}

/** A customer's saved address as the address book answers it. */
export type SavedAddress = AddressInput & { id: string; metadata?: Record<string, unknown> | null }

/** The saved addresses in the countries the cart's region ships to, each with its label in the picker. */
export function savedAddressChoices(
  addresses: readonly SavedAddress[],
  countryCodes: readonly string[],
): { address: SavedAddress; label: string }[] {
  return addresses
    .filter((address) => countryCodes.includes(address.country_code))
    .map((address) => ({
      address,
      label: [address.last_name, address.first_name, address.city, address.address_1].join(" "),
    }))
}

/** What the checkout reads of a signed-in customer to fill the form in. */
export type CustomerContact = {
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
}

/** The details form's values from a customer's account, by control: email, name and phone (empty when unknown). */
export function customerContact(
  customer: CustomerContact,
): Record<"email" | "first_name" | "last_name" | "phone", string> {
  return {
    email: customer.email,
    first_name: customer.first_name?.trim() ?? "",
    last_name: customer.last_name?.trim() ?? "",
    phone: customer.phone?.trim() ?? "",
  }
}
