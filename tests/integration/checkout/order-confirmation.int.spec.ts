import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { type CheckoutShop, readyToPay, shopperCart, somAndYenShop } from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// The association's account as the bank transfer shows it (test values, not a real account).
process.env.OVOP_BANK_NAME = "Test Bank, Karakol branch"
process.env.OVOP_BANK_ACCOUNT_HOLDER = "Issyk-Kul OVOP Association"
process.env.OVOP_BANK_ACCOUNT_NUMBER = "1180000000000042"
process.env.OVOP_BANK_BIK = "118000"
// No Stripe key: Japan pays with Medusa's system provider.
delete process.env.STRIPE_API_KEY

const NBSP = "\u00a0"

/** A confirmation email as the notification module keeps it. */
type SentEmail = {
  id: string
  to: string
  channel: string
  template: string
  resource_type: string | null
  resource_id: string | null
  data?: { subject?: string; text?: string; html?: string } | null
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let variantId: string
    let buyers = 0

    beforeAll(async () => {
      ;({ shop, variantId } = await somAndYenShop(getContainer(), {
        title: "White sainfoin honey",
        sku: "ANA-SAINFOIN-HONEY-500G",
        size: "500 g",
        kgs: 950,
        jpy: 2800,
        stock: 20,
      }))
    })

    /**
     * Places an order for two jars in `region` as a shopper reading `locale` (the storefront sends
     * its language with the cart), paid with `providerId`; answers the order, its email and the session.
     */
    const placeOrder = async (region: string, providerId: string, locale: string) => {
      const cartId = await shopperCart(api, shop, {
        region,
        buyer: ++buyers,
        items: [{ variant_id: variantId, quantity: 2 }],
      })
      const headers = { ...shop.store.headers, "x-medusa-locale": locale }
      await api.post(`/store/carts/${cartId}`, { locale }, { headers })
      const session = await readyToPay(api, shop, cartId, { region, providerId })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
      expect(data.type).toBe("order")
      return {
        order: data.order as { id: string; display_id: number; email: string },
        session,
      }
    }

    /** The confirmation emails of `orderId`. */
    const confirmationsOf = async (orderId: string) =>
      (await getContainer()
        .resolve("notification")
        .listNotifications({ resource_id: orderId, trigger_type: "order.placed" })) as SentEmail[]

    /** The order's one confirmation, once the subscriber (run after the event, asynchronously) has sent it. */
    const confirmationOf = async (orderId: string): Promise<SentEmail> => {
      await expect.poll(async () => (await confirmationsOf(orderId)).length, { timeout: 30_000, interval: 200 }).toBe(1)
      return (await confirmationsOf(orderId))[0] as SentEmail
    }

    it("emails a Russian bank-transfer order in som with the reference and the association's account", async () => {
      const { order, session } = await placeOrder("Kyrgyzstan", "pp_bank-transfer_ovop", "ru")
      const email = await confirmationOf(order.id)

      expect(email).toMatchObject({
        to: order.email,
        channel: "email",
        template: "order-placed",
        resource_type: "order",
        resource_id: order.id,
      })
      expect(email.data?.subject).toBe(`Ваш заказ #${order.display_id} в магазине Issyk-Kul OVOP`)
      const text = email.data?.text ?? ""
      const reference = `OVOP-${session.id.slice(-8).toUpperCase()}`
      for (const part of [
        `Номер заказа: #${order.display_id}`,
        `http://localhost:4321/ru/order/?id=${order.id}`,
        `Номер платежа: ${reference}`,
        `Сумма к оплате: 2${NBSP}150${NBSP}сом`,
        "Банк: Test Bank, Karakol branch",
        "Получатель: Issyk-Kul OVOP Association",
        "Номер счёта: 1180000000000042",
        "БИК: 118000",
        `- White sainfoin honey (500 g) × 2: 1${NBSP}900${NBSP}сом`,
        `Доставка: 250${NBSP}сом`,
        `Итого: 2${NBSP}150${NBSP}сом`,
        "Оплата: Банковский перевод",
        "Способ доставки: Курьер по Кыргызстану",
        "Aizada Toktogulova",
        "722200 Karakol, Issyk-Kul region",
      ]) {
        expect(text).toContain(part)
      }
      expect(email.data?.html).toContain(`<strong>${reference}</strong>`)
    })

    it("emails a Japanese order paid with the system provider in Japanese, in yen", async () => {
      const { order } = await placeOrder("Japan", "pp_system_default", "ja")
      const email = await confirmationOf(order.id)

      expect(email.to).toBe(order.email)
      expect(email.data?.subject).toBe(`【Issyk-Kul OVOP】ご注文ありがとうございます（注文番号 #${order.display_id}）`)
      const text = email.data?.text ?? ""
      expect(text).toContain("合計：8,400円")
      expect(text).toContain("送料：2,800円")
      expect(text).toContain("配送方法：日本へのEMS")
      expect(text).toContain("テスト注文")
      expect(text).toContain(`http://localhost:4321/ja/order/?id=${order.id}`)
      expect(text).not.toContain("OVOP-")
    })

    it("links a guest order with its token, which opens the order; without it the order is not found", async () => {
      const { order } = await placeOrder("Kyrgyzstan", "pp_cash-on-delivery_ovop", "en")
      const email = await confirmationOf(order.id)
      const link = new URL(/http:\/\/localhost:4321\/en\/order\/\S+/.exec(email.data?.text ?? "")?.[0] ?? "http://none")
      expect(link.searchParams.get("id")).toBe(order.id)
      const token = link.searchParams.get("token") ?? ""
      expect(token).toMatch(/^\d+\.[\w-]{43}$/)
      expect(email.data?.html).toContain(`token=${token}`)

      const read = (headers: Record<string, string>) =>
        api
          .get(`/store/orders/${order.id}`, { headers: { ...shop.store.headers, ...headers } })
          .catch((error: { response: { status: number } }) => error.response)
      const opened = await read({ "x-order-token": token })
      expect(opened.status).toBe(200)
      expect(opened.data.order.email).toBe(order.email)
      expect((await read({})).status).toBe(404)
    })

    it("sends nothing more when the order's event is delivered again", async () => {
      const { order } = await placeOrder("Kyrgyzstan", "pp_cash-on-delivery_ovop", "ky")
      const first = await confirmationOf(order.id)
      expect(first.data?.text).toContain("Курьер төлөмдү жеткиргенде накталай алат")

      const { default: orderConfirmation } = await import("../../../backend/src/subscribers/order-confirmation")
      await orderConfirmation({
        event: { name: "order.placed", data: { id: order.id } },
        container: getContainer(),
      } as never)

      const after = await confirmationsOf(order.id)
      expect(after.map((email) => email.id)).toEqual([first.id])
    })
  },
})
