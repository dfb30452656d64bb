import { describe, expect, it } from "vitest"
import { EMAIL_CATALOGUES, emailText, hasEmailText } from "./emails"
import { LOCALES } from "./locales"
import { placeholdersOf } from "./refusals"

describe("email catalogues", () => {
  const english = EMAIL_CATALOGUES.en

  it("have the same emails, keys and placeholders in every locale as in English", () => {
    for (const locale of LOCALES) {
      const catalogue = EMAIL_CATALOGUES[locale]
      expect(Object.keys(catalogue).sort(), locale).toEqual(Object.keys(english).sort())
      for (const [email, texts] of Object.entries(english) as [keyof typeof english, Record<string, string>][]) {
        const own = catalogue[email] as Record<string, string>
        expect(Object.keys(own).sort(), `${locale} ${email}`).toEqual(Object.keys(texts).sort())
        for (const [key, message] of Object.entries(texts)) {
          expect(own[key], `${locale} ${email}.${key}`).toBeTruthy()
          expect(placeholdersOf(own[key] ?? ""), `${locale} ${email}.${key}`).toEqual(placeholdersOf(message))
        }
      }
    }
  })

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(emailText("en", "order_confirmation", "subject", { number: "#12" })).toBe("Your Issyk-Kul OVOP order #12")
    expect(emailText("ja", "order_confirmation", "tax_included", { rate: 12, gross: "1,430ソム" })).toBe(
      "うち付加価値税（12%対象 1,430ソム）",
    )
    expect(emailText("ru", "order_confirmation", "cash")).toContain("{amount}")
    expect(hasEmailText("ky", "order_confirmation", "delivery_jp-ems")).toBe(true)
    expect(hasEmailText("ky", "order_confirmation", "delivery_mars-rocket")).toBe(false)
  })
})
