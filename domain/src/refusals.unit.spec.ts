import { describe, expect, it } from "vitest"
import { LOCALES } from "./locales"
import { REFUSAL_CATALOGUES, refusalMessage } from "./messages"
import { placeholdersOf, REFUSAL_CODES, refusal, refusalMessageKey, refusalOf } from "./refusals"

describe("refusal catalogues", () => {
  const english = REFUSAL_CATALOGUES.en

  it("have a message for every refusal code in every locale", () => {
    for (const code of REFUSAL_CODES) {
      for (const locale of LOCALES) expect(REFUSAL_CATALOGUES[locale].refusals[code], `${locale}: ${code}`).toBeTruthy()
    }
  })

  it("have the same keys and the same placeholders in every locale as in English", () => {
    for (const locale of LOCALES) {
      const catalogue = REFUSAL_CATALOGUES[locale]
      for (const section of ["refusals", "decline_reasons"] as const) {
        expect(Object.keys(catalogue[section]).sort(), `${locale} ${section}`).toEqual(
          Object.keys(english[section]).sort(),
        )
        for (const [key, message] of Object.entries(english[section])) {
          expect(placeholdersOf(catalogue[section][key] ?? ""), `${locale} ${key}`).toEqual(placeholdersOf(message))
        }
      }
    }
  })
})

describe("refusalMessage", () => {
  it("names the month in the reader's language", () => {
    const outOfSeason = refusal("out_of_season", { product: "杏ジャム", month: 7 })
    expect(refusalMessage(outOfSeason, "ja")).toBe("「杏ジャム」は現在季節外です（7月に再入荷予定）")
    expect(refusalMessage(refusal("out_of_season", { product: "Абрикос", month: 7 }), "ru")).toBe(
      "«Абрикос» сейчас не в сезоне. Снова в продаже: июль",
    )
    expect(refusalMessage(refusal("out_of_season", { product: "Apricot jam" }), "en")).toBe(
      '"Apricot jam" is out of season',
    )
  })

  it("fills counts and groups, and reads a decline reason from the locale's list", () => {
    expect(refusalMessage(refusal("too_few_left", { product: "Honey", left: 3 }), "en")).toBe('only 3 of "Honey" left')
    expect(refusalMessage(refusal("group_paused", { product: "Бал", group: "Ак-Суу" }), "ky")).toBe(
      "«Бал» азыр сатылбайт: Ак-Суу сатууну убактылуу токтотту",
    )
    expect(refusalMessage(refusal("card_declined", { reason: "insufficient_funds" }), "ja")).toBe(
      "カードが承認されませんでした：ご利用可能額が不足しています",
    )
    expect(refusalMessage(refusal("card_declined", { reason: "do_not_honor" }), "en")).toBe(
      "your card was declined: the bank gave no reason; try another card or ask your bank",
    )
  })

  it("names the currency a product has no price in", () => {
    expect(refusalMessage(refusal("no_price_in_currency", { product: "杏ジャム", currency: "USD" }), "ja")).toBe(
      "「杏ジャム」にはUSDの価格がありません。別の通貨をお選びください",
    )
  })

  it("chooses the wording a parameter calls for", () => {
    expect(refusalMessageKey(refusal("sold_out_during_checkout", {}))).toBe("sold_out_during_checkout_unnamed")
    expect(refusalMessageKey(refusal("sold_out_during_checkout", { product: "Jam" }))).toBe("sold_out_during_checkout")
  })

  it("reads a refusal back from an error body and ignores anything else", () => {
    expect(refusalOf({ code: "fully_preordered", params: { product: "Jam" }, message: "x" })).toEqual({
      code: "fully_preordered",
      params: { product: "Jam" },
    })
    expect(refusalOf({ code: "not_a_refusal" })).toBeNull()
    expect(refusalOf("out_of_season")).toBeNull()
  })
})
