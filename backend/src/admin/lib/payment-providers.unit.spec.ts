import { describe, expect, it } from "vitest"
import en from "../i18n/json/en.json"
import ru from "../i18n/json/ru.json"
import { bankTransferData, providerNameKey } from "./payment-providers"

describe("providerNameKey", () => {
  it("names every provider the shop configures, in English and Russian", () => {
    for (const id of ["pp_cash-on-delivery_ovop", "pp_bank-transfer_ovop", "pp_stripe_stripe", "pp_system_default"]) {
      const key = providerNameKey(id)?.split(".").pop() ?? ""
      expect(en.payments.providers[key as keyof typeof en.payments.providers], id).toBeTruthy()
      expect(ru.payments.providers[key as keyof typeof ru.payments.providers], id).toBeTruthy()
    }
    expect(providerNameKey("pp_other_x")).toBeNull()
  })
})

describe("bankTransferData", () => {
  it("reads the reference, the account and the demo mark", () => {
    expect(
      bankTransferData({
        method: "bank-transfer",
        reference: "OVOP-5R6T8YVA",
        bank: { bank_name: "B", account_holder: "H", account_number: "1", bik: "2", demo: true },
      }),
    ).toEqual({
      reference: "OVOP-5R6T8YVA",
      bank: { bank_name: "B", account_holder: "H", account_number: "1", bik: "2", demo: true },
    })
    expect(bankTransferData({ method: "cash-on-delivery" })).toBeNull()
  })
})
