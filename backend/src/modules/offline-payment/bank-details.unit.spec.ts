import { describe, expect, it } from "vitest"
import { bankDetailsFrom, bankTransferOptionsFrom, bankTransferReference } from "./bank-details"

describe("bankTransferReference", () => {
  it("is OVOP- and the end of the payment session id, upper case", () => {
    expect(bankTransferReference("payses_01JZ8Q4M7W2K9XGQ3B5R6T8YVA")).toBe("OVOP-5R6T8YVA")
  })
})

describe("bankDetailsFrom", () => {
  it("finds no account until all four details are set: nothing to fill in with placeholders", () => {
    expect(bankDetailsFrom({})).toBeNull()
    expect(bankDetailsFrom({ bank_name: "Demir Bank", account_number: "1180000123456789", bik: " " })).toBeNull()
  })

  it("marks the local default's demo account as demo data", () => {
    const demo = bankDetailsFrom(
      bankTransferOptionsFrom({
        OVOP_BANK_NAME: "Issyk-Kul Commercial Bank",
        OVOP_BANK_ACCOUNT_HOLDER: "Issyk-Kul OVOP Association",
        OVOP_BANK_ACCOUNT_NUMBER: "1240020001234567",
        OVOP_BANK_BIK: "124002",
        OVOP_BANK_DEMO: "true",
      }),
    )
    expect(demo?.demo).toBe(true)
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
      demo: false,
    })
  })
})
