import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

type ApiError = { response: { status: number; data: { message: string } } }
const failure = (error: ApiError) => error.response

type Booking = {
  id: string
  lot_id: string
  lot_number: string | null
  variant_id: string
  status: string
  quantity: number
  order_id: string | null
  product_title: string | null
  variant_title: string | null
  created_at: string
}
type LowStockRow = {
  variant_id: string
  product_title: string | null
  variant_title: string | null
  sku: string | null
  on_shelf: number
  next_lot: { lot_number: string; status: string; forecast_quantity: number; preordered_quantity: number } | null
}

type HarvestService = {
  createPreorders: (data: Record<string, unknown>) => Promise<{ id: string }>
  updateHarvestLots: (data: Record<string, unknown>) => Promise<unknown>
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const variant: Record<"jar250" | "jar500" | "jar1kg" | "crate" | "slippers", string> = {
      jar250: "",
      jar500: "",
      jar1kg: "",
      crate: "",
      slippers: "",
    }
    const lot: Record<"jamSummer" | "jamAutumn" | "bigJar", string> = { jamSummer: "", jamAutumn: "", bigJar: "" }
    const booking: Record<"first" | "second" | "third" | "fourth", string> = {
      first: "",
      second: "",
      third: "",
      fourth: "",
    }

    /**
     * Tosor's apricot jam in four sizes with shelves of 3, 10 (14 stocked, 4 reserved, over two
     * warehouses), 0 and 25 jars; felt slippers without managed stock; next season's lots; and
     * four pre-order bookings in different states, booked one after the other.
     */
    beforeAll(async () => {
      const container = getContainer()
      const channel = await createStorefrontChannel(container)
      admin = await signInAsStaff(container, api)
      const [karakol] = await container.resolve("stock_location").listStockLocations({})
      const {
        result: [bishkek],
      } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [{ name: "OVOP shop, Bishkek", address: { address_1: "Chui avenue", country_code: "kg" } }],
        },
      })
      const { data } = await api.post("/admin/producer-groups", tosorApricotGroup(), admin)
      const size = (title: string, sku: string, manage_inventory = true) => ({
        title,
        sku,
        manage_inventory,
        options: { Size: title },
        prices: [{ currency_code: "kgs", amount: 450 }],
      })
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Apricot jam",
              status: "published",
              options: [{ title: "Size", values: ["250 g", "500 g", "1 kg", "Crate of 12"] }],
              variants: [
                size("250 g", "TOS-APRICOT-JAM-250G"),
                size("500 g", "TOS-APRICOT-JAM-500G"),
                size("1 kg", "TOS-APRICOT-JAM-1KG"),
                size("Crate of 12", "TOS-APRICOT-JAM-CRATE"),
              ],
              sales_channels: [{ id: channel.salesChannelId }],
            },
            {
              title: "Felt slippers",
              status: "published",
              options: [{ title: "Size", values: ["38"] }],
              variants: [size("38", "TOS-FELT-SLIPPERS-38", false)],
              sales_channels: [{ id: channel.salesChannelId }],
            },
          ],
          additional_data: { producer_group_id: data.producer_group.id },
        },
      })
      const idOf = (sku: string) =>
        products.flatMap((product) => product.variants).find((found) => found.sku === sku)?.id ?? ""
      variant.jar250 = idOf("TOS-APRICOT-JAM-250G")
      variant.jar500 = idOf("TOS-APRICOT-JAM-500G")
      variant.jar1kg = idOf("TOS-APRICOT-JAM-1KG")
      variant.crate = idOf("TOS-APRICOT-JAM-CRATE")
      variant.slippers = idOf("TOS-FELT-SLIPPERS-38")

      const { data: links } = await container.resolve("query").graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: [variant.jar250, variant.jar500, variant.jar1kg, variant.crate] },
      })
      const itemOf = (id: string) =>
        (links as unknown as { id: string; inventory_items: { inventory_item_id: string }[] }[]).find(
          (found) => found.id === id,
        )?.inventory_items[0]?.inventory_item_id ?? ""
      const level = (id: string, location: string | undefined, stocked_quantity: number) => ({
        inventory_item_id: itemOf(id),
        location_id: location ?? "",
        stocked_quantity,
      })
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: [
            level(variant.jar250, karakol?.id, 3),
            level(variant.jar500, karakol?.id, 12),
            level(variant.jar500, bishkek?.id, 2),
            level(variant.jar1kg, karakol?.id, 0),
            level(variant.crate, karakol?.id, 25),
          ],
        },
      })
      await container
        .resolve("inventory")
        .createReservationItems([
          { inventory_item_id: itemOf(variant.jar500), location_id: karakol?.id ?? "", quantity: 4 },
        ])

      const plan = async (lot_number: string, variant_id: string, expected_shipping_month: string) => {
        const { data: planned } = await api.post(
          "/admin/harvest-lots",
          { lot_number, variant_id, forecast_quantity: 120, expected_shipping_month },
          admin,
        )
        return planned.harvest_lot.id as string
      }
      lot.jamAutumn = await plan("TOS-2027-09", variant.jar250, "2027-10")
      lot.jamSummer = await plan("TOS-2027-07", variant.jar250, "2027-08")
      lot.bigJar = await plan("TOS-1KG-2027-07", variant.jar1kg, "2027-08")
      await api.post(`/admin/harvest-lots/${lot.bigJar}/transition`, { to: "in_production" }, admin)

      const harvest = container.resolve("harvest") as HarvestService
      const book = async (key: string, lot_id: string, variant_id: string, more: Record<string, unknown>) =>
        (await harvest.createPreorders({ key, lot_id, variant_id, cart_id: `cart_${key}`, ...more })).id
      booking.first = await book("first", lot.jamSummer, variant.jar250, {
        quantity: 2,
        order_id: "order_01AIGUL",
        status: "allocated",
        allocated_quantity: 2,
      })
      booking.second = await book("second", lot.jamSummer, variant.jar250, {
        quantity: 3,
        order_id: "order_02AIKO",
        status: "refund_due",
        refund_quantity: 3,
        if_short: "refund",
      })
      booking.third = await book("third", lot.jamSummer, variant.jar250, { quantity: 1, order_id: "order_03NURBEK" })
      booking.fourth = await book("fourth", lot.bigJar, variant.jar1kg, { quantity: 4 })
      await harvest.updateHarvestLots({ id: lot.jamSummer, preordered_quantity: 6, allocated_quantity: 2 })
      await harvest.updateHarvestLots({ id: lot.bigJar, preordered_quantity: 4 })
    })

    const preorders = (search: string) => api.get(`/admin/preorders${search}`, admin).catch(failure)
    const lowStock = (search = "") => api.get(`/admin/harvest/low-stock${search}`, admin).catch(failure)

    describe("staff only", () => {
      it.each(["/admin/preorders", "/admin/harvest/low-stock"])(
        "answers 401 without a staff session: %s",
        async (url) => {
          const response = await api.get(url).catch(failure)
          expect(response.status).toBe(401)
        },
      )
    })

    describe("GET /admin/preorders", () => {
      it("lists every booking oldest first, with its lot number and product and variant names", async () => {
        const { status, data } = await preorders("")
        expect(status).toBe(200)
        expect(data).toMatchObject({ count: 4, limit: 50, offset: 0 })
        expect(data.preorders.map((b: Booking) => b.id)).toEqual([
          booking.first,
          booking.second,
          booking.third,
          booking.fourth,
        ])
        expect(data.preorders[1]).toMatchObject({
          lot_number: "TOS-2027-07",
          product_title: "Apricot jam",
          variant_title: "250 g",
          variant_sku: "TOS-APRICOT-JAM-250G",
          status: "refund_due",
          quantity: 3,
          refund_quantity: 3,
          if_short: "refund",
          order_id: "order_02AIKO",
          // The order does not exist in this database: no number to show, and no error.
          order_display_id: null,
        })
        expect(data.preorders[3]).toMatchObject({ lot_number: "TOS-1KG-2027-07", variant_title: "1 kg" })
      })

      it.each([
        ["?status=waiting", ["third", "fourth"]],
        ["?status=waiting&status=refund_due", ["second", "third", "fourth"]],
        ["?status=allocated,refund_due", ["first", "second"]],
        ["?status=moved", []],
        ["?order_id=order_03NURBEK", ["third"]],
      ] as const)("filters by status and order: %s", async (search, expected) => {
        const { status, data } = await preorders(search)
        expect(status).toBe(200)
        expect(data.preorders.map((b: Booking) => b.id)).toEqual(expected.map((name) => booking[name]))
        expect(data.count).toBe(expected.length)
      })

      it("filters by lot and by variant, and pages with limit and offset", async () => {
        const byLot = await preorders(`?lot_id=${lot.bigJar}`)
        expect(byLot.data.preorders.map((b: Booking) => b.id)).toEqual([booking.fourth])
        const byVariant = await preorders(`?variant_id=${variant.jar250}&status=waiting`)
        expect(byVariant.data.preorders.map((b: Booking) => b.id)).toEqual([booking.third])
        const page = await preorders("?limit=2&offset=1")
        expect(page.data).toMatchObject({ count: 4, limit: 2, offset: 1 })
        expect(page.data.preorders.map((b: Booking) => b.id)).toEqual([booking.second, booking.third])
      })

      it.each([
        ["?status=pending", "status: 'pending' is not a pre-order status"],
        ["?status=waiting&status=lost", "status: 'lost'"],
        ["?limit=500", "limit"],
        ["?offset=-1", "offset"],
        ["?customer=aiko", "customer"],
      ])("answers 400 naming the field for %s", async (search, message) => {
        const response = await preorders(search)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(message)
      })
    })

    describe("GET /admin/harvest/low-stock", () => {
      it("lists managed variants with 10 or fewer on the shelf, lowest first, with the next lot coming", async () => {
        const { status, data } = await lowStock()
        expect(status).toBe(200)
        expect(data.threshold).toBe(10)
        expect(data.variants.map((row: LowStockRow) => [row.variant_title, row.on_shelf])).toEqual([
          ["1 kg", 0],
          ["250 g", 3],
          // 12 + 2 stocked at two warehouses, 4 reserved for an order.
          ["500 g", 10],
        ])
        expect(data.count).toBe(3)
        const [bigJar, smallJar, mediumJar] = data.variants as LowStockRow[]
        expect(smallJar).toMatchObject({
          product_title: "Apricot jam",
          sku: "TOS-APRICOT-JAM-250G",
          // The summer lot ships before the autumn one, though it was planned later.
          next_lot: {
            lot_number: "TOS-2027-07",
            status: "planned",
            forecast_quantity: 120,
            preordered_quantity: 6,
            expected_shipping_month: "2027-08",
          },
        })
        expect(bigJar?.next_lot).toMatchObject({ lot_number: "TOS-1KG-2027-07", status: "in_production" })
        expect(mediumJar?.next_lot).toBeNull()
      })

      it.each([
        ["?threshold=9", ["1 kg", "250 g"]],
        ["?threshold=0", ["1 kg"]],
        ["?threshold=10000", ["1 kg", "250 g", "500 g", "Crate of 12"]],
      ])("follows the threshold: %s", async (search, titles) => {
        const { status, data } = await lowStock(search)
        expect(status).toBe(200)
        expect(data.variants.map((row: LowStockRow) => row.variant_title)).toEqual(titles)
        // Felt slippers are made to order: no managed stock, never on this list.
        expect(data.variants.map((row: LowStockRow) => row.variant_id)).not.toContain(variant.slippers)
      })

      it.each(["?threshold=-1", "?threshold=10001", "?threshold=many", "?threshold=2.5", "?limit=5"])(
        "answers 400 naming the field for %s",
        async (search) => {
          const response = await lowStock(search)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(search.slice(1).split("=")[0])
        },
      )
    })

    describe("GET /admin/harvest-lots", () => {
      it("tells staff how much of each lot is pre-ordered and set aside", async () => {
        const { data } = await api.get(`/admin/harvest-lots?variant_id=${variant.jar250}`, admin)
        const summer = data.harvest_lots.find((found: { id: string }) => found.id === lot.jamSummer)
        expect(summer).toMatchObject({ forecast_quantity: 120, preordered_quantity: 6, allocated_quantity: 2 })
        const autumn = data.harvest_lots.find((found: { id: string }) => found.id === lot.jamAutumn)
        expect(autumn).toMatchObject({ preordered_quantity: 0, allocated_quantity: 0 })
      })
    })
  },
})
