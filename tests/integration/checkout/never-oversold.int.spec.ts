import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

type ApiError = { response: { status: number; data: { message: string; type?: string } } }
const failure = (error: ApiError) => error.response

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string
    let shippingOptionId: string
    let variantId: string
    let inventoryItemId: string
    let locationId: string

    beforeAll(async () => {
      const container = getContainer()
      const channel = await createStorefrontChannel(container)
      store = { headers: { "x-publishable-api-key": channel.publishableKey } }
      const [location] = await container.resolve("stock_location").listStockLocations({})
      locationId = location?.id ?? ""
      const { result: regions } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            { name: "Japan", currency_code: "jpy", countries: ["jp"], payment_providers: ["pp_system_default"] },
          ],
        },
      })
      regionId = regions[0]?.id ?? ""

      // Shipping from the warehouse to Japan.
      const link = container.resolve("link")
      const fulfillment = container.resolve("fulfillment")
      await link.create({
        stock_location: { stock_location_id: locationId },
        fulfillment: { fulfillment_provider_id: "manual_manual" },
      })
      const [existingProfile] = await fulfillment.listShippingProfiles({ type: "default" })
      const profile =
        existingProfile ??
        (
          await createShippingProfilesWorkflow(container).run({
            input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
          })
        ).result[0]
      const set = await fulfillment.createFulfillmentSets({
        name: "Karakol warehouse shipping",
        type: "shipping",
        service_zones: [{ name: "Japan", geo_zones: [{ type: "country", country_code: "jp" }] }],
      })
      await link.create({
        stock_location: { stock_location_id: locationId },
        fulfillment: { fulfillment_set_id: set.id },
      })
      const { result: options } = await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: "EMS to Japan",
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: set.service_zones[0]?.id ?? "",
            shipping_profile_id: profile?.id ?? "",
            type: { label: "EMS", description: "EMS to Japan", code: "jp-ems" },
            prices: [{ currency_code: "jpy", amount: 2800 }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
      shippingOptionId = options[0]?.id ?? ""

      // Honey with five jars left.
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "White sainfoin honey",
              status: "published",
              shipping_profile_id: profile?.id,
              options: [{ title: "Size", values: ["500 g"] }],
              variants: [
                {
                  title: "500 g",
                  sku: "ANA-SAINFOIN-HONEY-500G",
                  options: { Size: "500 g" },
                  prices: [{ currency_code: "jpy", amount: 2400 }],
                },
              ],
              sales_channels: [{ id: channel.salesChannelId }],
            },
          ],
        },
      })
      variantId = products[0]?.variants[0]?.id ?? ""
      const { data } = await container.resolve("query").graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantId },
      })
      inventoryItemId = (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]
        ?.inventory_item_id as string
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: 5 }],
        },
      })
    })

    /** A cart with one jar, an address in Japan, EMS and a payment session: ready to complete. */
    const readyCart = async (buyer: number) => {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: regionId,
          email: `buyer${buyer}@example.jp`,
          shipping_address: {
            first_name: "Hanako",
            last_name: "Sato",
            address_1: "1-2-3 Shibuya",
            city: "Shibuya-ku",
            province: "Tokyo",
            postal_code: "150-0002",
            country_code: "jp",
          },
          items: [{ variant_id: variantId, quantity: 1 }],
        },
        store,
      )
      const cartId = data.cart.id as string
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shippingOptionId }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store,
      )
      return cartId
    }

    const level = async () => {
      const [stock] = await getContainer()
        .resolve("inventory")
        .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
      return { stocked: Number(stock?.stocked_quantity), reserved: Number(stock?.reserved_quantity) }
    }

    describe("30 buyers, 5 jars", () => {
      it("makes exactly 5 orders and tells the other 25 it is sold out, and a retried completion makes no second order", async () => {
        const carts: string[] = []
        for (let buyer = 1; buyer <= 30; buyer++) carts.push(await readyCart(buyer))

        const outcomes = await Promise.all(
          carts.map((cartId) => api.post(`/store/carts/${cartId}/complete`, {}, store).catch(failure)),
        )
        const orders = outcomes.filter((o) => o.status === 200 && (o.data as { type?: string }).type === "order")
        const refused = outcomes.filter((o) => !orders.includes(o))
        expect(orders).toHaveLength(5)
        expect(refused).toHaveLength(25)
        for (const answer of refused) {
          const text = JSON.stringify(answer.data)
          expect(text).toContain('"White sainfoin honey\\" sold out while you were checking out')
        }
        expect(await level()).toEqual({ stocked: 5, reserved: 5 })

        // The same completion again answers the same order and books nothing more.
        const first = orders[0]?.data as { order: { id: string } }
        const completedCart = carts.find((_, index) => outcomes[index] === orders[0])
        const again = await api.post(`/store/carts/${completedCart}/complete`, {}, store)
        expect(again.data.order.id).toBe(first.order.id)
        const allOrders = await getContainer().resolve("order").listOrders({})
        expect(allOrders).toHaveLength(5)
        expect(await level()).toEqual({ stocked: 5, reserved: 5 })
      })
    })
  },
})
