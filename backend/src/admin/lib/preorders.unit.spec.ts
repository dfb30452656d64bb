import { describe, expect, it } from "vitest"
import { PREORDER_STATUSES as MODEL_STATUSES } from "../../modules/harvest/models/preorder"
import { isPreorderStatus, PREORDER_STATUSES, parseThreshold, preorderProductLabel } from "./preorders"

describe("the pre-order list's helpers", () => {
  it("know every status the model has, in the order of a booking's life", () => {
    expect(PREORDER_STATUSES).toEqual([...MODEL_STATUSES])
    expect(isPreorderStatus("refund_due")).toBe(true)
    expect(isPreorderStatus("pending")).toBe(false)
    expect(isPreorderStatus(null)).toBe(false)
  })

  it("take a threshold the API takes, and nothing else", () => {
    expect(parseThreshold(" 25 ")).toBe(25)
    expect(parseThreshold("0")).toBe(0)
    expect(parseThreshold("10000")).toBe(10_000)
    for (const text of ["", "-1", "2.5", "ten", "10001", null]) expect(parseThreshold(text)).toBeUndefined()
  })

  it("name a booking by product and variant, or the product alone", () => {
    expect(preorderProductLabel({ product_title: "Apricot jam", variant_title: "250 g" })).toBe("Apricot jam · 250 g")
    expect(preorderProductLabel({ product_title: "White honey", variant_title: "White honey" })).toBe("White honey")
    expect(preorderProductLabel({ product_title: null, variant_title: null })).toBeNull()
  })
})
