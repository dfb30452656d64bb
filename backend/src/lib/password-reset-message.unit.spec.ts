import { passwordResetPageUrl } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import { passwordResetLocale, passwordResetMessage } from "./password-reset-message"

describe("passwordResetPageUrl (the domain's, as the email uses it)", () => {
  it("links the reset page in the shopper's language with the token and the email encoded", () => {
    const url = passwordResetPageUrl("https://shop.ovop.kg/", "ja", "eyJ.a+b/c=", "aiko+shop@example.jp")
    expect(url).toBe("https://shop.ovop.kg/ja/account/reset/?token=eyJ.a%2Bb%2Fc%3D&email=aiko%2Bshop%40example.jp")
    const parsed = new URL(url)
    expect(parsed.searchParams.get("token")).toBe("eyJ.a+b/c=")
    expect(parsed.searchParams.get("email")).toBe("aiko+shop@example.jp")
  })
})

describe("passwordResetLocale", () => {
  it("prefers the language of the request, then the customer's, then English", () => {
    expect(passwordResetLocale("ky", "ja")).toBe("ky")
    expect(passwordResetLocale("ja-JP", undefined)).toBe("ja")
    expect(passwordResetLocale(undefined, "ru")).toBe("ru")
    expect(passwordResetLocale("de", "fr")).toBe("en")
    expect(passwordResetLocale(42, null)).toBe("en")
  })
})

describe("passwordResetMessage", () => {
  const url = "https://shop.ovop.kg/ru/account/reset/?token=t&email=a%40b.kg"

  it.each([
    ["en", "Reset your Issyk-Kul OVOP password", "15 minutes"],
    ["ja", "【Issyk-Kul OVOP】パスワード再設定のご案内", "15分以内"],
    ["ru", "Восстановление пароля в магазине Issyk-Kul OVOP", "15 минут"],
    ["ky", "Ысык-Көл OVOP дүкөнүндө сырсөздү калыбына келтирүү", "15 мүнөттүн"],
  ] as const)("writes in %s with the link and how long it works", (locale, subject, lifetime) => {
    const message = passwordResetMessage(locale, url)
    expect(message.subject).toBe(subject)
    expect(message.text).toContain(url)
    expect(message.text).toContain(lifetime)
  })
})
