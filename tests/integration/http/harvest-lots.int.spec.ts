import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

type ApiError = { response: { status: number; data: { message: string } } }
const failure = (error: ApiError) => error.response

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let salesChannelId: string
    let locationId: string
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      const channel = await createStorefrontChannel(getContainer())
      salesChannelId = channel.salesChannelId
      store = { headers: { "x-publishable-api-key": channel.publishableKey } }
      const [location] = await getContainer().resolve("stock_location").listStockLocations({})
      locationId = location?.id ?? ""
    })

    /** A group, its apricot jam with an empty shelf at the warehouse, and a staff session. */
    const jamWithEmptyShelf = async () => {
      const admin = await signInAsStaff(getContainer(), api)
      const { data } = await api.post("/admin/producer-groups", tosorApricotGroup(), admin)
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Apricot jam",
              status: "published",
              options: [{ title: "Size", values: ["250 g"] }],
              variants: [
                {
                  title: "250 g",
                  sku: "TOS-APRICOT-JAM-250G",
                  options: { Size: "250 g" },
                  prices: [{ currency_code: "usd", amount: 6.5 }],
                },
              ],
              sales_channels: [{ id: salesChannelId }],
            },
          ],
          additional_data: { producer_group_id: data.producer_group.id },
        },
      })
      const variantId = result[0]?.variants[0]?.id ?? ""
      const query = getContainer().resolve("query")
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantId },
      })
      const inventoryItemId = (variants[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]
        ?.inventory_item_id as string
      await createInventoryLevelsWorkflow(getContainer()).run({
        input: {
          inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: 0 }],
        },
      })
      const stocked = async () => {
        const [level] = await getContainer()
          .resolve("inventory")
          .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
        return Number(level?.stocked_quantity)
      }
      return {
        admin,
        variantId,
        productId: result[0]?.id ?? "",
        groupId: data.producer_group.id as string,
        stocked,
      }
    }

    const planLot = async (
      admin: { headers: Record<string, string> },
      variantId: string,
      lot_number = "TOS-2026-07",
    ) => {
      const { data } = await api.post(
        "/admin/harvest-lots",
        {
          lot_number,
          variant_id: variantId,
          forecast_quantity: 120,
          production_date: "2026-07-20",
          best_before: "2028-01-20",
          expected_shipping_month: "2026-08",
        },
        admin,
      )
      return data.harvest_lot as { id: string; status: string; producer_group_id: string }
    }

    describe("harvest lots", () => {
      it("plans a lot for the variant's own producer group", async () => {
        const { admin, variantId, groupId } = await jamWithEmptyShelf()
        const lot = await planLot(admin, variantId)
        expect(lot).toMatchObject({ status: "planned", producer_group_id: groupId })
      })

      it("puts the produced quantity on the shelf when the lot becomes available, once", async () => {
        const { admin, variantId, stocked } = await jamWithEmptyShelf()
        const lot = await planLot(admin, variantId)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "in_production" }, admin)
        const available = await api.post(
          `/admin/harvest-lots/${lot.id}/transition`,
          { to: "available", produced_quantity: 96 },
          admin,
        )
        expect(available.data.harvest_lot).toMatchObject({ status: "available", produced_quantity: 96 })
        expect(await stocked()).toBe(96)
        const retried = await api
          .post(`/admin/harvest-lots/${lot.id}/transition`, { to: "available", produced_quantity: 96 }, admin)
          .catch(failure)
        expect(retried.status).toBe(400)
        expect(retried.data.message).toContain("already available")
        expect(await stocked()).toBe(96)
      })

      it("tells the shop the lot being sold and the next one, without quantities", async () => {
        const { admin, variantId } = await jamWithEmptyShelf()
        const sold = await planLot(admin, variantId)
        await api.post(`/admin/harvest-lots/${sold.id}/transition`, { to: "in_production" }, admin)
        await api.post(`/admin/harvest-lots/${sold.id}/transition`, { to: "available", produced_quantity: 30 }, admin)
        await planLot(admin, variantId, "TOS-2027-07")
        const { data } = await api.get(`/store/harvest?variant_id=${variantId}`, store)
        expect(data.variants).toEqual([
          {
            variant_id: variantId,
            in_season: true,
            back_in_season_month: null,
            selling_lot: { lot_number: "TOS-2026-07", best_before: "2028-01-20" },
            next_lot: { status: "planned", expected_shipping_month: "2026-08" },
            // In season with jars on the shelf: bought now, not pre-ordered.
            preorder: null,
          },
        ])
        expect(JSON.stringify(data)).not.toMatch(/quantity/)
        const missing = await api.get("/store/harvest", store).catch(failure)
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("variant_id")
      })

      it("books stock once when the same move arrives twice at the same moment", async () => {
        const { admin, variantId, stocked } = await jamWithEmptyShelf()
        const lot = await planLot(admin, variantId)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "in_production" }, admin)
        const both = await Promise.all(
          [1, 2].map(() =>
            api
              .post(`/admin/harvest-lots/${lot.id}/transition`, { to: "available", produced_quantity: 40 }, admin)
              .catch(failure),
          ),
        )
        expect(both.map((r) => r.status).sort()).toEqual([200, 400])
        expect(await stocked()).toBe(40)
      })

      it("takes an expiring lot's stock off the shelf", async () => {
        const { admin, variantId, stocked } = await jamWithEmptyShelf()
        const lot = await planLot(admin, variantId)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "in_production" }, admin)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "available", produced_quantity: 30 }, admin)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "expired" }, admin)
        expect(await stocked()).toBe(0)
      })

      it.each([
        [{ to: "available" }, "can only become in_production or expired"],
        [{ to: "ripe" }, "for field 'to'"],
      ])("refuses a move the lifecycle does not allow: %j", async (body, message) => {
        const { admin, variantId, stocked } = await jamWithEmptyShelf()
        const lot = await planLot(admin, variantId)
        const response = await api.post(`/admin/harvest-lots/${lot.id}/transition`, body, admin).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(message)
        expect(await stocked()).toBe(0)
      })

      it("asks for the produced quantity before a lot becomes available", async () => {
        const { admin, variantId } = await jamWithEmptyShelf()
        const lot = await planLot(admin, variantId)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "in_production" }, admin)
        const response = await api
          .post(`/admin/harvest-lots/${lot.id}/transition`, { to: "available" }, admin)
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("produced_quantity")
      })

      it.each([
        [{ forecast_quantity: -5 }, "forecast_quantity"],
        [{ best_before: "2026-01-01" }, "best_before must be after production_date"],
        [{ expected_shipping_month: "2026-13" }, "expected_shipping_month"],
      ])("answers 400 naming the field for %j", async (overrides, field) => {
        const { admin, variantId } = await jamWithEmptyShelf()
        const body = {
          lot_number: "TOS-2026-07",
          variant_id: variantId,
          forecast_quantity: 120,
          production_date: "2026-07-20",
          ...overrides,
        }
        const response = await api.post("/admin/harvest-lots", body, admin).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      })

      it("refuses a lot number that is already used", async () => {
        const { admin, variantId } = await jamWithEmptyShelf()
        await planLot(admin, variantId)
        const response = await api
          .post(
            "/admin/harvest-lots",
            { lot_number: "TOS-2026-07", variant_id: variantId, forecast_quantity: 10 },
            admin,
          )
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("lot_number")
      })
    })

    describe("what may enter a cart", () => {
      const thisMonth = Number(
        new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Bishkek", month: "numeric" }).format(new Date()),
      )
      const otherMonth = ((thisMonth + 5) % 12) + 1
      const monthName = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(
        new Date(Date.UTC(2026, otherMonth - 1, 15)),
      )

      /** The jam with five jars on the shelf, and a fresh cart in dollars. */
      const fiveJarsAndACart = async () => {
        const jam = await jamWithEmptyShelf()
        const lot = await planLot(jam.admin, jam.variantId)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "in_production" }, jam.admin)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "available", produced_quantity: 5 }, jam.admin)
        const [existing] = await getContainer().resolve("region").listRegions({ name: "International" })
        const region =
          existing ??
          (
            await createRegionsWorkflow(getContainer()).run({
              input: { regions: [{ name: "International", currency_code: "usd", countries: ["us"] }] },
            })
          ).result[0]
        const { data } = await api.post("/store/carts", { region_id: region?.id }, store)
        const add = (quantity: number) =>
          api
            .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: jam.variantId, quantity }, store)
            .catch(failure)
        return { ...jam, add }
      }

      it("sells in season up to what is left, then says how many are left", async () => {
        const { add } = await fiveJarsAndACart()
        expect((await add(6)).data).toMatchObject({
          code: "too_few_left",
          params: { product: "Apricot jam", left: 5 },
          message: 'only 5 of "Apricot jam" left',
        })
        expect((await add(4)).status).toBe(200)
        const tooMany = await add(2)
        expect(tooMany.status).toBe(400)
        expect(tooMany.data).toMatchObject({ code: "too_few_left_beyond_cart", params: { left: 1 } })
        expect(tooMany.data.message).toBe('only 1 of "Apricot jam" left beyond what is already in your cart')
        expect((await add(1)).status).toBe(200)
        expect((await add(1)).data).toMatchObject({ code: "sold_out", message: '"Apricot jam" is sold out' })
      })

      it("refuses an out-of-season product, naming the month it comes back", async () => {
        const { add, productId } = await fiveJarsAndACart()
        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id: productId }, update: { metadata: { season_months: [otherMonth] } } },
        })
        const response = await add(1)
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({
          code: "out_of_season",
          params: { product: "Apricot jam", month: otherMonth },
        })
        expect(response.data.message).toBe(`"Apricot jam" is out of season: back in season in ${monthName}`)
      })

      it("lets a variant's own season override its product's", async () => {
        const { add, productId, variantId } = await fiveJarsAndACart()
        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id: productId }, update: { metadata: { season_months: [otherMonth] } } },
        })
        await updateProductVariantsWorkflow(getContainer()).run({
          input: { selector: { id: variantId }, update: { metadata: { season_months: [thisMonth] } } },
        })
        expect((await add(1)).status).toBe(200)
      })
    })

    describe("tell me when it is back", () => {
      const ask = (body: Record<string, unknown>) =>
        api.post("/store/back-in-stock-requests", body, store).catch(failure)

      it("takes a request once per email and variant, and refuses bad input naming the field", async () => {
        const { variantId } = await jamWithEmptyShelf()
        const first = await ask({ variant_id: variantId, email: "Aiko@Example.jp", locale: "ja" })
        expect(first.status).toBe(201)
        const again = await ask({ variant_id: variantId, email: "aiko@example.jp", locale: "ja" })
        expect(again.status).toBe(200)
        expect(again.data.back_in_stock_request.id).toBe(first.data.back_in_stock_request.id)
        for (const [body, field] of [
          [{ variant_id: variantId, email: "not-an-email", locale: "ja" }, "email"],
          [{ variant_id: variantId, email: "aiko@example.jp", locale: "de" }, "locale"],
          [{ variant_id: "variant_missing", email: "aiko@example.jp", locale: "ja" }, "variant_id"],
        ] as const) {
          const response = await ask(body)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(field)
        }
      })

      it("writes once, in the shopper's language, when the harvest puts the jam back on the shelf", async () => {
        const { admin, variantId } = await jamWithEmptyShelf()
        await ask({ variant_id: variantId, email: "aiko@example.jp", locale: "ja" })
        await ask({ variant_id: variantId, email: "aigul@example.kg", locale: "ky" })
        const lot = await planLot(admin, variantId)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "in_production" }, admin)
        await api.post(`/admin/harvest-lots/${lot.id}/transition`, { to: "available", produced_quantity: 10 }, admin)

        const notifications = getContainer().resolve("notification")
        const sent = async () => notifications.listNotifications({ trigger_type: "back-in-stock" })
        const deadline = Date.now() + 30_000
        while ((await sent()).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
        const messages = await sent()
        expect(messages.map((m: { to: string }) => m.to).sort()).toEqual(["aigul@example.kg", "aiko@example.jp"])
        const japanese = messages.find((m: { to: string }) => m.to === "aiko@example.jp") as {
          content?: { subject?: string }
          data?: { subject?: string }
        }
        expect(japanese.data?.subject).toContain("再入荷しました")

        // Another stock change finds nobody waiting: no second message.
        const [level] = await getContainer().resolve("inventory").listInventoryLevels({ location_id: locationId })
        await updateInventoryLevelsWorkflow(getContainer()).run({
          input: {
            updates: [
              { inventory_item_id: level?.inventory_item_id ?? "", location_id: locationId, stocked_quantity: 12 },
            ],
          },
        })
        await new Promise((r) => setTimeout(r, 1500))
        expect(await sent()).toHaveLength(2)
      })
    })
  },
})
