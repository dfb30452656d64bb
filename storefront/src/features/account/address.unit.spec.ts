import { describe, expect, it } from "vitest"
import { locales } from "../../i18n/locales"
import { t } from "../../i18n/strings"
import {
  type AddressInput,
  countryForm,
  kyrgyzRegions,
  normaliseJapanesePostalCode,
  prefectures,
  regionName,
  toStoreAddress,
  validateAddress,
} from "./address"

/** Aiko's address in Tokyo, as she types it in the form. */
const tokyoAddress = (overrides: Partial<AddressInput> = {}): AddressInput => ({
  first_name: "Aiko",
  last_name: "Sato",
  first_name_kana: "あいこ",
  last_name_kana: "サトウ",
  phone: "+81 3-1234-5678",
  country_code: "jp",
  province: "jp-13",
  postal_code: "150-0001",
  city: "Shibuya-ku",
  address_1: "Jingumae 1-2-3",
  ...overrides,
})

/** Aigul's address in Karakol. */
const karakolAddress = (overrides: Partial<AddressInput> = {}): AddressInput => ({
  first_name: "Aigul",
  last_name: "Asanova",
  country_code: "kg",
  province: "kg-y",
  postal_code: "722200",
  city: "Karakol",
  address_1: "Toktogul street 112",
  ...overrides,
})

describe("Japanese postal codes", () => {
  it.each([
    ["150-0001", "150-0001"],
    ["1500001", "150-0001"],
    ["１５０－０００１", "150-0001"],
    [" 150 0001 ", "150-0001"],
  ])("reads %s as %s", (typed, normalised) => {
    expect(normaliseJapanesePostalCode(typed)).toBe(normalised)
  })

  it.each(["150-001", "15000011", "abc-defg", ""])("refuses %s", (typed) => {
    expect(normaliseJapanesePostalCode(typed)).toBeNull()
  })
})

describe("validateAddress", () => {
  it("accepts a complete Japanese address and a Kyrgyz one", () => {
    expect(validateAddress(tokyoAddress())).toEqual({})
    expect(validateAddress(karakolAddress())).toEqual({})
    expect(validateAddress(karakolAddress({ postal_code: "" }))).toEqual({})
  })

  it("names every missing required field", () => {
    const errors = validateAddress(tokyoAddress({ first_name: " ", last_name: "", city: "", address_1: "" }))
    expect(errors).toEqual({
      first_name: "account.address.error.required",
      last_name: "account.address.error.required",
      city: "account.address.error.required",
      address_1: "account.address.error.required",
    })
  })

  it("asks Japan for a seven-digit postal code, a prefecture and kana furigana", () => {
    expect(validateAddress(tokyoAddress({ postal_code: "150-001" })).postal_code).toBe("account.address.error.postalJp")
    expect(validateAddress(tokyoAddress({ postal_code: "" })).postal_code).toBe("account.address.error.postalJp")
    expect(validateAddress(tokyoAddress({ province: "jp-48" })).province).toBe("account.address.error.prefecture")
    expect(validateAddress(tokyoAddress({ province: "" })).province).toBe("account.address.error.prefecture")
    expect(validateAddress(tokyoAddress({ first_name_kana: "Aiko" })).first_name_kana).toBe(
      "account.address.error.kana",
    )
    expect(validateAddress(tokyoAddress({ first_name_kana: "", last_name_kana: "" }))).toEqual({})
  })

  it("asks Kyrgyzstan for a region or city of its own and a six-digit postal code when one is given", () => {
    expect(validateAddress(karakolAddress({ province: "jp-13" })).province).toBe("account.address.error.region")
    expect(validateAddress(karakolAddress({ postal_code: "72220" })).postal_code).toBe("account.address.error.postalKg")
    expect(validateAddress(karakolAddress({ province: "kg-gb", city: "Bishkek" }))).toEqual({})
  })

  it("leaves the region free elsewhere and checks a phone number only when there is one", () => {
    const almaty = karakolAddress({ country_code: "kz", province: "Almaty", postal_code: "050000" })
    expect(validateAddress(almaty)).toEqual({})
    expect(validateAddress(karakolAddress({ phone: "call me" })).phone).toBe("account.address.error.phone")
    expect(validateAddress(karakolAddress({ country_code: "kyrgyzstan" })).country_code).toBe(
      "account.address.error.country",
    )
  })

  it("has every message in every language", () => {
    const keys = new Set(
      [
        tokyoAddress({ postal_code: "1", province: "", first_name: "", first_name_kana: "a", phone: "x" }),
        karakolAddress({ postal_code: "1", province: "", country_code: "k" }),
      ].flatMap((address) => Object.values(validateAddress(address))),
    )
    keys.add("account.address.error.region")
    keys.add("account.address.error.postalKg")
    expect(keys.size).toBe(8)
    for (const locale of locales) for (const key of keys) expect(t(locale, key)).not.toBe("")
  })
})

describe("the region lists", () => {
  it("lists 47 prefectures from Hokkaido (jp-01) to Okinawa (jp-47) and nine Kyrgyz regions and cities", () => {
    expect(prefectures).toHaveLength(47)
    expect(prefectures[0]).toMatchObject({ code: "jp-01", names: { en: "Hokkaido", ja: "北海道" } })
    expect(prefectures[12]).toMatchObject({ code: "jp-13", names: { ja: "東京都", ru: "Токио" } })
    expect(prefectures[46]?.code).toBe("jp-47")
    expect(kyrgyzRegions.map((region) => region.names.en)).toEqual([
      "Issyk-Kul Region",
      "Chuy Region",
      "Naryn Region",
      "Talas Region",
      "Jalal-Abad Region",
      "Osh Region",
      "Batken Region",
      "Bishkek (city)",
      "Osh (city)",
    ])
    for (const region of [...prefectures, ...kyrgyzRegions]) {
      expect(
        validateAddress(
          region.code.startsWith("jp")
            ? tokyoAddress({ province: region.code })
            : karakolAddress({ province: region.code }),
        ),
      ).toEqual({})
    }
  })

  it("names a region in the reader's language", () => {
    expect(regionName("kg-y", "ky")).toBe("Ысык-Көл облусу")
    expect(regionName("jp-27", "ja")).toBe("大阪府")
    expect(regionName("Almaty", "ru")).toBe("Almaty")
  })
})

describe("countryForm and toStoreAddress", () => {
  it("shapes the form by country", () => {
    expect(countryForm("JP")).toMatchObject({ region: "prefecture", postalCode: "required", furigana: true })
    expect(countryForm("kg")).toMatchObject({ region: "oblast", postalCode: "optional", furigana: false })
    expect(countryForm("de").region).toBe("text")
  })

  it("writes the postal code as 123-4567 and keeps furigana in metadata for Japan only", () => {
    expect(toStoreAddress(tokyoAddress({ postal_code: "1500001", city: " Shibuya-ku " }))).toMatchObject({
      postal_code: "150-0001",
      city: "Shibuya-ku",
      metadata: { first_name_kana: "あいこ", last_name_kana: "サトウ" },
    })
    expect(toStoreAddress(karakolAddress()).metadata).toBeUndefined()
  })
})
