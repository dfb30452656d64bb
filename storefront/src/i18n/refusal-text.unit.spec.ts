import { describe, expect, it } from "vitest"
import { cardDeclineReason, cardDeclineText, failureText, refusalCodeOf } from "./refusal-text"

describe("failureText", () => {
  it("renders a refusal from its code and params in the page's language, not from the server's words", async () => {
    const body = {
      type: "not_allowed",
      code: "too_few_left",
      params: { product: "イシク・クル杏ジャム", product_id: "prod_1", left: 2 },
      message: 'only 2 of "Issyk-Kul apricot jam" left',
    }
    expect(await failureText(body, "ja")).toBe("「イシク・クル杏ジャム」は残り2点です")
  })

  it("names the month in the page's language and writes a busy cart's refusal without params", async () => {
    const outOfSeason = { code: "out_of_season", params: { product: "Облепиховое варенье", month: 8 }, message: "x" }
    expect(await failureText(outOfSeason, "ru")).toBe(
      "«Облепиховое варенье» сейчас не в сезоне. Снова в продаже: август",
    )
    expect(await failureText({ code: "cart_busy", params: {}, message: "x" }, "en")).toBe(
      "your cart is being changed in another window or tab: try again in a moment",
    )
  })

  it("falls back to the server's message for an error that is not a refusal", async () => {
    const invalid = { type: "invalid_data", code: "invalid_request_error", message: "quantity: must be a whole number" }
    expect(await failureText(invalid, "ja")).toBe("quantity: must be a whole number")
    expect(await failureText({ message: "Cart id not found: cart_1" }, "en")).toBe("Cart id not found: cart_1")
    expect(await failureText(null, "en")).toBe("")
  })

  it("tells a refusal code from Medusa's own codes", async () => {
    expect(await refusalCodeOf({ code: "sold_out_during_checkout" })).toBe("sold_out_during_checkout")
    expect(await refusalCodeOf({ code: "invalid_request_error" })).toBeUndefined()
    expect(await refusalCodeOf({})).toBeUndefined()
  })
})

describe("cardDeclineText", () => {
  it("says why the bank declined the card, from Stripe's decline code, in the page's language", async () => {
    expect(await cardDeclineText({ code: "card_declined", decline_code: "insufficient_funds" }, "ja")).toBe(
      "カードが承認されませんでした：ご利用可能額が不足しています",
    )
    expect(await cardDeclineText({ code: "expired_card" }, "en")).toBe("your card was declined: the card has expired")
  })

  it("gives the generic reason when Stripe names none or one the catalogue does not know", async () => {
    expect(await cardDeclineText(null, "en")).toBe(
      "your card was declined: the bank gave no reason; try another card or ask your bank",
    )
    expect(await cardDeclineText({ decline_code: "do_not_honor" }, "ru")).toMatch(/^Карта отклонена: /)
  })
})

describe("cardDeclineReason", () => {
  it("names a decline the catalogue knows in the page's language, not in Stripe's English", async () => {
    const stripeError = {
      code: "card_declined",
      decline_code: "insufficient_funds",
      message: "Your card has insufficient funds.",
    }
    expect(await cardDeclineReason(stripeError, "ja")).toBe("ご利用可能額が不足しています")
    expect(await cardDeclineReason({ code: "expired_card", message: "Your card has expired." }, "ru")).toBe(
      "срок действия карты истёк",
    )
  })

  it("keeps Stripe's own words for what is not a bank's decline (a card form error), the generic reason when there are none", async () => {
    expect(await cardDeclineReason({ code: "incomplete_number", message: "Номер карты неполный." }, "ru")).toBe(
      "Номер карты неполный.",
    )
    expect(await cardDeclineReason({ code: "card_declined" }, "en")).toBe(
      "the bank gave no reason; try another card or ask your bank",
    )
  })
})
