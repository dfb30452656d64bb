import { describe, expect, it } from "vitest"
import { formatPostalAddress, regionName } from "./addresses"

const tokyo = {
  first_name: "花子",
  last_name: "山田",
  company: "",
  address_1: "千代田1-1",
  address_2: "千代田ハイツ101号室",
  city: "千代田区",
  province: "jp-13",
  postal_code: "100-0001",
  country_code: "jp",
  phone: "03-1234-5678",
}

const karakol = {
  first_name: "Aigul",
  last_name: "Toktosunova",
  address_1: "Abdrakhmanov street 130",
  city: "Karakol",
  province: "kg-y",
  postal_code: "722200",
  country_code: "kg",
}

describe("formatPostalAddress", () => {
  it("writes a Japanese address the Japanese way: 〒, prefecture, city, street, building, then the name with 様", () => {
    expect(formatPostalAddress(tokyo, "ja")).toEqual([
      "〒100-0001",
      "東京都千代田区千代田1-1",
      "千代田ハイツ101号室",
      "山田 花子 様",
      "03-1234-5678",
    ])
  })

  it("keeps the Japanese order for a reader of another language (the parcel's label), adding the country", () => {
    expect(formatPostalAddress(tokyo, "en")).toEqual([
      "〒100-0001",
      "東京都千代田区千代田1-1",
      "千代田ハイツ101号室",
      "山田 花子 様",
      "Japan",
      "03-1234-5678",
    ])
    expect(formatPostalAddress({ ...tokyo, phone: null }, "ru").at(-1)).toBe("Япония")
  })

  it("puts a company after the building and before the name, and spaces a romanised street", () => {
    const office = { ...tokyo, company: "株式会社イシク", city: "Chiyoda-ku", address_2: "" }
    expect(formatPostalAddress(office, "ja")).toEqual([
      "〒100-0001",
      "東京都 Chiyoda-ku 千代田1-1",
      "株式会社イシク",
      "山田 花子 様",
      "03-1234-5678",
    ])
  })

  it("writes no 〒 before a postcode that is not Japanese, and the region by its name, not its code", () => {
    expect(formatPostalAddress(karakol, "en")).toEqual([
      "Aigul Toktosunova",
      "Abdrakhmanov street 130",
      "722200 Karakol, Issyk-Kul Region",
      "Kyrgyzstan",
    ])
    expect(formatPostalAddress(karakol, "ru")).toContain("722200 Karakol, Иссык-Кульская область")
    const japaneseReader = formatPostalAddress(karakol, "ja", { countryName: () => "キルギス" })
    expect(japaneseReader).toEqual([
      "Toktosunova Aigul 様",
      "Abdrakhmanov street 130",
      "722200 Karakol, イシク・クル州",
      "キルギス",
    ])
    expect(japaneseReader.join(" ")).not.toContain("〒")
  })

  it("leaves out what the address does not have, and keeps free-text regions as written", () => {
    expect(formatPostalAddress({ country_code: "JP", postal_code: "", last_name: "佐藤" }, "ja")).toEqual(["佐藤 様"])
    expect(formatPostalAddress({ city: "Almaty", province: "Almaty Region", country_code: "kz" }, "en")).toEqual([
      "Almaty, Almaty Region",
      "Kazakhstan",
    ])
    expect(regionName("jp-47", "ja")).toBe("沖縄県")
  })
})
