import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import { createCheckoutShop, createStockedProduct, kyrgyzRegion, shopperCart } from "../fixtures/checkout"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { createStorefrontChannel } from "../fixtures/store"
import { bodyValues, corpusPlan, ESSENTIAL_LABELS, malformedBodies, pathValues, queryValues } from "../fuzz/corpus"
import { type RawRequest, sendRaw } from "../fuzz/raw-client"
import { projectRoutes } from "../fuzz/route-files"
import { type FuzzShop, type RouteCase, routeKey, routeTable } from "../fuzz/route-table"
import { changedTables, createStateReader } from "../fuzz/state"
import { backendDir } from "../setup/paths"

/**
 * The route fuzz: every route the project adds (found by walking backend/src/api, so a new route
 * file fails this test until it has its line in fuzz/route-table.ts) and Medusa's cart, line-item,
 * order, customer and auth routes our rules touch, each sent the corpus of fuzz/corpus.ts one
 * change at a time. Nothing may answer 5xx; a refused request (4xx) and every GET must leave the
 * database exactly as it was (row counts of every table, every row of the shop's own tables and
 * the carts'); on the project's routes a value the corpus marks as bad must be refused, and a 400
 * names the field.
 */

/** A month (1-12) that is not the current one in Bishkek: the product is out of season now. */
const offSeasonMonth = () => {
  const month = Number(new Intl.DateTimeFormat("en", { month: "numeric", timeZone: "Asia/Bishkek" }).format(new Date()))
  return ((month + 5) % 12) + 1
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const shop = {} as FuzzShop
    let origin = ""

    beforeAll(async () => {
      const container = getContainer()
      origin = String(api.defaults.baseURL)
      const checkout = await createCheckoutShop(container, [kyrgyzRegion()])
      const region = checkout.regions.Kyrgyzstan
      if (!region) throw new Error("no Kyrgyz region")
      shop.retailKey = checkout.store.headers["x-publishable-api-key"] ?? ""
      shop.wholesaleKey = (await createStorefrontChannel(container, "Export wholesale")).publishableKey
      shop.regionId = region.regionId
      shop.shippingOptionId = region.shippingOptionId
      const admin = await signInAsStaff(container, api as never)
      shop.adminToken = admin.headers.authorization.replace(/^Bearer /, "")

      const { data: created } = await api.post("/admin/producer-groups", tosorApricotGroup(), admin)
      shop.groupId = created.producer_group.id
      shop.groupHandle = created.producer_group.handle
      const stocked = await createStockedProduct(container, checkout, {
        title: "Apricot jam",
        sku: "TOS-APRICOT-JAM-250G",
        size: "250 g",
        prices: [{ currency_code: "kgs", amount: 450 }],
        stock: 500,
      })
      shop.stockedVariantId = stocked.variantId
      shop.productId = stocked.productId
      const preorder = await createStockedProduct(container, checkout, {
        title: "Sea-buckthorn jam",
        sku: "TEP-SEABUCKTHORN-250G",
        size: "250 g",
        prices: [{ currency_code: "kgs", amount: 520 }],
        stock: 0,
        metadata: { season_months: [offSeasonMonth()] },
      })
      shop.preorderVariantId = preorder.variantId
      for (const productId of [stocked.productId, preorder.productId]) {
        await api.post(`/admin/products/${productId}/producer-group`, { producer_group_id: shop.groupId }, admin)
      }
      const harvest = container.resolve("harvest") as {
        createHarvestLots: (data: Record<string, unknown>) => Promise<{ id: string }>
      }
      shop.lotId = (
        await harvest.createHarvestLots({
          lot_number: "TEP-2027-08",
          variant_id: preorder.variantId,
          producer_group_id: shop.groupId,
          forecast_quantity: 1000,
          expected_shipping_month: "2027-08",
        })
      ).id

      const store = { headers: { "x-publishable-api-key": shop.retailKey } }
      const email = "shopper@example.kg"
      const password = "apricots-in-july"
      const { data: identity } = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post(
        "/store/customers",
        { email, first_name: "Aigul", last_name: "Asanova" },
        { headers: { ...store.headers, authorization: `Bearer ${identity.token}` } },
      )
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      shop.customerToken = login.token
      const customer = { headers: { ...store.headers, authorization: `Bearer ${shop.customerToken}` } }
      const { data: withAddress } = await api.post(
        "/store/customers/me/addresses",
        {
          first_name: "Aigul",
          last_name: "Asanova",
          address_1: "Toktogul street 112",
          city: "Karakol",
          country_code: "kg",
        },
        customer,
      )
      shop.addressId = withAddress.customer.addresses[0].id

      const items = [{ variant_id: shop.stockedVariantId, quantity: 1 }]
      shop.cartId = await shopperCart(api as never, checkout, { region: "Kyrgyzstan", buyer: 1, items })
      const { data: cart } = await api.get(`/store/carts/${shop.cartId}`, store)
      shop.lineItemId = cart.cart.items[0].id
      shop.unreadyCartId = await shopperCart(api as never, checkout, { region: "Kyrgyzstan", buyer: 2, items })
    })

    it("knows every route the project adds (a route file without a line in fuzz/route-table.ts fails here)", () => {
      const found = projectRoutes(path.join(backendDir, "src", "api"))
      const unknown = found.filter((route) => !routeTable[routeKey(route.method, route.path)])
      expect(found.length).toBeGreaterThan(15)
      expect(unknown.map((route) => `${routeKey(route.method, route.path)} (${route.file})`)).toEqual([])
    })

    it("answers every fuzzed request without a 5xx, refuses bad values naming the field, and changes nothing it refuses", async () => {
      const sql = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as never
      const readState = await createStateReader(sql)
      let state = await readState()
      const failures: string[] = []
      let sentCount = 0

      const send = async (method: string, { request, ...expectation }: FuzzRequest) => {
        const response = await sendRaw(origin, request)
        sentCount++
        const message = response.json?.message ?? response.text
        const label = `${expectation.description} -> ${response.status} ${message.slice(0, 160)}`
        if (response.status >= 500 || response.status < 200) failures.push(`5xx: ${label}`)
        if (expectation.refused && (response.status < 400 || response.status >= 500))
          failures.push(`not refused: ${label}`)
        if (
          expectation.refused &&
          expectation.field &&
          response.status === 400 &&
          !message.includes(expectation.field)
        ) {
          failures.push(`400 does not name '${expectation.field}': ${label}`)
        }
        // A GET changes nothing: checked once the route's requests are all sent.
        if (method === "GET") return
        const after = await readState()
        const changed = changedTables(state, after)
        if (changed.length && response.status >= 400) failures.push(`changed ${changed.join(", ")}: ${label}`)
        state = after
      }

      for (const [key, route] of Object.entries(routeTable)) {
        const [method = "GET", template = "/"] = key.split(" ")
        const requests = routeRequests(method, template, route, shop)
        if (method !== "GET") {
          for (const request of requests) await send(method, request)
        } else {
          // Reads in parallel, four at a time; the database is compared once they are all answered.
          const queue = [...requests]
          const worker = async () => {
            for (let next = queue.shift(); next; next = queue.shift()) await send(method, next)
          }
          await Promise.all([worker(), worker(), worker(), worker()])
          const after = await readState()
          const changed = changedTables(state, after)
          if (changed.length) failures.push(`changed ${changed.join(", ")}: ${key} (a GET)`)
          state = after
        }
      }
      // One line per failure, so the report says what to fix.
      expect(failures, `${failures.length} of ${sentCount} requests failed`).toEqual([])
      // About a minute on an idle machine; the margin is for a machine shared with other test runs.
    }, 300_000)
  },
})

