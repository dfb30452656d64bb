import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { ensureWholesaleCatalogue } from "../../../backend/src/lib/wholesale-catalogue"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  readyToPay,
} from "../fixtures/checkout"
import { createWholesaleChannel, signUpCustomer } from "../fixtures/store"
import { backendDir } from "../setup/paths"

// biome-ignore lint/suspicious/noExplicitAny: the answers are read field by field
type Answer = { status: number; data: Record<string, any> }
type Headers = Record<string, string>

// Apricot jam 250 g: 1 070 yen retail; wholesale 640 / 590 / 535 yen a jar by tier, cases of 12, at least 2 cases.
const RETAIL_YEN = 1070
const TIER_YEN = [640, 590, 535]

const application = (company: string) => ({
  company_name: company,
  country_code: "JP",
  registration_number: "T1234567890123",
  contact_person: "Sato Hanako",
  expected_yearly_volume_usd: 40_000,
  preferred_language: "ja",
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let wholesale: Awaited<ReturnType<typeof createWholesaleChannel>>
    let variantId: string
    let staff: { headers: { authorization: string } }
    let importer: { customerId: string; authorization: string }
    let retailShopper: { customerId: string; authorization: string }
    let rejected: { customerId: string; authorization: string }

    const send = async (method: string, url: string, headers: Headers, body?: unknown): Promise<Answer> => {
      const answer = await api.request({ method, url, headers, data: body, validateStatus: () => true })
      return { status: answer.status, data: answer.data }
    }
    const japanId = () => shop.regions.Japan?.regionId ?? ""
    const retailKey = () => shop.store.headers
    const wholesaleKey = () => wholesale.headers

    /** The jam's price as Medusa's own product route answers it to `headers`. */
    const yenPriceFor = async (headers: Headers): Promise<number> => {
      const { status, data } = await send(
        "GET",
        `/store/products?region_id=${japanId()}&fields=id,*variants.calculated_price`,
        headers,
      )
      expect(status).toBe(200)
      type Variant = { id: string; calculated_price: { calculated_amount: number } }
      const variant = (data.products as { variants: Variant[] }[])
        .flatMap((product) => product.variants)
        .find((v) => v.id === variantId)
      if (!variant) throw new Error("the jam is not in the catalogue")
      return variant.calculated_price.calculated_amount
    }

    /** A wholesale cart of `quantity` jars, made with `headers`; the answer as it is. */
    const wholesaleCart = (headers: Headers, quantity: number) =>
      send(
        "POST",
        "/store/carts",
        { ...wholesaleKey(), ...headers },
        {
          region_id: japanId(),
          items: [{ variant_id: variantId, quantity }],
        },
      )

    /** `customer` applies for Kyoto Imports and staff approve. */
    const applyAndApprove = async (customer: { authorization: string }) => {
      const headers = { ...retailKey(), authorization: customer.authorization }
      const { data } = await send("POST", "/store/wholesale/applications", headers, application("Kyoto Imports"))
      const approved = await send(
        "POST",
        `/admin/wholesale/applications/${data.wholesale_application.id}/approve`,
        staff.headers,
        {},
      )
      expect(approved.status).toBe(200)
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [japanRegion()])
      wholesale = await createWholesaleChannel(container, shop)
      ;({ variantId } = await createStockedProduct(container, shop, {
        title: "Apricot jam",
        sku: "TOS-APRICOT-JAM-250G",
        size: "250 g",
        prices: [
          { currency_code: "jpy", amount: RETAIL_YEN },
          { currency_code: "usd", amount: 6.5 },
        ],
        stock: 5000,
      }))
      const { data: products } = await container.resolve("query").graph({
        entity: "product_variant",
        fields: ["product_id"],
        filters: { id: variantId },
      })
      await linkProductsToSalesChannelWorkflow(container).run({
        input: { id: wholesale.salesChannelId, add: [products[0]?.product_id as string] },
      })
      const offer = {
        variant_id: variantId,
        case_pack: 12,
        min_quantity: 24,
        tiers: { usd: [3.9, 3.58, 3.25], jpy: TIER_YEN },
      }
      const first = await ensureWholesaleCatalogue(container, [offer], { usd: 500, jpy: 75_000 })
      // A second run finds everything and makes nothing (the seed runs it on every start).
      const again = await ensureWholesaleCatalogue(container, [offer], { usd: 500, jpy: 75_000 })
      expect(first.created).toBeGreaterThan(0)
      expect(again.created).toBe(0)
      staff = await signInAsStaff(container, api)
      importer = await signUpCustomer(api, shop.store.headers["x-publishable-api-key"] ?? "", {
        email: "hanako@kyoto-imports.example.jp",
        first_name: "Hanako",
        last_name: "Sato",
      })
      retailShopper = await signUpCustomer(api, shop.store.headers["x-publishable-api-key"] ?? "", {
        email: "aigul@example.kg",
        first_name: "Aigul",
        last_name: "Asanova",
      })
      rejected = await signUpCustomer(api, shop.store.headers["x-publishable-api-key"] ?? "", {
        email: "buyer@unknown-trading.example.com",
        first_name: "Alex",
        last_name: "Moreau",
      })
    })

    describe("applying", () => {
      it("needs a signed-in customer", async () => {
        expect(
          (await send("POST", "/store/wholesale/applications", retailKey(), application("Kyoto Imports"))).status,
        ).toBe(401)
        expect((await send("GET", "/store/wholesale/applications", retailKey())).status).toBe(401)
      })

      it("names the field a buyer must correct", async () => {
        const headers = { ...retailKey(), authorization: importer.authorization }
        const noCompany = await send("POST", "/store/wholesale/applications", headers, {
          ...application(""),
        })
        expect(noCompany.status).toBe(400)
        expect(noCompany.data.message).toContain("company_name")
        const badCountry = await send("POST", "/store/wholesale/applications", headers, {
          ...application("Kyoto Imports"),
          country_code: "ZZ",
        })
        expect(badCountry.status).toBe(400)
        expect(badCountry.data.message).toContain("country_code")
        const unknownField = await send("POST", "/store/wholesale/applications", headers, {
          ...application("Kyoto Imports"),
          status: "approved",
        })
        expect(unknownField.status).toBe(400)
      })
    })

    describe("apply -> approve -> prices visible", () => {
      // Every test starts from the state after beforeAll (Medusa's runner restores the database).
      it("shows wholesale prices to no one before approval, and to the approved buyer on the wholesale channel", async () => {
        const headers = { ...retailKey(), authorization: importer.authorization }
        const { status, data } = await send(
          "POST",
          "/store/wholesale/applications",
          headers,
          application("Kyoto Imports"),
        )
        expect(status).toBe(201)
        expect(data.wholesale_application).toMatchObject({
          status: "pending",
          country_code: "jp",
          company_name: "Kyoto Imports",
        })
        expect(data.wholesale_application.decided_by).toBeUndefined()
        const applicationId: string = data.wholesale_application.id
        const twice = await send("POST", "/store/wholesale/applications", headers, application("Kyoto Imports"))
        expect(twice.status).toBe(409)
        const mine = await send("GET", "/store/wholesale/applications", headers)
        expect(mine.data.wholesale_applications.map((a: { id: string }) => a.id)).toEqual([applicationId])
        const askers: Headers[] = [
          retailKey(),
          wholesaleKey(),
          { ...retailKey(), authorization: importer.authorization },
          { ...wholesaleKey(), authorization: importer.authorization },
          { ...wholesaleKey(), authorization: retailShopper.authorization },
        ]
        for (const headers of askers) expect(await yenPriceFor(headers)).toBe(RETAIL_YEN)
        for (const fields of ["*variants.prices", "variants.prices.amount", "+variants.price_set.prices"]) {
          const raw = await send("GET", `/store/products?fields=${fields}`, wholesaleKey())
          expect(raw.status, fields).toBe(400)
          expect(raw.data.message).toContain(`fields: ${fields.replace(/^[+*]/, "")}`)
        }
        const refused = await wholesaleCart({ authorization: importer.authorization }, 24)
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({ code: "wholesale_buyers_only" })
        expect((await wholesaleCart({}, 24)).data.code).toBe("wholesale_buyers_only")
        const pending = await send("GET", "/admin/wholesale/applications?status=pending", staff.headers)
        expect(pending.status).toBe(200)
        expect(pending.data.wholesale_applications.map((a: { id: string }) => a.id)).toContain(applicationId)
        const approval = await send("POST", `/admin/wholesale/applications/${applicationId}/approve`, staff.headers, {})
        expect(approval.status).toBe(200)
        expect(approval.data.wholesale_application).toMatchObject({
          status: "approved",
          company_id: approval.data.company.id,
        })
        expect(approval.data.company).toMatchObject({
          name: "Kyoto Imports",
          country_code: "jp",
          payment_terms: "prepayment",
        })
        const again = await send("POST", `/admin/wholesale/applications/${applicationId}/approve`, staff.headers, {})
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("the application is already approved")
        const customers = getContainer().resolve("customer")
        const [member] = await customers.listCustomers({ id: importer.customerId }, { relations: ["groups"] })
        expect(member?.groups?.map((g: { name: string | null }) => g.name)).toEqual(["Wholesale"])
        const emails = await getContainer()
          .resolve("notification")
          .listNotifications({ resource_id: applicationId, trigger_type: "wholesale_application.approved" })
        expect(emails).toHaveLength(1)
        expect(emails[0]?.to).toBe("hanako@kyoto-imports.example.jp")
        expect((emails[0]?.data as { subject?: string } | undefined)?.subject).toBe(
          "イシク・クルOVOP 卸売アカウント開設のお知らせ",
        )
        expect(await yenPriceFor({ ...wholesaleKey(), authorization: importer.authorization })).toBe(TIER_YEN[0])
        // The same buyer shopping retail pays retail; nobody else sees the list.
        expect(await yenPriceFor({ ...retailKey(), authorization: importer.authorization })).toBe(RETAIL_YEN)
        expect(await yenPriceFor({ ...wholesaleKey(), authorization: retailShopper.authorization })).toBe(RETAIL_YEN)
        expect(await yenPriceFor(wholesaleKey())).toBe(RETAIL_YEN)
      })

      it("prices a wholesale cart by volume tier and enforces cases and minimums", async () => {
        await applyAndApprove(importer)
        const buyer = { authorization: importer.authorization }
        const notCases = await wholesaleCart(buyer, 30)
        expect(notCases.status).toBe(400)
        expect(notCases.data).toMatchObject({
          code: "not_whole_cases",
          params: { quantity: 30, case_pack: 12, product: "Apricot jam 250 g" },
        })
        expect(notCases.data.message).toBe("Apricot jam 250 g is sold in cases of 12; 30 is not a multiple of 12")
        const tooFew = await wholesaleCart(buyer, 12)
        expect(tooFew.data).toMatchObject({ code: "below_minimum_quantity", params: { minimum: 24 } })

        const made = await wholesaleCart(buyer, 144)
        expect(made.status).toBe(200)
        const cart = made.data.cart
        expect(cart.items[0].unit_price).toBe(TIER_YEN[1])
        const headers = { ...wholesaleKey(), ...buyer }
        const line = cart.items[0].id
        const raised = await send("POST", `/store/carts/${cart.id}/line-items/${line}`, headers, { quantity: 576 })
        expect(raised.status).toBe(200)
        expect(raised.data.cart.items[0].unit_price).toBe(TIER_YEN[2])
        const broken = await send("POST", `/store/carts/${cart.id}/line-items/${line}`, headers, { quantity: 580 })
        expect(broken.data.code).toBe("not_whole_cases")
        const added = await send("POST", `/store/carts/${cart.id}/line-items`, headers, {
          variant_id: variantId,
          quantity: 5,
        })
        expect(added.data).toMatchObject({ code: "not_whole_cases", params: { quantity: 581 } })
      })

      it("answers the quick-order grid's offers to an approved buyer: case pack, minimum, tiers in cases", async () => {
        await applyAndApprove(importer)
        const headers = { ...wholesaleKey(), authorization: importer.authorization }
        const yen = await send("GET", "/store/wholesale/offers?currency_code=jpy", headers)
        expect(yen.status).toBe(200)
        expect(yen.data).toEqual({
          currency_code: "jpy",
          minimum_order_value: 75_000,
          offers: [
            {
              variant_id: variantId,
              product_id: expect.any(String),
              sku: "TOS-APRICOT-JAM-250G",
              case_pack: 12,
              min_quantity: 24,
              // The list's unit ranges 1-132, 133-564, 565+ given back as cases.
              tiers: [
                { min_cases: 1, max_cases: 11, amount: TIER_YEN[0] },
                { min_cases: 12, max_cases: 47, amount: TIER_YEN[1] },
                { min_cases: 48, max_cases: null, amount: TIER_YEN[2] },
              ],
              // 5 000 jars on the shelf are 416 whole cases; no lot is planned.
              on_shelf: 4992,
              coming_lot: null,
            },
          ],
        })
        const dollars = await send("GET", "/store/wholesale/offers?currency_code=usd", headers)
        expect(dollars.data.minimum_order_value).toBe(500)
        expect(dollars.data.offers[0].tiers.map((tier: { amount: number }) => tier.amount)).toEqual([3.9, 3.58, 3.25])
        const euros = await send("GET", "/store/wholesale/offers?currency_code=eur", headers)
        expect(euros.status).toBe(400)
        expect(euros.data.message).toBe(
          "Invalid request: Expected: 'usd, jpy' for field 'currency_code', but got: 'eur'",
        )
        const retail = { ...wholesaleKey(), authorization: retailShopper.authorization }
        expect((await send("GET", "/store/wholesale/offers?currency_code=jpy", retail)).status).toBe(403)
      })

      it("refuses the order below the minimum order value at checkout", async () => {
        await applyAndApprove(importer)
        const buyer = { authorization: importer.authorization }
        const made = await wholesaleCart(buyer, 24)
        expect(made.status).toBe(200)
        // 24 jars x 640 yen = 15 360 yen, below the 75 000 yen minimum.
        await readyToPay(api, { ...shop, store: { headers: { ...wholesaleKey(), ...buyer } } }, made.data.cart.id, {
          region: "Japan",
        })
        const completed = await send("POST", `/store/carts/${made.data.cart.id}/complete`, {
          ...wholesaleKey(),
          ...buyer,
        })
        expect(completed.status).toBe(400)
        expect(completed.data).toMatchObject({
          code: "below_minimum_order_value",
          params: { total: 15_360, minimum: 75_000, currency: "JPY" },
        })
      })

      it("keeps a retail cart out of the wholesale channel", async () => {
        const { data } = await send(
          "POST",
          "/store/carts",
          { ...retailKey(), authorization: retailShopper.authorization },
          { region_id: japanId() },
        )
        const moved = await send(
          "POST",
          `/store/carts/${data.cart.id}`,
          { ...retailKey(), authorization: retailShopper.authorization },
          { sales_channel_id: wholesale.salesChannelId },
        )
        expect(moved.status).toBeGreaterThanOrEqual(400)
        expect(moved.status).toBeLessThan(500)
      })
    })

    describe("reject with a reason", () => {
      it("tells the applicant why, and keeps them out", async () => {
        const headers = { ...retailKey(), authorization: rejected.authorization }
        const { data } = await send("POST", "/store/wholesale/applications", headers, {
          ...application("Unknown Trading"),
          country_code: "fr",
          preferred_language: "en",
        })
        const id = data.wholesale_application.id
        const noReason = await send("POST", `/admin/wholesale/applications/${id}/reject`, staff.headers, {})
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")
        const reason = "We could not verify the registration number with the French company register."
        const { status, data: decided } = await send(
          "POST",
          `/admin/wholesale/applications/${id}/reject`,
          staff.headers,
          {
            reason,
          },
        )
        expect(status).toBe(200)
        expect(decided.wholesale_application).toMatchObject({ status: "rejected", rejection_reason: reason })
        const approveAfter = await send("POST", `/admin/wholesale/applications/${id}/approve`, staff.headers, {})
        expect(approveAfter.status).toBe(400)
        const emails = await getContainer()
          .resolve("notification")
          .listNotifications({ resource_id: id, trigger_type: "wholesale_application.rejected" })
        expect(emails).toHaveLength(1)
        expect((emails[0]?.data as { text?: string } | undefined)?.text).toContain(reason)
        const mine = await send("GET", "/store/wholesale/applications", headers)
        expect(mine.data.wholesale_applications[0]).toMatchObject({ status: "rejected", rejection_reason: reason })
        expect(await yenPriceFor({ ...wholesaleKey(), authorization: rejected.authorization })).toBe(RETAIL_YEN)
        expect((await wholesaleCart({ authorization: rejected.authorization }, 24)).data.code).toBe(
          "wholesale_buyers_only",
        )
      })
    })
  },
})
