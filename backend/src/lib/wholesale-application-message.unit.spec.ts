import { describe, expect, it } from "vitest"
import { isCountryCode } from "../api/store/wholesale/validators"
import { applicationDecisionMessage } from "./wholesale-application-message"

const kyotoImports = {
  contact_person: "Sato Hanako",
  company_name: "Kyoto Imports",
  preferred_language: "ja" as const,
  rejection_reason: null,
}

describe("applicationDecisionMessage", () => {
  it("tells an approved applicant in their language", () => {
    const message = applicationDecisionMessage({ ...kyotoImports, status: "approved" })
    expect(message.subject).toBe("イシク・クルOVOP 卸売アカウント開設のお知らせ")
    expect(message.text).toContain("Sato Hanako 様")
    expect(message.text).toContain("Kyoto Imports様の卸売のお申し込みを承認いたしました")
  })

  it("gives a rejected applicant the reason as staff wrote it", () => {
    const reason = "The registration number could not be verified."
    const message = applicationDecisionMessage({
      ...kyotoImports,
      preferred_language: "ru",
      status: "rejected",
      rejection_reason: reason,
    })
    expect(message.subject).toBe("Ваша заявка на оптовые закупки в Issyk-Kul OVOP")
    expect(message.text).toContain(`Причина:\n\n${reason}`)
    expect(message.text).not.toMatch(/\{\w+\}/)
  })
})

describe("isCountryCode", () => {
  it("takes a country's two letters in any case, and nothing else", () => {
    for (const code of ["jp", "JP", "kg", "fr", "Us"]) expect(isCountryCode(code), code).toBe(true)
    for (const code of ["ZZ", "eu", "XX", "jpn", "", "j1", "UN"]) expect(isCountryCode(code), code).toBe(false)
  })
})
