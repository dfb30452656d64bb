import { describe, expect, it } from "vitest"
import {
  addressFormValues,
  addressFromForm,
  countryFieldGroup,
  customerContact,
  detailsSummary,
  invalidControl,
  provinceControl,
  type SavedAddress,
  savedAddressChoices,
  startingCountry,
} from "./details"

const tokyo = {
  first_name: "Aiko",
  last_name: "Tanaka",
  first_name_kana: "あいこ",
  last_name_kana: "たなか",
  phone: "+81 3-1234-5678",
  country_code: "jp",
  province: "jp-13",
  postal_code: "100-0001",
  city: "Chiyoda-ku",
  address_1: "1-1 Chiyoda",
  address_2: "",
}

describe("the province's control", () => {
  it("is the prefecture list in Japan, the region list in Kyrgyzstan and free text elsewhere", () => {
    expect([provinceControl("jp"), provinceControl("kg"), provinceControl("de")]).toEqual([
      "prefecture",
      "oblast",
      "province",
    ])
    expect([countryFieldGroup("JP"), countryFieldGroup("kg"), countryFieldGroup("")]).toEqual(["jp", "kg", "other"])
  })

  it("is marked invalid for a province error; other fields mark themselves", () => {
    expect(invalidControl("province", "jp")).toBe("prefecture")
    expect(invalidControl("province", "kg")).toBe("oblast")
    expect(invalidControl("postal_code", "jp")).toBe("postal_code")
  })
})

describe("addressFromForm", () => {
  it("reads the province from the control of the chosen country", () => {
    const form: Record<string, string> = {
      ...tokyo,
      province: "typed elsewhere",
      prefecture: "jp-13",
      oblast: "kg-y",
    }
    expect(addressFromForm((control) => form[control] ?? "")).toEqual(tokyo)
    expect(addressFromForm((control) => ({ ...form, country_code: "kg" })[control] ?? "").province).toBe("kg-y")
    expect(addressFromForm((control) => ({ ...form, country_code: "de" })[control] ?? "").province).toBe(
      "typed elsewhere",
    )
  })
})

describe("addressFormValues", () => {
  it("puts the furigana from metadata and the province into its country's control", () => {
    const values = addressFormValues({
      ...tokyo,
      first_name_kana: undefined,
      metadata: { first_name_kana: "あいこ", last_name_kana: "たなか" },
    })
    expect(values).toMatchObject({ first_name_kana: "あいこ", last_name_kana: "たなか", prefecture: "jp-13" })
    expect(addressFormValues({ country_code: "kg", province: "kg-y" })).toMatchObject({ oblast: "kg-y" })
  })
})

describe("detailsSummary", () => {
  it("writes a Japanese address the Japanese way, 〒 first and the name last with 様, separated by 、", () => {
    expect(detailsSummary("aiko@example.jp", { ...tokyo, postal_code: "１０００００１" }, "ja")).toBe(
      "aiko@example.jp、〒100-0001、東京都 Chiyoda-ku 1-1 Chiyoda、Tanaka Aiko 様、+81 3-1234-5678",
    )
  })

  it("keeps other addresses in the international order, leaving out what is empty", () => {
    const karakol = {
      first_name: "Aizada",
      last_name: "Toktogulova",
      country_code: "kg",
      province: "kg-y",
      postal_code: "",
      city: "Karakol",
      address_1: "Toktogul street 112",
    }
    expect(detailsSummary("a@b.kg", karakol, "ru", { countryName: () => "Кыргызстан" })).toBe(
      "a@b.kg, Aizada Toktogulova, Toktogul street 112, Karakol, Иссык-Кульская область, Кыргызстан",
    )
  })
})

describe("startingCountry", () => {
  it("takes the region's only country, else the language's default when the region has it, else none", () => {
    expect(startingCountry(["jp"], "")).toBe("jp")
    expect(startingCountry(["kg", "kz"], "kg")).toBe("kg")
    expect(startingCountry(["us", "de"], "kg")).toBe("")
    expect(startingCountry([], "kg")).toBe("")
  })
})

describe("savedAddressChoices", () => {
  it("offers the addresses in the region's countries, labelled family name first", () => {
    const saved: SavedAddress[] = [
      { ...tokyo, id: "caddr_1" },
      { ...tokyo, id: "caddr_2", country_code: "kg", city: "Karakol" },
    ]
    expect(savedAddressChoices(saved, ["jp"])).toEqual([
      { address: saved[0], label: "Tanaka Aiko Chiyoda-ku 1-1 Chiyoda" },
    ])
  })
})

describe("customerContact", () => {
  it("gives the account's email, name and phone by the form's controls, empty where the account has none", () => {
    expect(
      customerContact({ email: "nurlan@example.kg", first_name: " Нурлан ", last_name: "Токтогулов", phone: null }),
    ).toEqual({ email: "nurlan@example.kg", first_name: "Нурлан", last_name: "Токтогулов", phone: "" })
  })
})
