import { describe, expect, it } from "vitest"
import { bankDetailsFrom, bankTransferReference } from "./bank-details"

describe("bankTransferReference", () => {
  it("is OVOP- and the end of the payment session id, upper case", () => {
    expect(bankTransferReference("payses_01JZ8Q4M7W2K9XGQ3B5R6T8YVA")).toBe("OVOP-5R6T8YVA")
  })
})

describe("bankDetailsFrom", () => {
  it("marks the repository's placeholders as such", () => {
    const details = bankDetailsFrom({})
    expect(details.placeholder).toBe(true)
    expect(details.bank_name).toContain("OVOP_BANK_NAME")
  })

  it("uses the configured account", () => {
    expect(
      bankDetailsFrom({
        bank_name: "Demir Bank, Karakol branch",
        account_holder: "Issyk-Kul OVOP Association",
        account_number: "1180000123456789",
        bik: "118005",
      }),
    ).toEqual({
      bank_name: "Demir Bank, Karakol branch",
      account_holder: "Issyk-Kul OVOP Association",
      account_number: "1180000123456789",
      bik: "118005",
      placeholder: false,
    })
  })
})
