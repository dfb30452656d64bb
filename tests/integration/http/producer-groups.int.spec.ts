import { createProductsWorkflow, createRegionsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import { staffOnlyFields, tosorApricotGroup } from "../fixtures/producer-groups"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

type ApiError = { response: { status: number; data: { message: string } } }
const failure = (error: ApiError) => error.response

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, keys)
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) {
      keys.add(key)
      keysOf(child, keys)
    }
  return keys
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: { authorization: string } }
    let store: { headers: Record<string, string> }
    let salesChannelId: string

    beforeAll(async () => {
      const channel = await createStorefrontChannel(getContainer())
      salesChannelId = channel.salesChannelId
      store = { headers: { "x-publishable-api-key": channel.publishableKey } }
    })

    const createGroupWithProduct = async (overrides: Record<string, unknown> = {}) => {
      admin = await signInAsStaff(getContainer(), api)
      const { data } = await api.post("/admin/producer-groups", tosorApricotGroup(overrides), admin)
      const group = data.producer_group
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Apricot jam",
              handle: "apricot-jam",
              status: "published",
              options: [{ title: "Size", values: ["250 g"] }],
              variants: [
                {
                  title: "250 g",
                  options: { Size: "250 g" },
                  manage_inventory: false,
                  prices: [{ currency_code: "usd", amount: 6.5 }],
                },
              ],
              sales_channels: [{ id: salesChannelId }],
            },
          ],
          additional_data: { producer_group_id: group.id },
        },
      })
      return { group, product: result[0] }
    }

    describe("POST /admin/producer-groups", () => {
      it("creates a group with its translations and staff fields", async () => {
        const created = await createGroupWithProduct()
        const { data } = await api.get(`/admin/producer-groups/${created.group.id}`, admin)
        const group = data.producer_group
        expect(created.group.handle).toBe("tosor-apricot-women")
        expect(group).toMatchObject({
          handle: "tosor-apricot-women",
          member_count: 14,
          women_member_count: 12,
          status: "active",
          leader_phone: "+996 555 123 456",
          certificate_state: "valid",
          brand_certified: true,
        })
        expect(group.translations.ja.name).toBe("トソール杏女性グループ")
        expect(group.products.map((p: { handle: string }) => p.handle)).toEqual(["apricot-jam"])
      })

      it.each([
        ["a missing name", { name: undefined }, "name"],
        ["negative members", { member_count: -1 }, "member_count"],
        ["more women than members", { member_count: 5, women_member_count: 6 }, "women_member_count"],
        ["an unknown locale", { translations: { de: { name: "Aprikosen" } } }, "translations.de"],
        [
          "a certificate ending before it starts",
          { certificate: { number: "IK-1", issuer: "Committee", valid_from: "2025-05-01", valid_to: "2025-01-01" } },
          "certificate.valid_to",
        ],
      ])("answers 400 naming the field for %s, writing nothing", async (_case, overrides, field) => {
        admin = await signInAsStaff(getContainer(), api)
        const body = { ...tosorApricotGroup(), ...overrides }
        const response = await api.post("/admin/producer-groups", body, admin).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        const { data } = await api.get("/admin/producer-groups", admin)
        expect(data.count).toBe(0)
      })

      it("answers 400 for a duplicate handle and keeps the first group as it was", async () => {
        await createGroupWithProduct()
        const response = await api
          .post("/admin/producer-groups", tosorApricotGroup({ name: "Another group" }), admin)
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("handle")
        const { data } = await api.get("/admin/producer-groups", admin)
        expect(data.producer_groups.map((g: { name: string }) => g.name)).toEqual(["Tosor Apricot Women's Group"])
      })

      it("answers 401 without a staff session", async () => {
        const response = await api.post("/admin/producer-groups", tosorApricotGroup()).catch(failure)
        expect(response.status).toBe(401)
      })
    })

    describe("the default commission (store settings)", () => {
      it("is 15 % until staff set it; a new group without a rate of its own gets it, existing groups keep theirs", async () => {
        admin = await signInAsStaff(getContainer(), api)
        const first = await api.get("/admin/payouts/settings", admin)
        expect(first.data.payout_settings).toEqual({ default_commission_rate: 0.15 })
        const { commission_rate: _ignored, ...withoutRate } = tosorApricotGroup()
        const before = (await api.post("/admin/producer-groups", withoutRate, admin)).data.producer_group

        const set = await api.post("/admin/payouts/settings", { default_commission_rate: 0.12 }, admin)
        expect(set.data.payout_settings).toEqual({ default_commission_rate: 0.12 })
        const after = (
          await api.post(
            "/admin/producer-groups",
            { ...withoutRate, handle: "karakol-bakers", name: "Karakol bakers" },
            admin,
          )
        ).data.producer_group
        const own = (
          await api.post(
            "/admin/producer-groups",
            { ...withoutRate, handle: "tamga-felt", name: "Tamga felt", commission_rate: 0.1 },
            admin,
          )
        ).data.producer_group
        expect(Number(after.commission_rate)).toBe(0.12)
        expect(Number(own.commission_rate)).toBe(0.1)
        const unchanged = (await api.get(`/admin/producer-groups/${before.id}`, admin)).data.producer_group
        expect(Number(unchanged.commission_rate)).toBe(0.15)
        // The store's other settings are kept.
        const [shop] = await getContainer()
          .resolve("store")
          .listStores({}, { select: ["metadata"] })
        expect(shop?.metadata).toMatchObject({ ovop_default_commission_rate: 0.12 })
      })

      it("refuses a rate above 50 % or not a number, naming the field, and keeps the old one", async () => {
        admin = await signInAsStaff(getContainer(), api)
        for (const body of [{ default_commission_rate: 0.9 }, { default_commission_rate: "15%" }, {}]) {
          const refused = await api.post("/admin/payouts/settings", body, admin).catch(failure)
          expect(refused.status).toBe(400)
          expect((refused as { data: { message: string } }).data.message).toMatch(/default_commission_rate/)
        }
        expect((await api.get("/admin/payouts/settings", admin)).data.payout_settings.default_commission_rate).toBe(
          0.15,
        )
      })
    })

    describe("POST /admin/producer-groups/:id", () => {
      it("rejects an update that leaves more women than members, and changes nothing", async () => {
        const { group } = await createGroupWithProduct()
        const response = await api
          .post(`/admin/producer-groups/${group.id}`, { member_count: 10, translations: { ru: { craft: "—" } } }, admin)
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("women_member_count")
        const { data } = await api.get(`/admin/producer-groups/${group.id}`, admin)
        expect(data.producer_group.member_count).toBe(14)
        expect(data.producer_group.translations.ru.craft).toBe("Абрикосовое и облепиховое варенье")
      })

      it("merges translations field by field", async () => {
        const { group } = await createGroupWithProduct()
        await api.post(
          `/admin/producer-groups/${group.id}`,
          { translations: { ky: { story: "Тосордун аялдары." } } },
          admin,
        )
        const { data } = await api.get(`/admin/producer-groups/${group.id}`, admin)
        expect(data.producer_group.translations.ky).toMatchObject({
          name: "Тосор өрүк аялдар тобу",
          story: "Тосордун аялдары.",
        })
      })

      it("pauses and resumes a group; a paused group leaves the store", async () => {
        const { group } = await createGroupWithProduct()
        const paused = await api.post(`/admin/producer-groups/${group.id}/pause`, {}, admin)
        expect(paused.data.producer_group.status).toBe("paused")
        const hidden = await api.get(`/store/producer-groups/${group.handle}`, store).catch(failure)
        expect(hidden.status).toBe(404)
        await api.post(`/admin/producer-groups/${group.id}/resume`, {}, admin)
        const shown = await api.get(`/store/producer-groups/${group.handle}`, store)
        expect(shown.data.producer_group.id).toBe(group.id)
      })
    })

    describe("store routes", () => {
      it.each([
        ["ja", "トソール杏女性グループ", "トソール村の女性12人が、自分たちの果樹園の杏を銅鍋で煮ています。"],
        [
          "ru",
          "Женская группа «Абрикос» из Тосора",
          "Двенадцать женщин из Тосора варят абрикосы из своих садов в медных тазах.",
        ],
        // Kyrgyz has no story yet: it falls back to Russian, not English.
        ["ky", "Тосор өрүк аялдар тобу", "Двенадцать женщин из Тосора варят абрикосы из своих садов в медных тазах."],
        [
          "en",
          "Tosor Apricot Women's Group",
          "Twelve women of Tosor cook the apricots of their own orchards in copper pans.",
        ],
      ])("GET /store/producer-groups/:handle?locale=%s answers in that language", async (locale, name, story) => {
        await createGroupWithProduct()
        const { data } = await api.get(`/store/producer-groups/tosor-apricot-women?locale=${locale}`, store)
        expect(data.producer_group).toMatchObject({ name, story, brand_certified: true })
        expect(data.producer_group.products.map((p: { handle: string }) => p.handle)).toEqual(["apricot-jam"])
      })

      it("names the certificate's issuer in the reader's language, English where none is written", async () => {
        await createGroupWithProduct({
          translations: {
            ja: { name: "トソール杏女性グループ", certificate_issuer: "イシク・クル・ブランド認証委員会" },
            ru: { certificate_issuer: "Комитет по сертификации бренда «Иссык-Куль»" },
          },
        })
        const issuer = async (locale: string) =>
          (await api.get(`/store/producer-groups/tosor-apricot-women?locale=${locale}`, store)).data.producer_group
            .certificate_issuer
        expect(await issuer("ja")).toBe("イシク・クル・ブランド認証委員会")
        // Kyrgyz falls back to Russian.
        expect(await issuer("ky")).toBe("Комитет по сертификации бренда «Иссык-Куль»")
        expect(await issuer("en")).toBe("Issyk-Kul Brand Certification Committee")
      })

      it("never returns a staff-only field, through any store route", async () => {
        const { product } = await createGroupWithProduct()
        const responses = [
          await api.get("/store/producer-groups", store),
          await api.get("/store/producer-groups/tosor-apricot-women?locale=ky", store),
          await api.get("/store/products?fields=*producer_group", store),
          await api.get(`/store/products/${product?.id}?fields=producer_group.*,producer_group.leader_phone`, store),
        ]
        for (const response of responses) {
          expect(response.status).toBe(200)
          const keys = keysOf(response.data)
          for (const field of staffOnlyFields)
            expect({ field, present: keys.has(field) }).toEqual({ field, present: false })
        }
        const withGroup = await api.get(
          `/store/products/${product?.id}?fields=producer_group.name,producer_group.handle`,
          store,
        )
        expect(withGroup.data.product.producer_group).toMatchObject({
          name: "Tosor Apricot Women's Group",
          handle: "tosor-apricot-women",
        })
      })

      it("drops the brand badge when the certificate has expired", async () => {
        await createGroupWithProduct({
          certificate: { number: "IK-2020-003", issuer: "Committee", valid_from: "2020-01-01", valid_to: "2023-12-31" },
        })
        const { data } = await api.get("/store/producer-groups/tosor-apricot-women", store)
        expect(data.producer_group.brand_certified).toBe(false)
      })

      it("answers 400 for a language the store does not speak", async () => {
        const response = await api.get("/store/producer-groups?locale=de", store).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("locale")
      })

      it("answers 404 for an unknown handle", async () => {
        const response = await api.get("/store/producer-groups/no-such-group", store).catch(failure)
        expect(response.status).toBe(404)
      })
    })

    describe("POST /admin/products/:id/producer-group", () => {
      it("moves a product to another group, keeping exactly one", async () => {
        const { product } = await createGroupWithProduct()
        const { data: other } = await api.post(
          "/admin/producer-groups",
          tosorApricotGroup({ handle: "barskoon-dried-fruit", name: "Barskoon Dried Fruit", translations: {} }),
          admin,
        )
        await api.post(
          `/admin/products/${product?.id}/producer-group`,
          { producer_group_id: other.producer_group.id },
          admin,
        )
        const { data } = await api.get(`/admin/products/${product?.id}/producer-group`, admin)
        expect(data.producer_group.handle).toBe("barskoon-dried-fruit")
        const first = await api.get("/store/producer-groups/tosor-apricot-women", store)
        expect(first.data.producer_group.products).toEqual([])
      })

      it("links a product created through the admin API to the group it names", async () => {
        const { group } = await createGroupWithProduct()
        const { data } = await api.post(
          "/admin/products",
          {
            title: "Sea-buckthorn jam",
            options: [{ title: "Size", values: ["250 g"] }],
            variants: [{ title: "250 g", options: { Size: "250 g" }, prices: [{ currency_code: "usd", amount: 7 }] }],
            additional_data: { producer_group_id: group.id },
          },
          admin,
        )
        const linked = await api.get(`/admin/products/${data.product.id}/producer-group`, admin)
        expect(linked.data.producer_group.id).toBe(group.id)
      })

      it.each([
        ["a missing title", { title: undefined }, "title"],
        ["a duplicate handle", { handle: "apricot-jam" }, "apricot-jam"],
      ])("answers 4xx for a product with %s, naming it, and creates nothing", async (_case, overrides, named) => {
        const { group } = await createGroupWithProduct()
        const body = {
          title: "Sea-buckthorn jam",
          options: [{ title: "Size", values: ["250 g"] }],
          variants: [{ title: "250 g", options: { Size: "250 g" }, prices: [{ currency_code: "usd", amount: 7 }] }],
          additional_data: { producer_group_id: group.id },
          ...overrides,
        }
        const response = await api.post("/admin/products", body, admin).catch(failure)
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
        expect(response.data.message).toContain(named)
        const { data } = await api.get("/admin/products?limit=50", admin)
        expect(data.products).toHaveLength(1)
      })

      it("answers 404 for an unknown group", async () => {
        const { product } = await createGroupWithProduct()
        const response = await api
          .post(`/admin/products/${product?.id}/producer-group`, { producer_group_id: "pgrp_missing" }, admin)
          .catch(failure)
        expect(response.status).toBe(404)
      })
    })

    describe("buying from a group", () => {
      const addToNewCart = async (variantId: string) => {
        const [existing] = await getContainer().resolve("region").listRegions({ name: "International" })
        const region =
          existing ??
          (
            await createRegionsWorkflow(getContainer()).run({
              input: { regions: [{ name: "International", currency_code: "usd", countries: ["us"] }] },
            })
          ).result[0]
        const { data } = await api.post("/store/carts", { region_id: region?.id }, store)
        return api
          .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, store)
          .catch(failure)
      }
      const variantOf = async (productId: string | undefined) => {
        const { data } = await api.get(`/store/products/${productId}?fields=*variants`, store)
        return data.product.variants[0].id as string
      }

      it("sells a certified group's product", async () => {
        const { product } = await createGroupWithProduct()
        const response = await addToNewCart(await variantOf(product?.id))
        expect({ status: response.status, message: response.data.message }).toEqual({ status: 200, message: undefined })
      })

      it("refuses a paused group's product with a reason the shopper can read", async () => {
        const { group, product } = await createGroupWithProduct()
        const variantId = await variantOf(product?.id)
        await api.post(`/admin/producer-groups/${group.id}/pause`, {}, admin)
        const response = await addToNewCart(variantId)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("has paused its sales")
      })

      it("takes products off sale when the certificate expired and the store setting is on", async () => {
        const expired = { number: "IK-2020-003", issuer: "Committee", valid_from: "2020-01-01", valid_to: "2023-12-31" }
        const { product } = await createGroupWithProduct({ certificate: expired })
        const variantId = await variantOf(product?.id)
        const beforeSetting = await addToNewCart(variantId)
        expect({ status: beforeSetting.status, message: beforeSetting.data.message }).toEqual({
          status: 200,
          message: undefined,
        })
        const [storeRecord] = await getContainer().resolve("store").listStores()
        await updateStoresWorkflow(getContainer()).run({
          input: {
            selector: { id: storeRecord?.id ?? "" },
            update: { metadata: { ovop_off_sale_when_certificate_expired: true } },
          },
        })
        const response = await addToNewCart(variantId)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("certificate")
      })
    })
  },
})
