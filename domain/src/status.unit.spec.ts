import { describe, expect, it } from "vitest"
import { certificateState } from "./certificate"
import { formatDay, monthName, yearMonthLabel } from "./dates"
import { isLocale, resolveLocale } from "./locales"
import {
  checkPreorderTransition,
  PREORDER_STATUSES,
  PREORDER_TRANSITIONS,
  preorderStatusesMovingTo,
} from "./preorder-status"
import { SHIPPING_CODES, shippingPrice } from "./shipping"

describe("pre-order status transitions", () => {
  it("allows exactly the moves in the table", () => {
    for (const from of PREORDER_STATUSES) {
      for (const to of PREORDER_STATUSES) {
        expect(checkPreorderTransition(from, to).allowed, `${from} -> ${to}`).toBe(
          PREORDER_TRANSITIONS[from].includes(to),
        )
      }
    }
    expect(checkPreorderTransition("released", "waiting")).toEqual({
      allowed: false,
      reason: "a released pre-order cannot change any more",
    })
    expect(checkPreorderTransition("allocated", "refund_due")).toEqual({
      allowed: false,
      reason: "a pre-order that is allocated can only become waiting, not refund_due",
    })
  })
})

describe("preorderStatusesMovingTo", () => {
  it("names the statuses a change may touch: settled bookings go back to waiting, only waiting ones are released", () => {
    expect(preorderStatusesMovingTo("waiting")).toEqual(["allocated", "moved", "refund_due"])
    expect(preorderStatusesMovingTo("released")).toEqual(["waiting"])
    expect(preorderStatusesMovingTo("allocated")).toEqual(["waiting"])
  })
})

describe("locales, months and days", () => {
  it("resolves a language tag to a shop locale", () => {
    expect(resolveLocale("ja-JP")).toBe("ja")
    expect(resolveLocale("KY_kg")).toBe("ky")
    expect(resolveLocale("de")).toBeUndefined()
    expect(isLocale("ja-JP")).toBe(false)
  })

  it("names months and days in each language with one Intl locale per language", () => {
    expect(monthName(7, "en")).toBe("July")
    expect(monthName(7, "ja")).toBe("7月")
    expect(monthName(7, "ru")).toBe("июль")
    expect(yearMonthLabel("2027-08", "ja")).toBe("2027年8月")
    expect(yearMonthLabel("2027-13", "en")).toBeNull()
    expect(formatDay("2026-12-06", "en")).toBe("December 6, 2026")
    expect(formatDay("2026-12-06", "ja")).toBe("2026年12月6日")
  })
})

describe("certificates and shipping", () => {
  it("reads certificate days in Bishkek, inclusive of the last day", () => {
    const certificate = {
      certificate_number: "IK-1",
      certificate_valid_from: "2026-01-01",
      certificate_valid_to: "2026-12-06",
    }
    // 17:59 UTC on 6 December is 23:59 in Bishkek: still the last valid day.
    expect(certificateState(certificate, new Date(Date.UTC(2026, 11, 6, 17, 59)))).toBe("valid")
    expect(certificateState(certificate, new Date(Date.UTC(2026, 11, 6, 18, 1)))).toBe("expired")
    expect(certificateState({ certificate_number: null }, new Date())).toBe("none")
  })

  it("knows each delivery option's code and price, free pickup as no price", () => {
    expect(SHIPPING_CODES).toEqual(["kg-courier", "kg-pickup", "jp-ems", "intl-post"])
    expect(shippingPrice("jp-ems")).toEqual({ amount: 2800, currencyCode: "jpy" })
    expect(shippingPrice("kg-pickup")).toBeNull()
  })
})
