import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Knex } from "knex"
import { beforeAll, expect, it } from "vitest"
import { type CheckoutShop, readyToPay, shopperCart, somAndYenShop } from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// A cart moved to yen: Medusa writes the cart's new region and currency first and re-prices its
// lines in a later step, seconds later on a busy machine. Seen in the e2e tier (phone project): the
// next page read the cart in between and showed felt slippers at ¥30, their dollar amount. Every
// answer about a cart must have its lines priced in the cart's currency, whatever runs beside it.

const KGS_PRICE = 2600
const JPY_PRICE = 4950

type CartAnswer = { cart: { currency_code: string; items: { unit_price: number }[] } }

/** The line prices of a cart answer, with the price its currency must give. */
const pricesOf = (answer: CartAnswer) => ({
  currency: answer.cart.currency_code,
  prices: answer.cart.items.map((item) => item.unit_price),
  expected: answer.cart.currency_code === "jpy" ? [JPY_PRICE] : [KGS_PRICE],
})

/** Resolves when `condition` holds, checking every 20 ms (a wait for a state, not a timing). */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20))
}

/**
 * Counts the locking module's `execute` calls for `key` (the requests that queue for a cart) and
 * resolves `nth(n)` when the n-th has arrived. Answers the function undoing the spy.
 */
function spyOnCartQueue(container: MedusaContainer, key: string) {
  const locking = container.resolve(Modules.LOCKING) as { execute: (...args: unknown[]) => Promise<unknown> }
  const original = locking.execute
  let calls = 0
  const waiters: { n: number; resolve: () => void }[] = []
  locking.execute = function (this: unknown, ...args: unknown[]) {
    if (args[0] === key) {
      calls++
      for (const waiter of waiters) if (waiter.n <= calls) waiter.resolve()
    }
    return original.apply(this, args)
  }
  return {
    nth: (n: number) => new Promise<void>((resolve) => (calls >= n ? resolve() : waiters.push({ n, resolve }))),
    restore: () => {
      locking.execute = original
    },
  }
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let variantId: string
    let buyer = 0

    beforeAll(async () => {
      ;({ shop, variantId } = await somAndYenShop(getContainer(), {
        title: "Plant-dyed felt slippers",
        sku: "KYZ-SLIPPERS-36",
        size: "EU 36-37",
        kgs: KGS_PRICE,
        jpy: JPY_PRICE,
        stock: 500,
      }))
    })

    const somCart = () =>
      shopperCart(api as never, shop, {
        region: "Kyrgyzstan",
        buyer: buyer++,
        items: [{ variant_id: variantId, quantity: 1 }],
      })
    const send = (cartId: string, body: unknown) =>
      api.post(`/store/carts/${cartId}`, body, { ...shop.store, validateStatus: () => true } as never) as Promise<{
        status: number
        data: CartAnswer
      }>
    const read = (cartId: string) =>
      api.get(`/store/carts/${cartId}`, shop.store as never) as Promise<{ status: number; data: CartAnswer }>

    it("a cart read while its move to yen is half done waits for the move: its lines are in yen at the yen price", async () => {
      const cartId = await somCart()
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
      const [line] = await knex("cart_line_item").where({ cart_id: cartId }).select("id")
      const queue = spyOnCartQueue(getContainer(), `ovop-cart-request:${cartId}`)
      // The line's row held: the move writes the cart's new currency, then stops where it re-prices the line.
      const held = await knex.transaction()
      try {
        await held.raw("select id from cart_line_item where id = ? for update", [line.id])
        const move = send(cartId, { region_id: shop.regions.Japan?.regionId, locale: "en" })
        await until(
          async () => (await knex("cart").where({ id: cartId }).first("currency_code"))?.currency_code === "jpy",
        )

        const reading = read(cartId)
        // Either the read answers now (the half-done cart: the defect), or it queues behind the move.
        const first = await Promise.race([reading.then(() => "answered"), queue.nth(2).then(() => "queued")])
        await held.commit()
        const [answer, moved] = await Promise.all([reading, move])
        expect({ first, ...pricesOf(answer.data) }).toEqual({
          first: "queued",
          currency: "jpy",
          prices: [JPY_PRICE],
          expected: [JPY_PRICE],
        })
        expect(moved.status).toBe(200)
        expect(pricesOf(moved.data).prices).toEqual([JPY_PRICE])
      } finally {
        queue.restore()
        if (!held.isCompleted()) await held.rollback()
      }
    })

    it("a move to yen beside a language change, a read and a move abandoned by its client: every answer and the cart end priced in their currency", async () => {
      for (let attempt = 0; attempt < 4; attempt++) {
        const cartId = await somCart()
        const abandoned = new AbortController()
        const answers = Promise.all([
          send(cartId, { region_id: shop.regions.Japan?.regionId, locale: "en" }),
          send(cartId, { locale: "ru" }),
          read(cartId),
        ])
        // The shopper's page goes away with its move in flight (the storefront's region picker, then a link).
        const gone = api
          .post(`/store/carts/${cartId}`, { region_id: shop.regions.Kyrgyzstan?.regionId }, {
            ...shop.store,
            signal: abandoned.signal,
            validateStatus: () => true,
          } as never)
          .catch(() => null)
        abandoned.abort()
        for (const answer of await answers) {
          expect(answer.status).toBe(200)
          const priced = pricesOf(answer.data)
          expect(priced.prices).toEqual(priced.expected)
        }
        await gone
        // The abandoned move still runs on the server: the next read waits for it.
        const after = pricesOf((await read(cartId)).data)
        expect(after.prices).toEqual(after.expected)
      }
    })
    it("a line left at another currency's amount is never charged: the completion re-prices the cart and answers 409 cart_prices_changed, then the order is at the yen price", async () => {
      const cartId = await somCart()
      const moved = await send(cartId, { region_id: shop.regions.Japan?.regionId })
      expect(pricesOf(moved.data).prices).toEqual([JPY_PRICE])
      // The end state of the defect, whatever leads to it: a yen cart whose line holds the som amount.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
      await knex("cart_line_item")
        .where({ cart_id: cartId })
        .update({ unit_price: KGS_PRICE, raw_unit_price: { value: String(KGS_PRICE), precision: 20 } })
      await readyToPay(api as never, shop, cartId, { region: "Japan" })

      const refused = (await api.post(`/store/carts/${cartId}/complete`, {}, {
        ...shop.store,
        validateStatus: () => true,
      } as never)) as { status: number; data: { code?: string; params?: { product?: string } } }
      expect({ status: refused.status, code: refused.data.code, product: refused.data.params?.product }).toEqual({
        status: 409,
        code: "cart_prices_changed",
        product: "Plant-dyed felt slippers",
      })
      expect(pricesOf((await read(cartId)).data).prices).toEqual([JPY_PRICE])

      // Paid again, for the new total: the order is at the yen price.
      await readyToPay(api as never, shop, cartId, { region: "Japan" })
      const { data: placed } = (await api.post(`/store/carts/${cartId}/complete`, {}, shop.store as never)) as {
        data: { type: string; order: { currency_code: string; items: { unit_price: number }[] } }
      }
      expect({
        type: placed.type,
        currency: placed.order.currency_code,
        prices: placed.order.items.map((item) => item.unit_price),
      }).toEqual({
        type: "order",
        currency: "jpy",
        prices: [JPY_PRICE],
      })
    })
  },
})
