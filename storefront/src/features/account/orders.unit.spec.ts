import { describe, expect, it } from "vitest"
import { locales } from "../../i18n/locales"
import { t } from "../../i18n/strings"
import { orderedItems, orderStatusKey } from "./orders"

describe("orderStatusKey", () => {
  it.each([
    [{ status: "pending", fulfillment_status: "not_fulfilled" }, "account.orderStatus.received"],
    [{ status: "pending", fulfillment_status: "fulfilled" }, "account.orderStatus.received"],
    [{ status: "pending", fulfillment_status: "partially_shipped" }, "account.orderStatus.shipped"],
    [{ status: "pending", fulfillment_status: "shipped" }, "account.orderStatus.shipped"],
    [{ status: "pending", fulfillment_status: "delivered" }, "account.orderStatus.delivered"],
    [{ status: "completed", fulfillment_status: "delivered" }, "account.orderStatus.completed"],
    [{ status: "canceled", fulfillment_status: "shipped" }, "account.orderStatus.canceled"],
    [{ status: "requires_action", fulfillment_status: null }, "account.orderStatus.actionNeeded"],
  ] as const)("reads %o as %s, written in every language", (order, key) => {
    expect(orderStatusKey(order)).toBe(key)
    for (const locale of locales) expect(t(locale, key)).not.toBe("")
  })
})

describe("orderedItems", () => {
  it("names each line by its product, with the quantity when there are several", () => {
    const order = {
      items: [
        { title: "Box of 14 (200 g)", product_title: "«Жети өгүз» таттуу наны", quantity: 1 },
        { title: "36–37", product_title: "Өсүмдүк боёгу менен боёлгон кийиз тапочка", quantity: 2 },
      ],
    }
    expect(orderedItems(order)).toEqual(["«Жети өгүз» таттуу наны", "Өсүмдүк боёгу менен боёлгон кийиз тапочка × 2"])
  })

  it("falls back to the line's own title when the product's is gone, and lists nothing for no lines", () => {
    expect(orderedItems({ items: [{ title: "White sainfoin honey", product_title: null, quantity: 3 }] })).toEqual([
      "White sainfoin honey × 3",
    ])
    expect(orderedItems({ items: null })).toEqual([])
    expect(orderedItems({})).toEqual([])
  })
})
