import { describe, expect, it } from "vitest"
import { locales } from "../../i18n/locales"
import { t } from "../../i18n/strings"
import { orderStatusKey } from "./orders"

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
