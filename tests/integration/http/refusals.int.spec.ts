import { updateProductVariantsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type Locale, type Refusal, type RefusalCode, type RefusalParams, refusal } from "@ovop/domain"
import { refusalMessage } from "@ovop/domain/messages"
import { beforeAll, describe, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  readyToPay,
  shopperCart,
} from "../fixtures/checkout"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { backendDir } from "../setup/paths"

// One back-in-stock request per client address per ten minutes, so the second one is refused.
process.env.OVOP_RATE_LIMIT_BACK_IN_STOCK = "1/600"

// biome-ignore lint/suspicious/noExplicitAny: the test client's answers are read field by field
type Answer = { status: number; data: any }
const failure = (error: { response: Answer }): Answer => error.response

/** A month (1-12) that is not the current one in Bishkek: a product of that month only is out of season now. */
const offSeasonMonth = () => {
  const month = Number(new Intl.DateTimeFormat("en", { month: "numeric", timeZone: "Asia/Bishkek" }).format(new Date()))
  return ((month + 5) % 12) + 1
}

/** Each product's name in Japanese, as staff translate it. */
const japaneseTitles: Record<string, string> = {
  "Issyk-Kul apricot jam": "イシク・クル杏ジャム",
  "Sea-buckthorn jam": "シーバックソーンジャム",
  "White sainfoin honey": "白いイガマメの蜂蜜",
  "Walnut halves": "クルミ（半割り）",
  "Dried apricots": "干し杏",
  "Horse-meat jerky": "馬肉ジャーキー",
  "Felt slippers": "フェルトのスリッパ",
  "Juniper tea": "ネズの葉茶",
  "Wool yarn": "羊毛の毛糸",
}

/** The producer group's name in Japanese (tests/integration/fixtures/producer-groups.ts). */
const japaneseGroupNames: Record<string, string> = { "Tosor Apricot Women's Group": "トソール杏女性グループ" }