/** The headers of a valid request of the route's audience. */
function credentials(route: RouteCase, shop: FuzzShop): Record<string, string> {
  const storeKey = { "x-publishable-api-key": shop.retailKey }
  switch (route.audience) {
    case "store":
      return storeKey
    case "customer":
      return { ...storeKey, authorization: `Bearer ${shop.customerToken}` }
    case "admin":
      return { authorization: `Bearer ${shop.adminToken}` }
    default:
      return {}
  }
}

/** Credentials that are not the route's: missing, wrong, another channel's, another audience's. */
function foreignCredentials(
  route: RouteCase,
  shop: FuzzShop,
): { label: string; headers: Record<string, string>; refused: boolean }[] {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
  switch (route.audience) {
    case "store":
      return [
        { label: "no publishable key", headers: {}, refused: true },
        {
          label: "unknown publishable key",
          headers: { "x-publishable-api-key": "pk_0000000000000000" },
          refused: true,
        },
        { label: "wholesale key", headers: { "x-publishable-api-key": shop.wholesaleKey }, refused: false },
        { label: "admin token, no key", headers: bearer(shop.adminToken), refused: true },
      ]
    case "customer":
      return [
        { label: "no customer token", headers: { "x-publishable-api-key": shop.retailKey }, refused: false },
        {
          label: "garbage bearer",
          headers: { "x-publishable-api-key": shop.retailKey, ...bearer("not.a.token") },
          refused: false,
        },
        {
          label: "admin token",
          headers: { "x-publishable-api-key": shop.retailKey, ...bearer(shop.adminToken) },
          refused: false,
        },
        {
          label: "wholesale key",
          headers: { "x-publishable-api-key": shop.wholesaleKey, ...bearer(shop.customerToken) },
          refused: false,
        },
      ]
    case "admin":
      return [
        { label: "no credentials", headers: {}, refused: true },
        { label: "garbage bearer", headers: bearer("not.a.token"), refused: true },
        { label: "customer token", headers: bearer(shop.customerToken), refused: true },
        { label: "publishable key only", headers: { "x-publishable-api-key": shop.retailKey }, refused: true },
      ]
    default:
      return [{ label: "garbage bearer", headers: bearer("not.a.token"), refused: false }]
  }
}

/** The path of the route with the given raw segments for its parameters (valid ones encoded). */
function fillPath(template: string, segments: Record<string, string>): string {
  return template.replace(/:([A-Za-z_]+)/g, (_, name: string) => segments[name] ?? "")
}

