import { estimateImportCharges, IMPORT_CHARGES_METADATA_KEY, JAPAN_IMPORT_RULES, taxBreakdown } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import {
  deliveryCode,
  dutyNoteShown,
  fillText,
  isEmail,
  lineLabel,
  orderSummary,
  type SummarySource,
  stepStates,
  taxNote,
} from "./checkout"

describe("stepStates", () => {
  it("shows the steps before the current one answered and hides those after it", () => {
    expect(stepStates("payment")).toEqual({
      details: "answered",
      delivery: "answered",
      payment: "open",
      review: "ahead",
    })
  })

  it("reopens the first step alone when the shopper changes the address", () => {
    expect(stepStates("details")).toEqual({ details: "open", delivery: "ahead", payment: "ahead", review: "ahead" })
  })
})

const yenOrder: SummarySource = {
  currency_code: "jpy",
  items: [
    {
      title: "500 g",
      product_title: "White sainfoin honey",
      variant_title: "500 g",
      quantity: 2,
      unit_price: 2400,
      total: 4800,
    },
    { title: "Felt slippers", quantity: 1, unit_price: 5200 },
  ],
  shipping_methods: [{ name: "EMS to Japan", total: 2800 }],
  item_total: 10000,
  shipping_total: 2800,
  tax_total: 0,
  total: 12800,
  shipping_address: { country_code: "jp" },
  // Sold from abroad, delivery duty unpaid: the yen prices include no Japanese tax.
  metadata: { ovop_tax: taxBreakdown([{ amount: 12800, ratePercent: 0, code: "NONE" }], "jpy") },
}

describe("orderSummary", () => {
  it("writes yen without decimals, no Japanese tax (duty unpaid), and each line's amount", () => {
    const summary = orderSummary(yenOrder, "ja")
    expect(summary.total).toBe("12,800円")
    expect(summary.taxIncluded).toBeNull()
    expect(summary.taxRates).toEqual([])
    expect(summary.importCharges).toBeNull()
    expect(dutyNoteShown(yenOrder)).toBe(true)
    expect(dutyNoteShown({ shipping_address: { country_code: "kg" } })).toBe(false)
    expect(summary.lines).toEqual([
      { name: "White sainfoin honey", option: "500 g", quantity: 2, amount: "4,800円" },
      { name: "Felt slippers", option: "", quantity: 1, amount: "5,200円" },
    ])
    expect(summary.shipping).toEqual([{ name: "EMS to Japan", amount: "2,800円" }])
  })

  it("writes dollars with cents and no tax line for International", () => {
    const summary = orderSummary({ currency_code: "usd", items: [], item_total: 24.5, total: 36.5, tax_total: 0 }, "en")
    expect(summary.total).toBe("$36.50")
    expect(summary.taxIncluded).toBeNull()
  })

  it("reads a cart's breakdown as the backend adds it, and ignores one of the wrong shape", () => {
    const cart = {
      currency_code: "kgs",
      total: 1430,
      ovop_tax: taxBreakdown([{ amount: 1430, ratePercent: 12 }], "kgs"),
    }
    expect(orderSummary(cart, "en").taxIncluded).toBe("153 som")
    expect(orderSummary({ ...cart, ovop_tax: { tax_total: "lots" } }, "en").taxIncluded).toBeNull()
  })

  it("shows a duty-paid order's duty-and-tax line as a total of its own, not as goods", () => {
    // Twice the honey and slippers: 20,000 yen of goods and EMS 2,800 yen are 14,800 yen of taxable value.
    const goods = (yenOrder.items ?? []).map((item) => ({ ...item, quantity: item.quantity * 2 }))
    const estimate = estimateImportCharges(
      [
        { hsCode: "040900", amount: 9600 },
        { hsCode: "640520", amount: 10400 },
      ],
      2800,
      JAPAN_IMPORT_RULES,
    )
    const dutyLine = {
      title: "Estimated import duty and tax (Japan)",
      quantity: 1,
      unit_price: estimate.total,
      metadata: { [IMPORT_CHARGES_METADATA_KEY]: estimate },
    }
    const summary = orderSummary(
      { ...yenOrder, items: [...goods, dutyLine], item_total: 20000 + estimate.total, total: 22800 + estimate.total },
      "en",
    )
    expect(summary.lines.map((line) => line.name)).toEqual(["White sainfoin honey", "Felt slippers"])
    expect(summary.itemTotal).toBe("¥20,000")
    expect(summary.importCharges).toBe(`¥${estimate.total.toLocaleString("en-US")}`)
    expect(estimate.total).toBeGreaterThan(0)
  })

  it("writes whole som", () => {
    expect(orderSummary({ currency_code: "kgs", total: 2150 }, "ru").total).toBe("2\u00a0150\u00a0сом")
  })
})

describe("isEmail", () => {
  it("accepts an address and refuses empty or malformed input", () => {
    expect(isEmail(" aiko@example.jp ")).toBe(true)
    expect(isEmail("")).toBe(false)
    expect(isEmail("aiko@example")).toBe(false)
    expect(isEmail("aiko example.jp")).toBe(false)
  })
})

describe("fillText", () => {
  it("fills every placeholder and leaves one without a value empty", () => {
    expect(fillText("Only {left} of {product} are left", { left: "3", product: "Honey" })).toBe(
      "Only 3 of Honey are left",
    )
    expect(fillText("Declined: {reason}.")).toBe("Declined: .")
  })
})

const text = (key: string, values: Record<string, string> = {}) =>
  fillText({ "checkout.taxIncluded": "incl. tax {tax}", "checkout.noTax": "no tax" }[key] ?? key, values)

describe("the review's lines and tax row", () => {
  it("names a line with its option in brackets, and without brackets when it has none", () => {
    const [honey, slippers] = orderSummary(yenOrder, "ja").lines
    expect(honey && lineLabel(honey)).toBe("White sainfoin honey (500 g)")
    expect(slippers && lineLabel(slippers)).toBe("Felt slippers")
  })

  it("says the tax the prices include, or that there is none", () => {
    const somOrder = { currency_code: "kgs", ovop_tax: taxBreakdown([{ amount: 1430, ratePercent: 12 }], "kgs") }
    expect(taxNote(orderSummary(somOrder, "ru"), text)).toBe("incl. tax 153\u00a0сом")
    expect(taxNote(orderSummary(yenOrder, "ja"), text)).toBe("no tax")
    expect(taxNote(orderSummary({ currency_code: "usd", tax_total: 0 }, "en"), text)).toBe("no tax")
  })
})

describe("deliveryCode", () => {
  it("knows the seeded delivery options by the name an order's method keeps", () => {
    expect(deliveryCode("Courier across Kyrgyzstan")).toBe("kg-courier")
    expect(deliveryCode("EMS to Japan")).toBe("jp-ems")
  })

  it("has no code for an option staff named otherwise, or none", () => {
    expect(deliveryCode("Same-day bicycle courier")).toBeNull()
    expect(deliveryCode(undefined)).toBeNull()
  })
})

describe("a zero delivery", () => {
  it("reads 'free' in the summary when the page gives the word, the amount otherwise", () => {
    const cart = { currency_code: "kgs", shipping_total: 0, shipping_methods: [{ name: "Pickup", amount: 0 }] }
    const summary = orderSummary(cart, "ky", "Акысыз")
    expect(summary.shippingTotal).toBe("Акысыз")
    expect(summary.shipping[0]?.amount).toBe("Акысыз")
    expect(orderSummary(cart, "ky").shippingTotal).toMatch(/^0\s/)
  })
})
