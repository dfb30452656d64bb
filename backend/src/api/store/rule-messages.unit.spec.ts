import { describe, expect, it } from "vitest"
import { CART_BUSY_MESSAGE } from "./cart-busy"
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

  it("translates the busy cart and the pre-order lines checkout refuses", () => {
    expect(localizeRuleMessage(CART_BUSY_MESSAGE, "ru")).toBe(
      "Корзина сейчас меняется в другом окне или вкладке: попробуйте ещё раз через минуту",
    )
    expect(localizeRuleMessage(CART_BUSY_MESSAGE, "ja")).toContain("もう一度お試しください")
    expect(localizeRuleMessage(CART_BUSY_MESSAGE, "ky")).toContain("кайра аракет кылыңыз")
    expect(localizeRuleMessage(CART_BUSY_MESSAGE, "en")).toBe(CART_BUSY_MESSAGE)
    expect(
      localizeRuleMessage('"Jam" cannot be ordered from this cart as it stands: remove it and add it again', "ru"),
    ).toBe("«Jam» нельзя заказать из этой корзины в таком виде: удалите его и добавьте снова")
    expect(
      localizeRuleMessage('the price of "Jam" has changed: remove it from your cart and pre-order it again', "ja"),
    ).toBe("「Jam」の価格が変わりました。カートから削除し、もう一度予約してください")
  })

  it("leaves English, unknown languages and unknown messages as they are", () => {
    const message = 'only 3 of "Jam" are left'
    expect(localizeRuleMessage(message, undefined)).toBe(message)
    expect(localizeRuleMessage(message, "en")).toBe(message)
    expect(localizeRuleMessage(message, "de")).toBe(message)
    expect(localizeRuleMessage("Cart id not found: cart_1", "ja")).toBe("Cart id not found: cart_1")
  })
})