/** A query string from a valid query, minus one field, plus raw parts. */
function queryString(valid: Record<string, string | string[]>, without?: string, extra?: string): string {
  const parts: string[] = []
  for (const [name, value] of Object.entries(valid)) {
    if (name === without) continue
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(item)}`)
    }
  }
  if (extra) parts.push(extra)
  return parts.length ? `?${parts.join("&")}` : ""
}

/** A copy of the body with the dotted field set to the value. */
function withField(body: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body)
  const keys = name.split(".")
  let target: Record<string, unknown> = copy
  for (const key of keys.slice(0, -1)) {
    const next = target[key]
    target[key] = next && typeof next === "object" && !Array.isArray(next) ? next : {}
    target = target[key] as Record<string, unknown>
  }
  target[keys[keys.length - 1] ?? name] = value
  return copy
}

/** One request of the fuzz and what its answer must be. */
type FuzzRequest = { request: RawRequest; description: string; refused: boolean; field?: string }

/** A route's share of the corpus: valid request, each path parameter, each field, whole bodies, credentials. */
function routeRequests(method: string, template: string, route: RouteCase, shop: FuzzShop): FuzzRequest[] {
  const requests: FuzzRequest[] = []
  const send = (_method: string, request: RawRequest, expectation: Omit<FuzzRequest, "request">) => {
    requests.push({ request, ...expectation })
  }
  const validSegments = Object.fromEntries(
    Object.entries(route.params ?? {}).map(([name, validValue]) => [name, encodeURIComponent(validValue(shop))]),
  )
  const validQuery = route.query?.valid(shop) ?? {}
  const validBody = route.body?.valid(shop)
  const headers = credentials(route, shop)
  const request = (
    overrides: {
      segments?: Record<string, string>
      query?: string
      body?: unknown
      headers?: Record<string, string>
    } = {},
  ): RawRequest => {
    const body = "body" in overrides ? overrides.body : validBody
    return {
      method,
      path: `${fillPath(template, { ...validSegments, ...overrides.segments })}${overrides.query ?? queryString(validQuery)}`,
      headers: {
        ...(overrides.headers ?? headers),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }
  }
  const name = `${method} ${template}`

  if (!route.noBaseline) send(method, request(), { description: `${name} valid`, refused: false })

  // The guard's own 400s hold on every route: a NUL in the query, a negative limit, a malformed path.
  send(method, request({ query: queryString(validQuery, undefined, "q=a%00b") }), {
    description: `${name} query.q NUL`,
    refused: true,
    field: "query.q",
  })
  send(method, request({ query: queryString(validQuery, "limit", "limit=-1") }), {
    description: `${name} query.limit -1`,
    refused: true,
    field: "query.limit",
  })

  for (const param of Object.keys(route.params ?? {})) {
    for (const { label, segment } of route.own ? pathValues() : pathValues().slice(0, 5)) {
      send(method, request({ segments: { [param]: segment } }), {
        description: `${name} :${param} ${label}`,
        refused: route.own,
      })
    }
  }

  // The whole corpus once per kind of field on our routes; Medusa's get the essentials (their
  // validators are Medusa's, and the input guard covers what reaches every route).
  const chosen = <T extends { label: string }>(values: T[], full: boolean) =>
    full && route.own && !route.essentialsOnly ? values : values.filter((value) => ESSENTIAL_LABELS.has(value.label))
  for (const { field, full } of corpusPlan(route.query?.fields ?? [])) {
    for (const { label, query, refused } of chosen(queryValues(field), full)) {
      send(method, request({ query: queryString(validQuery, field.name, query) }), {
        description: `${name} query.${field.name} ${label}`,
        refused: route.own && refused,
        field: field.name.split(".").pop(),
      })
    }
  }

  if (validBody) {
    for (const { field, full } of corpusPlan(route.body?.fields ?? [])) {
      for (const { label, value, refused } of chosen(bodyValues(field), full)) {
        send(method, request({ body: withField(validBody, field.name, value) }), {
          description: `${name} body.${field.name} ${label}`,
          refused: route.own && refused,
          field: field.name.split(".").pop(),
        })
      }
    }
    send(method, request({ body: { ...validBody, unknown_field: "x" } }), {
      description: `${name} unknown field`,
      refused: route.own,
      field: "unknown_field",
    })
  }

  if (method !== "GET") {
    for (const { label, contentType, body, refused } of route.own ? malformedBodies() : malformedBodies().slice(0, 2)) {
      send(
        method,
        { ...request({ body: undefined }), headers: { ...headers, "content-type": contentType }, body },
        { description: `${name} ${label}`, refused: refused && Boolean(validBody) },
      )
    }
  }

  for (const { label, headers: foreign, refused } of foreignCredentials(route, shop).slice(0, route.own ? 4 : 2)) {
    send(method, request({ headers: foreign }), {
      description: `${name} ${label}`,
      refused: refused && (route.own || route.audience === "admin"),
    })
  }
  return requests
}
