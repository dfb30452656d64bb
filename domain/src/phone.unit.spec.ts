import { describe, expect, it } from "vitest"
import { needsPhone, phoneProblem } from "./phone"

describe("phoneProblem", () => {
  it("takes Kyrgyz numbers international or national", () => {
    expect(phoneProblem("+996 555 123 456", "kg")).toBeNull()
    expect(phoneProblem("0555 123-456", "KG")).toBeNull()
    expect(phoneProblem("+996 555 123", "kg")).toBe("invalid")
    expect(phoneProblem("+81 90 1234 5678", "kg")).toBe("invalid")
  })

  it("takes Japanese landlines and mobiles", () => {
    expect(phoneProblem("+81 90 1234 5678", "jp")).toBeNull()
    expect(phoneProblem("03-1234-5678", "jp")).toBeNull()
    expect(phoneProblem("(090) 1234-5678", "jp")).toBeNull()
    expect(phoneProblem("1234-5678", "jp")).toBe("invalid")
  })

  it("asks an international number elsewhere", () => {
    expect(phoneProblem("+49 30 1234567", "de")).toBeNull()
    expect(phoneProblem("030 1234567", "de")).toBe("invalid")
  })

  it("tells a missing number from a wrong one", () => {
    expect(phoneProblem(" ", "kg")).toBe("missing")
    expect(phoneProblem(undefined, "jp")).toBe("missing")
    expect(phoneProblem("call me", "kg")).toBe("invalid")
  })
})

describe("needsPhone", () => {
  it("for the courier and for cash on delivery only", () => {
    expect(needsPhone({ shippingCodes: ["kg-courier"] })).toBe(true)
    expect(needsPhone({ providerIds: ["pp_cash-on-delivery_ovop"] })).toBe(true)
    expect(needsPhone({ shippingCodes: ["kg-pickup"], providerIds: ["pp_bank-transfer_ovop"] })).toBe(false)
  })
})
