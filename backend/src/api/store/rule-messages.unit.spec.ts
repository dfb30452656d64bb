import { describe, expect, it } from "vitest"
import { localizeRuleMessage } from "./rule-messages"

describe("localizeRuleMessage", () => {
  it("writes a season refusal with the month in the shopper's language", () => {
    const message = '"Tosor apricot jam" is out of season: back in season in July'
    expect(localizeRuleMessage(message, "ja")).toBe("「Tosor apricot jam」は現在季節外です（7月に再入荷予定）")
    expect(localizeRuleMessage(message, "ru")).toBe("«Tosor apricot jam» сейчас не в сезоне. Снова в продаже: июль")
    expect(localizeRuleMessage(message, "ky")).toMatch(
      /^«Tosor apricot jam» азыр мезгилинде эмес\. Кайра сатыкка чыгат: \S+$/,
    )
  })

  it("keeps the count of what is left, and tells apart the message that counts the cart", () => {
    expect(localizeRuleMessage('only 3 of "Sea-buckthorn jam" are left', "ru")).toBe(
      "«Sea-buckthorn jam»: осталось всего 3 шт.",
    )
    expect(localizeRuleMessage('only 1 of "Honey" is left beyond what is already in your cart', "ja")).toBe(
      "「Honey」はカートの分のほかに残り1点です",
    )
  })

  it("translates checkout and pre-order refusals", () => {
    expect(
      localizeRuleMessage(
        '"White sainfoin honey" sold out while you were checking out: lower the quantity or remove it from your cart',
        "ky",
      ),
    ).toContain("«White sainfoin honey» сатылып бүттү")
    expect(localizeRuleMessage('only 2 of "Jam" can still be pre-ordered', "ja")).toBe("「Jam」の予約は残り2点です")
    expect(localizeRuleMessage('"Jam" is fully pre-ordered', "ru")).toBe("Предзаказ на «Jam» закрыт: всё уже заказано")
  })

  it("leaves English, unknown languages and unknown messages as they are", () => {
    const message = 'only 3 of "Jam" are left'
    expect(localizeRuleMessage(message, undefined)).toBe(message)
    expect(localizeRuleMessage(message, "en")).toBe(message)
    expect(localizeRuleMessage(message, "de")).toBe(message)
    expect(localizeRuleMessage("Cart id not found: cart_1", "ja")).toBe("Cart id not found: cart_1")
  })
})
