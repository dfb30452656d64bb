import { describe, expect, it } from "vitest"
import { summarisePrices } from "./price"

describe("summarisePrices", () => {
  const som = (amount: number) => ({ amount, currencyCode: "kgs" })

  it("shows the lowest price as 'from' when the sizes cost differently", () => {
    // Sainfoin honey: 250 g, 500 g and 1 kg jars.
    expect(summarisePrices([som(780), som(420), som(1450)])).toEqual({ amount: 420, currencyCode: "kgs", from: true })
  })

  it("shows a plain price when every variant costs the same", () => {
    // Plant-dyed yarn: five colours at one price.
    expect(summarisePrices([som(520), som(520), som(520)])).toEqual({ amount: 520, currencyCode: "kgs", from: false })
    expect(summarisePrices([som(450)])).toEqual({ amount: 450, currencyCode: "kgs", from: false })
  })

  it("leaves out variants without a price, and has nothing to show when none has one", () => {
    expect(summarisePrices([null, som(650)])).toEqual({ amount: 650, currencyCode: "kgs", from: false })
    expect(summarisePrices([null])).toBeNull()
    expect(summarisePrices([])).toBeNull()
  })
})