type Product = { productId: string; variantId: string; inventoryItemId: string; title: string }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    const products: Record<string, Product> = {}
    const lots: Record<string, string> = {}
    const product = (title: string) => products[title] as Product
    const japanese = () => ({ headers: { ...shop.store.headers, "x-medusa-locale": "ja" } })

    const harvest = () =>
      getContainer().resolve("harvest") as {
        createHarvestLots: (data: Record<string, unknown>) => Promise<{ id: string }>
        setLotStatus: (input: { id: string; status: string }) => Promise<void>
      }

    /** A product sold in Japan with `stock` jars at Karakol, its Japanese name written, and a planned lot of `lot` units. */
    const stocked = async (
      title: string,
      sku: string,
      spec: { stock: number; season?: number[]; lot?: number; prices?: { currency_code: string; amount: number }[] },
    ) => {
      const container = getContainer()
      const created = await createStockedProduct(container, shop, {
        title,
        sku,
        size: "Jar",
        prices: spec.prices ?? [{ currency_code: "jpy", amount: 1200 }],
        stock: spec.stock,
        metadata: spec.season ? { season_months: spec.season } : undefined,
      })
      await container.resolve("translation").createTranslations([
        {
          reference: "product",
          reference_id: created.productId,
          locale_code: "ja",
          translations: { title: japaneseTitles[title] },
        },
      ])
      products[title] = { ...created, title }
      if (spec.lot) {
        lots[title] = (
          await harvest().createHarvestLots({
            lot_number: `${sku}-2027`,
            variant_id: created.variantId,
            producer_group_id: "pgrp_fixture",
            forecast_quantity: spec.lot,
            expected_shipping_month: "2027-08",
          })
        ).id
      }
    }

    /**
     * The answer is the refusal `code` with `params` (the product in English), and the same request
     * in Japanese answers the same code with the product named in Japanese and the message in Japanese.
     */
    const expectRefusal = async <Code extends RefusalCode>(
      send: (config: { headers: Record<string, string> }) => Promise<Answer>,
      code: Code,
      params: RefusalParams[Code],
      status = 400,
    ) => {
      const english = await send(shop.store)
      expect(english.status).toBe(status)
      expect(english.data).toEqual({
        type: status === 409 ? "conflict" : "not_allowed",
        code,
        params,
        message: refusalMessage(refusal(code, params), "en"),
      })
      const named = params as { product?: string; group?: string }
      const inJapanese = {
        ...params,
        ...(named.product ? { product: japaneseTitles[named.product] } : {}),
        ...(named.group ? { group: japaneseGroupNames[named.group] } : {}),
      } as RefusalParams[Code]
      const answer = await send(japanese())
      expect(answer.status).toBe(status)
      expect(answer.data).toMatchObject({ code, params: inJapanese })
      expect(answer.data.message).toBe(refusalMessage(refusal(code, inJapanese), "ja" satisfies Locale))
      return answer
    }

    const newCart = (buyer: number) => shopperCart(api, shop, { region: "Japan", buyer })
    const addToCart =
      (cartId: string, title: string, quantity: number) => (config: { headers: Record<string, string> }) =>
        api
          .post(`/store/carts/${cartId}/line-items`, { variant_id: product(title).variantId, quantity }, config)
          .catch(failure)
    const preorder =
      (cartId: string, title: string, quantity: number) => (config: { headers: Record<string, string> }) =>
        api
          .post(`/store/carts/${cartId}/preorders`, { variant_id: product(title).variantId, quantity }, config)
          .catch(failure)
    const complete = (cartId: string) => (config: { headers: Record<string, string> }) =>
      api.post(`/store/carts/${cartId}/complete`, {}, config).catch(failure)
    const ref = (title: string) => ({ product: title, product_id: product(title).productId })

    beforeAll(async () => {
      shop = await createCheckoutShop(getContainer(), [japanRegion()])
      await stocked("Issyk-Kul apricot jam", "IK-APRICOT-250G", { stock: 2 })
      await stocked("Sea-buckthorn jam", "TEP-SEABUCKTHORN-250G", { stock: 5, season: [offSeasonMonth()] })
      await stocked("White sainfoin honey", "TON-HONEY-500G", { stock: 0, lot: 5 })
      await stocked("Walnut halves", "ARS-WALNUT-200G", { stock: 2 })
      await stocked("Dried apricots", "TOS-DRIED-APRICOT-500G", { stock: 0, lot: 10 })
      await stocked("Horse-meat jerky", "KOC-JERKY-200G", { stock: 0, lot: 10 })
      await stocked("Juniper tea", "KAR-JUNIPER-100G", {
        stock: 0,
        lot: 10,
        prices: [{ currency_code: "kgs", amount: 350 }],
      })
    })

    describe("the cart rules", () => {
      it("out_of_season names the product and the month it comes back", async () => {
        const cartId = await newCart(1)
        const answer = await expectRefusal(addToCart(cartId, "Sea-buckthorn jam", 1), "out_of_season", {
          ...ref("Sea-buckthorn jam"),
          month: offSeasonMonth() as RefusalParams["out_of_season"]["month"],
        })
        expect(answer.data.message).toBe(
          `「シーバックソーンジャム」は現在季節外です（${offSeasonMonth()}月に再入荷予定）`,
        )
      })

      it("too_few_left and too_few_left_beyond_cart say how many are left", async () => {
        const cartId = await newCart(2)
        const answer = await expectRefusal(addToCart(cartId, "Issyk-Kul apricot jam", 3), "too_few_left", {
          ...ref("Issyk-Kul apricot jam"),
          left: 2,
        })
        expect(answer.data.message).toBe("「イシク・クル杏ジャム」は残り2点です")
        expect((await addToCart(cartId, "Issyk-Kul apricot jam", 1)(shop.store)).status).toBe(200)
        await expectRefusal(addToCart(cartId, "Issyk-Kul apricot jam", 2), "too_few_left_beyond_cart", {
          ...ref("Issyk-Kul apricot jam"),
          left: 1,
        })
      })

      it("sold_out names the product", async () => {
        await expectRefusal(
          addToCart(await newCart(3), "White sainfoin honey", 1),
          "sold_out",
          ref("White sainfoin honey"),
        )
      })
    })

    describe("the producer groups", () => {
      const groupProduct = async (title: string, sku: string, handle: string, overrides: Record<string, unknown>) => {
        const admin = await signInAsStaff(getContainer(), api)
        const { data } = await api.post("/admin/producer-groups", tosorApricotGroup({ handle, ...overrides }), admin)
        await stocked(title, sku, { stock: 10 })
        await api.post(
          `/admin/products/${product(title).productId}/producer-group`,
          { producer_group_id: data.producer_group.id },
          admin,
        )
        return { admin, groupId: data.producer_group.id as string }
      }

      it("group_paused names the product and the group, both in the reader's language", async () => {
        const { admin, groupId } = await groupProduct("Felt slippers", "KOC-SLIPPERS-38", "tosor-felt", {})
        await api.post(`/admin/producer-groups/${groupId}/pause`, {}, admin)
        const params = {
          ...ref("Felt slippers"),
          group: "Tosor Apricot Women's Group",
          group_id: groupId,
        }
        const answer = await expectRefusal(addToCart(await newCart(4), "Felt slippers", 1), "group_paused", params)
        expect(answer.data.message).toBe(
          "「フェルトのスリッパ」は現在ご購入いただけません（トソール杏女性グループが販売を一時停止しています）",
        )
      })

      it("certificate_expired names the product and the group once the store takes such products off sale", async () => {
        const expired = { number: "IK-2020-003", issuer: "Committee", valid_from: "2020-01-01", valid_to: "2023-12-31" }
        const { groupId } = await groupProduct("Wool yarn", "BOK-YARN-100G", "bokonbaevo-wool", {
          certificate: expired,
        })
        const [store] = await getContainer().resolve("store").listStores()
        await updateStoresWorkflow(getContainer()).run({
          input: {
            selector: { id: store?.id ?? "" },
            update: { metadata: { ovop_off_sale_when_certificate_expired: true } },
          },
        })
        await expectRefusal(addToCart(await newCart(5), "Wool yarn", 1), "certificate_expired", {
          ...ref("Wool yarn"),
          group: "Tosor Apricot Women's Group",
          group_id: groupId,
        })
      })
    })

    describe("pre-orders", () => {
      it("preorder_unavailable names a product that is on the shelf", async () => {
        await expectRefusal(
          preorder(await newCart(10), "Issyk-Kul apricot jam", 1),
          "preorder_unavailable",
          ref("Issyk-Kul apricot jam"),
        )
      })

      it("no_price_in_currency names the product and the cart's currency", async () => {
        await expectRefusal(preorder(await newCart(11), "Juniper tea", 1), "no_price_in_currency", {
          ...ref("Juniper tea"),
          currency: "JPY",
        })
      })

      it("preorder_too_few_left, then fully_preordered once a checkout booked the whole forecast", async () => {
        const first = await newCart(12)
        await expectRefusal(preorder(first, "White sainfoin honey", 6), "preorder_too_few_left", {
          ...ref("White sainfoin honey"),
          left: 5,
        })
        // A second shopper pre-orders one jar; the first then books all five at checkout.
        const second = await newCart(13)
        const { data } = await preorder(second, "White sainfoin honey", 1)(shop.store)
        const lineId = data.cart.items[0].id as string
        expect((await preorder(first, "White sainfoin honey", 5)(shop.store)).status).toBe(200)
        await readyToPay(api, shop, first, { region: "Japan" })
        expect((await complete(first)(shop.store)).data.type).toBe("order")
        const raise = (config: { headers: Record<string, string> }) =>
          api.post(`/store/carts/${second}/line-items/${lineId}`, { quantity: 2 }, config).catch(failure)
        await expectRefusal(raise, "fully_preordered", ref("White sainfoin honey"))
      })

      it("preorder_closed names a pre-ordered product whose harvest came in", async () => {
        const cartId = await newCart(14)
        const { data } = await preorder(cartId, "Dried apricots", 1)(shop.store)
        const lineId = data.cart.items[0].id as string
        await harvest().setLotStatus({ id: lots["Dried apricots"] ?? "", status: "available" })
        const change = (config: { headers: Record<string, string> }) =>
          api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 2 }, config).catch(failure)
        await expectRefusal(change, "preorder_closed", ref("Dried apricots"))
      })

      it("preorder_price_changed names a pre-ordered product whose price changed before checkout", async () => {
        const cartId = await newCart(15)
        expect((await preorder(cartId, "Horse-meat jerky", 1)(shop.store)).status).toBe(200)
        await updateProductVariantsWorkflow(getContainer()).run({
          input: {
            selector: { id: product("Horse-meat jerky").variantId },
            update: { prices: [{ currency_code: "jpy", amount: 1500 }] },
          },
        })
        await readyToPay(api, shop, cartId, { region: "Japan" })
        await expectRefusal(complete(cartId), "preorder_price_changed", ref("Horse-meat jerky"))
      })

      it("line_not_recorded names a line without a variant that the pre-order route did not make", async () => {
        const cartId = await newCart(16)
        await getContainer()
          .resolve("cart")
          .addLineItems({
            cart_id: cartId,
            product_id: product("Dried apricots").productId,
            title: "Dried apricots",
            product_title: "Dried apricots",
            quantity: 1,
            unit_price: 1200,
            requires_shipping: false,
          })
        await readyToPay(api, shop, cartId, { region: "Japan" })
        await expectRefusal(complete(cartId), "line_not_recorded", ref("Dried apricots"))
      })
    })

    describe("checkout", () => {
      it("sold_out_during_checkout names the product another shopper's order took", async () => {
        const cartId = await newCart(20)
        expect((await addToCart(cartId, "Walnut halves", 2)(shop.store)).status).toBe(200)
        await readyToPay(api, shop, cartId, { region: "Japan" })
        // Another shopper's order takes one of the two bags while this one is paying.
        const other = await newCart(21)
        expect((await addToCart(other, "Walnut halves", 1)(shop.store)).status).toBe(200)
        await readyToPay(api, shop, other, { region: "Japan" })
        expect((await complete(other)(shop.store)).data.type).toBe("order")
        const answer = await expectRefusal(complete(cartId), "sold_out_during_checkout", ref("Walnut halves"))
        expect(answer.data.message).toBe(
          "ご注文手続き中に「クルミ（半割り）」が売り切れました。数量を減らすか、カートから削除してください",
        )
      })
    })

    describe("busy carts and rate limits", () => {
      it("cart_busy answers 409 while another request holds the cart", async () => {
        const cartId = await newCart(30)
        const { data } = await addToCart(cartId, "Issyk-Kul apricot jam", 1)(shop.store)
        const lineId = data.cart.items[0].id as string
        const locking = getContainer().resolve("locking")
        await locking.acquire(cartId, { ownerId: "slow-request", expire: 30 })
        try {
          const change = (config: { headers: Record<string, string> }) =>
            api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 2 }, config).catch(failure)
          const answer = await expectRefusal(change, "cart_busy", {}, 409)
          expect(answer.data.message).toBe(
            "カートが別のウィンドウまたはタブで変更中です。少し待ってからもう一度お試しください",
          )
        } finally {
          await locking.release(cartId, { ownerId: "slow-request" })
        }
      })

      it("rate_limited says in the request's language how many seconds to wait", async () => {
        const ask = () =>
          api
            .post(
              "/store/back-in-stock-requests",
              { variant_id: product("White sainfoin honey").variantId, email: "aizada@example.kg", locale: "ja" },
              japanese(),
            )
            .catch(failure)
        expect((await ask()).status).toBe(201)
        const refused = await ask()
        expect(refused.status).toBe(429)
        const seconds = refused.data.params.seconds as number
        expect(seconds).toBeGreaterThan(500)
        expect(refused.data).toEqual({
          type: "too_many_requests",
          code: "rate_limited",
          params: { seconds, limit: "back-in-stock" },
          message: `試行回数が多すぎます。${seconds}秒後にもう一度お試しください`,
          retry_after: seconds,
        })
        const expected: Refusal = refusal("rate_limited", { seconds, limit: "back-in-stock" })
        expect(refused.data.message).toBe(refusalMessage(expected, "ja"))
      })
    })
  },
})
