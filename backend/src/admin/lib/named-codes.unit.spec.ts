import { describe, expect, it } from "vitest"
import { namedCodes } from "./named-codes"

const texts: Record<string, string> = {
  "payments.providers.cashOnDelivery": "Наличными курьеру",
  "payments.providers.system": "Тестовый платёж (без списания денег)",
}
const translate = (key: string) => texts[key] ?? key

describe("namedCodes", () => {
  it("names a prefecture as Japan writes it and a Kyrgyz region in the admin's language", () => {
    expect(namedCodes("新宿区 jp-13 160-0023", "ru", translate)).toBe("新宿区 東京都 160-0023")
    expect(namedCodes("Karakol kg-y 722200", "en", translate)).toBe("Karakol Issyk-Kul Region 722200")
    expect(namedCodes("Каракол kg-y 722200", "ru", translate)).toBe("Каракол Иссык-Кульская область 722200")
  })

  it("names the payment providers Medusa prints by their id", () => {
    expect(namedCodes("pp_cash-on-delivery_ovop", "ru", translate)).toBe("Наличными курьеру")
    expect(namedCodes(" pp_system_default ", "ru", translate)).toBe("Тестовый платёж (без списания денег)")
  })

  it("leaves every other text alone", () => {
    expect(namedCodes("jp-99 is no prefecture", "en", translate)).toBeNull()
    expect(namedCodes("SKU KSU-FELT-SLIPPERS-3637", "en", translate)).toBeNull()
    expect(namedCodes("abcjp-13", "en", translate)).toBeNull()
    expect(namedCodes("pp_unknown_x", "en", translate)).toBeNull()
  })
})
