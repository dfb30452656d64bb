import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { mintOrderToken, orderTokenSecret } from "../../../backend/src/lib/order-access-token"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  kyrgyzRegion,
  readyToPay,
  shopperCart,
} from "../fixtures/checkout"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { createWholesaleChannel, signUpCustomer } from "../fixtures/store"
import { approvedBuyer, type Buyer, waitingApplicant } from "../fixtures/wholesale"
import { backendDir } from "../setup/paths"

// Who may do what with carts, orders, pre-orders and the admin routes: every actor against every
// action, each cell the exact status expected. The whole grid is run, then compared at once, so a
// failure prints the table with every wrong cell marked.

delete process.env.STRIPE_API_KEY

// The wholesale actors (export wholesale, issue 15): a buyer of company A and one of company B,
// each approved by staff, and a customer whose application still waits. All three are signed-in
// customers using the retail key, so on every retail row they stand where customer B stands (a
// customer who owns nothing there): a row of six statuses gives them customer B's. Wholesale rows
// name all nine.
const actors = [
  "anonymous",
  "guest",
  "customerA",
  "customerB",
  "wholesale",
  "admin",
  "buyerA",
  "buyerB",
  "applicant",
] as const
type Actor = (typeof actors)[number]
const RETAIL_ACTORS = 6

/**
 * A row's expected statuses, one per actor in the order of `actors`, e.g. "400 404 200 404 404 404"
 * (the wholesale actors as customer B) or all nine.
 */
const statuses = (row: string): Record<Actor, number> => {
  let codes = row.trim().split(/\s+/).map(Number)
  if (codes.length === RETAIL_ACTORS) codes = [...codes, codes[3], codes[3], codes[3]] as number[]
  if (codes.length !== actors.length) throw new Error(`"${row}" names ${codes.length} statuses, not ${actors.length}`)
  return Object.fromEntries(actors.map((actor, index) => [actor, codes[index]])) as Record<Actor, number>
}

type Answer = { status: number; data: Record<string, unknown> }
type Headers = Record<string, string>
type Request = { method: string; url: string; headers: Headers; body?: unknown }
type Row = {
  action: string
  expected: Record<Actor, number>
  /** The cart the row's requests name, made anew for the row. */
  cart?: "guest" | "ofA"
  request: (actor: Actor) => Promise<Request>
}

/**
 * An admin route's request that staff may send and the status staff get; `leader`: the statuses
 * of a leader of the route's group (`own`) and of another group (`other`), 403 for both when absent
 * (a leader is refused everything outside its group's payouts).
 */
type AdminRouteSpec = {
  admin: number
  url?: () => string
  body?: () => unknown
  leader?: { own: number; other: number }
}

/** The routes under backend/src/api/admin, as "METHOD /admin/path/:param", read from the route files. */
function projectAdminRoutes(): string[] {
  const adminDir = path.join(backendDir, "src/api/admin")
  const routes: string[] = []
  for (const entry of readdirSync(adminDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^route\.(ts|js)$/.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const url = `/${path
      .relative(path.join(backendDir, "src/api"), entry.parentPath)
      .split(path.sep)
      .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
      .join("/")}`
    const source = readFileSync(file, "utf8")
    for (const [, method] of source.matchAll(
      /export\s+(?:async\s+function|const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g,
    )) {
      routes.push(`${method} ${url}`)
    }
  }
  return routes.sort()
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let wholesale: Awaited<ReturnType<typeof createWholesaleChannel>>
    let variantId: string
    let preorderVariantId: string
    let customerA: { customerId: string; authorization: string }
    let customerB: { customerId: string; authorization: string }
    let staff: { headers: { authorization: string } }
    let orderOfA: string
    let guestOrder: { id: string; token: string }
    let otherGuestOrder: string
    let groupId: string
    let productId: string
    let buyers = 0
    let buyerA: Buyer
    let buyerB: Buyer
    let applicant: { customerId: string; authorization: string }
    /** Quotes of company A: asked (requested), and two staff answered (quoted). */
    const quotesOfA = { requested: "", toAccept: "", toDecline: "", toWithdraw: "" }
    /** The order of a quote of company A accepted before the grid runs: its export documents. */
    let wholesaleOrderOfA: string
    /** Company A's buyer admin (buyerA) as a company user. */
    let companyUserOfA: string

    const send = async ({ method, url, headers, body }: Request): Promise<Answer> => {
      const answer = await api.request({ method, url, headers, data: body, validateStatus: () => true })
      return { status: answer.status, data: answer.data }
    }

    /** Store requests: each actor's publishable key and session (staff's session means nothing to the store). */
    const storeHeaders = (actor: Actor): Headers =>
      ({
        anonymous: {},
        guest: shop.store.headers,
        customerA: { ...shop.store.headers, authorization: customerA.authorization },
        customerB: { ...shop.store.headers, authorization: customerB.authorization },
        wholesale: wholesale.headers,
        admin: { ...shop.store.headers, ...staff.headers },
        buyerA: { ...shop.store.headers, authorization: buyerA.authorization },
        buyerB: { ...shop.store.headers, authorization: buyerB.authorization },
        applicant: { ...shop.store.headers, authorization: applicant.authorization },
      })[actor]
    /** Admin requests: the same actors, each with what it has. */
    const adminHeaders = (actor: Actor): Headers =>
      ({
        anonymous: {},
        guest: shop.store.headers,
        customerA: { authorization: customerA.authorization },
        customerB: { authorization: customerB.authorization },
        wholesale: wholesale.headers,
        admin: staff.headers,
        buyerA: { authorization: buyerA.authorization },
        buyerB: { authorization: buyerB.authorization },
        applicant: { authorization: applicant.authorization },
      })[actor]

    /** A retail cart with a jar of jam, made by a guest or, with `authorization`, by that customer. */
    const cartOf = (owner?: { authorization: string }) =>
      shopperCart(api, owner ? { ...shop, store: { headers: { ...shop.store.headers, ...owner } } } : shop, {
        region: "Kyrgyzstan",
        buyer: ++buyers,
        items: [{ variant_id: variantId, quantity: 1 }],
      })

    /** Places a retail order paid cash on delivery, as a guest or as the signed-in `owner`. */
    const placeOrder = async (owner?: { authorization: string }): Promise<{ id: string; token?: string }> => {
      const buyer = owner ? { ...shop, store: { headers: { ...shop.store.headers, ...owner } } } : shop
      const cartId = await cartOf(owner)
      await readyToPay(api, buyer, cartId, { region: "Kyrgyzstan" })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.store)
      expect(data.type).toBe("order")
      return { id: data.order.id, token: data.order_token }
    }

    /** A wholesale cart of buyer A with a jar of jam. */
    const wholesaleCartOfA = async (): Promise<string> => {
      const { data } = await api.post(
        "/store/carts",
        { region_id: shop.regions.Kyrgyzstan?.regionId, items: [{ variant_id: variantId, quantity: 1 }] },
        { headers: { ...wholesale.headers, authorization: buyerA.authorization } },
      )
      return data.cart.id
    }
    /** Buyer A's request for quote on `cartId`: delivery in 60 days, CPT Tokyo. */
    const rfqOfA = (cartId: string) => ({
      cart_id: cartId,
      requested_delivery_date: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      destination: { country_code: "jp", city: "Tokyo" },
      incoterm: "CPT",
    })
    /** A quote of buyer A on a new cart, answered by staff when `quoted`. */
    const quoteOfA = async (quoted: boolean): Promise<string> => {
      const { data } = await api.post("/store/wholesale/quotes", rfqOfA(await wholesaleCartOfA()), {
        headers: { ...wholesale.headers, authorization: buyerA.authorization },
      })
      const quote = data.wholesale_quote
      if (quoted) {
        const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
        await api.post(
          `/admin/wholesale/quotes/${quote.id}/quote`,
          {
            lines: quote.lines.map((line: { id: string }) => ({ id: line.id, unit_price: 400 })),
            freight: 1000,
            valid_until: later(10),
            ships_on: later(20),
            payment_terms: "prepayment",
          },
          staff,
        )
      }
      return quote.id
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [kyrgyzRegion()])
      wholesale = await createWholesaleChannel(container, shop)
      ;({ variantId, productId } = await createStockedProduct(container, shop, {
        title: "Sea-buckthorn jam",
        sku: "TEP-SEABUCKTHORN-250G",
        size: "Jar",
        prices: [{ currency_code: "kgs", amount: 450 }],
        stock: 200,
      }))
      // Apricot jam, sold out: only its planned harvest lot can be pre-ordered.
      ;({ variantId: preorderVariantId } = await createStockedProduct(container, shop, {
        title: "Apricot jam",
        sku: "TOS-APRICOT-JAM-250G",
        size: "Jar",
        prices: [{ currency_code: "kgs", amount: 520 }],
        stock: 0,
      }))
      await (
        container.resolve("harvest") as { createHarvestLots: (data: Record<string, unknown>) => Promise<unknown> }
      ).createHarvestLots({
        lot_number: "TOS-2027-07",
        variant_id: preorderVariantId,
        producer_group_id: "pgrp_fixture",
        forecast_quantity: 50,
        expected_shipping_month: "2027-07",
      })
      const retailKey = shop.store.headers["x-publishable-api-key"] as string
      customerA = await signUpCustomer(api, retailKey, {
        email: "aizada@example.kg",
        first_name: "Aizada",
        last_name: "Toktogulova",
      })
      customerB = await signUpCustomer(api, retailKey, {
        email: "bakyt@example.kg",
        first_name: "Bakyt",
        last_name: "Isakov",
      })
      staff = await signInAsStaff(container, api as never)
      groupId = (await api.post("/admin/producer-groups", tosorApricotGroup(), staff)).data.producer_group.id
      // Export wholesale: buyers of two companies, an applicant waiting, and company A's quotes.
      await linkProductsToSalesChannelWorkflow(container).run({
        input: { id: wholesale.salesChannelId, add: [productId] },
      })
      buyerA = await approvedBuyer(api, retailKey, staff, "hanako@kyoto-imports.example.jp", "Kyoto Imports")
      buyerB = await approvedBuyer(api, retailKey, staff, "orders@osaka-foods.example.jp", "Osaka Foods")
      applicant = await waitingApplicant(api, retailKey, "yuki@nagoya-trading.example.jp")
      const companyOfA = await api.get("/store/wholesale/company", {
        headers: { ...wholesale.headers, authorization: buyerA.authorization },
      })
      companyUserOfA = companyOfA.data.company.users[0].id
      quotesOfA.requested = await quoteOfA(false)
      quotesOfA.toAccept = await quoteOfA(true)
      quotesOfA.toDecline = await quoteOfA(true)
      quotesOfA.toWithdraw = await quoteOfA(false)
      // An accepted quote's order, its product with the HS code its documents print.
      await container.resolve("product").updateProducts(productId, { hs_code: "200799" })
      const accepted = await api.post(
        `/store/wholesale/quotes/${await quoteOfA(true)}/accept`,
        {},
        { headers: { ...wholesale.headers, authorization: buyerA.authorization } },
      )
      wholesaleOrderOfA = accepted.data.order.id
      orderOfA = (await placeOrder(customerA)).id
      const placed = await placeOrder()
      guestOrder = { id: placed.id, token: placed.token ?? "" }
      otherGuestOrder = (await placeOrder()).id
    })

    it("gives a guest order its token at checkout, and none to a customer's order", async () => {
      expect(guestOrder.token).toMatch(/^\d+\.[\w-]{43}$/)
      const { token } = await placeOrder(customerA)
      expect(token).toBeUndefined()
    })

    it("lists a customer's own orders only, and none without a session", async () => {
      const listOf = async (actor: Actor) => {
        const answer = await send({ method: "GET", url: "/store/orders", headers: storeHeaders(actor) })
        return answer.status === 200 ? (answer.data.orders as { id: string }[]).map((order) => order.id) : answer.status
      }
      expect(await listOf("customerA")).toContain(orderOfA)
      expect(await listOf("customerB")).toEqual([])
      expect(await listOf("guest")).toBe(401)
    })

    // A control character is refused by the input guard (400) before any route; other ids that
    // cannot name a record answer 404. Neither says whether a record exists.
    it("answers 400 or 404 for a cart or order id that names no record, without looking it up", async () => {
      for (const url of [
        "/store/carts/cart_01%00x",
        "/store/carts/cart_01'--/line-items",
        "/store/orders/order_01%00x",
      ]) {
        const answer = await send({ method: "GET", url, headers: storeHeaders("customerA") })
        const expected = url.includes("%00") ? 400 : 404
        expect({ url, status: answer.status }).toEqual({ url, status: expected })
      }
    })

    it("covers every admin route the project adds", () => {
      expect(projectAdminRoutes()).toEqual(Object.keys(adminRoutes).sort())
    })

    /**
     * Every route under backend/src/api/admin, with a request that staff may send (ids that exist
     * where the route needs one, an empty body where it validates one) and the status staff get.
     * A route file added later fails the test above until it is listed here.
     */
    const adminRoutes: Record<string, AdminRouteSpec> = {
      "GET /admin/harvest/low-stock": { admin: 200 },
      "GET /admin/harvest-lots": { admin: 200 },
      "POST /admin/harvest-lots": { admin: 400, body: () => ({}) },
      "POST /admin/harvest-lots/:id/transition": {
        admin: 400,
        body: () => ({}),
        url: () => "/admin/harvest-lots/hlot_missing/transition",
      },
      "GET /admin/preorders": { admin: 200 },
      "GET /admin/wholesale/applications": { admin: 200 },
      "POST /admin/wholesale/applications/:id/approve": {
        admin: 404,
        body: () => ({}),
        url: () => "/admin/wholesale/applications/wapp_missing/approve",
      },
      "POST /admin/wholesale/applications/:id/reject": {
        admin: 400,
        body: () => ({}),
        url: () => "/admin/wholesale/applications/wapp_missing/reject",
      },
      "GET /admin/wholesale/quotes": { admin: 200 },
      "GET /admin/wholesale/quotes/:id": { admin: 200, url: () => `/admin/wholesale/quotes/${quotesOfA.requested}` },
      "POST /admin/wholesale/quotes/:id/quote": {
        admin: 400,
        body: () => ({}),
        url: () => `/admin/wholesale/quotes/${quotesOfA.requested}/quote`,
      },
      "POST /admin/wholesale/quotes/:id/cancel": {
        admin: 400,
        body: () => ({}),
        url: () => `/admin/wholesale/quotes/${quotesOfA.requested}/cancel`,
      },
      "POST /admin/wholesale/quotes/:id/messages": {
        admin: 201,
        body: () => ({ body: "Ships in May." }),
        url: () => `/admin/wholesale/quotes/${quotesOfA.requested}/messages`,
      },
      "POST /admin/wholesale/quotes/:id/payments": {
        admin: 400,
        body: () => ({}),
        url: () => `/admin/wholesale/quotes/${quotesOfA.requested}/payments`,
      },
      "POST /admin/wholesale/companies/:id": {
        admin: 400,
        body: () => ({}),
        url: () => `/admin/wholesale/companies/${buyerA.companyId}`,
      },
      "GET /admin/wholesale/packing": { admin: 200 },
      "POST /admin/wholesale/packing": { admin: 400, body: () => ({}) },
      "GET /admin/wholesale/orders/:id/documents/:kind": {
        admin: 200,
        url: () => `/admin/wholesale/orders/${wholesaleOrderOfA}/documents/proforma_invoice`,
      },
      "GET /admin/payouts/exchange-rates": { admin: 200 },
      "POST /admin/payouts/exchange-rates": { admin: 400, body: () => ({}) },
      "GET /admin/payouts/settings": { admin: 200 },
      "POST /admin/payouts/settings": { admin: 400, body: () => ({}) },
      "GET /admin/payouts/balances": { admin: 200, leader: { own: 200, other: 200 } },
      "GET /admin/payouts/groups/:id/ledger": {
        admin: 200,
        url: () => `/admin/payouts/groups/${groupId}/ledger`,
        leader: { own: 200, other: 403 },
      },
      "POST /admin/payouts/orders/:id/book": {
        admin: 404,
        body: () => ({}),
        url: () => "/admin/payouts/orders/order_missing/book",
      },
      "GET /admin/payouts/batches": { admin: 200, leader: { own: 200, other: 200 } },
      "POST /admin/payouts/batches": { admin: 400, body: () => ({}) },
      "GET /admin/payouts/batches/:id": { admin: 404, url: () => "/admin/payouts/batches/pbat_missing" },
      ...Object.fromEntries(
        ["approve", "mark-paid", "reconcile"].map((move) => [
          `POST /admin/payouts/batches/:id/${move}`,
          { admin: 404, body: () => ({}), url: () => `/admin/payouts/batches/pbat_missing/${move}` },
        ]),
      ),
      "POST /admin/payouts/batches/:id/groups/:group_id/pay": {
        admin: 400,
        body: () => ({}),
        url: () => `/admin/payouts/batches/pbat_missing/groups/${groupId}/pay`,
      },
      "GET /admin/payouts/batches/:id/groups/:group_id/statement": {
        admin: 404,
        url: () => `/admin/payouts/batches/pbat_missing/groups/${groupId}/statement?format=csv&lang=ky`,
      },
      "GET /admin/payouts/groups/:id/statement": {
        admin: 200,
        url: () => `/admin/payouts/groups/${groupId}/statement?from=2026-11-01&to=2026-11-30&format=csv&lang=ru`,
        leader: { own: 200, other: 403 },
      },
      "GET /admin/payouts/batches/:id/bank-file": {
        admin: 404,
        url: () => "/admin/payouts/batches/pbat_missing/bank-file",
      },
      "GET /admin/payouts/batches/:id/cash-receipts": {
        admin: 404,
        url: () => "/admin/payouts/batches/pbat_missing/cash-receipts?lang=ru",
      },
      "GET /admin/payouts/reports": { admin: 200, url: () => "/admin/payouts/reports?by=village&lang=ru" },
      "GET /admin/payouts/reports/csv": { admin: 200, url: () => "/admin/payouts/reports/csv?by=month&lang=ky" },
      "POST /admin/search/reindex": { admin: 200 },
      "GET /admin/group-leaders": { admin: 200 },
      "POST /admin/group-leaders": { admin: 400, body: () => ({}) },
      "DELETE /admin/group-leaders/:user_id": { admin: 404, url: () => "/admin/group-leaders/user_missing" },
      "GET /admin/group-leaders/me": { admin: 200, leader: { own: 200, other: 200 } },
      "GET /admin/producer-groups": { admin: 200 },
      "POST /admin/producer-groups": { admin: 400, body: () => ({}) },
      "GET /admin/producer-groups/:id": { admin: 200, url: () => `/admin/producer-groups/${groupId}` },
      "POST /admin/producer-groups/:id": {
        admin: 200,
        body: () => ({ village: "Tosor" }),
        url: () => `/admin/producer-groups/${groupId}`,
      },
      "POST /admin/producer-groups/:id/pause": { admin: 200, url: () => `/admin/producer-groups/${groupId}/pause` },
      "POST /admin/producer-groups/:id/resume": { admin: 200, url: () => `/admin/producer-groups/${groupId}/resume` },
      "GET /admin/products/:id/producer-group": {
        admin: 200,
        url: () => `/admin/products/${productId}/producer-group`,
      },
      "POST /admin/products/:id/producer-group": {
        admin: 200,
        body: () => ({ producer_group_id: groupId }),
        url: () => `/admin/products/${productId}/producer-group`,
      },
    }
    /** A few of Medusa's own admin routes, which the same actors must not reach either. */
    const medusaAdminRoutes: Record<string, AdminRouteSpec> = {
      "GET /admin/orders": { admin: 200 },
      "GET /admin/customers": { admin: 200 },
      "GET /admin/api-keys": { admin: 200 },
      "POST /admin/products": { admin: 400, body: () => ({}) },
      "GET /admin/users": { admin: 200 },
      "GET /admin/users/me": { admin: 200, leader: { own: 200, other: 200 } },
      "POST /admin/invites": { admin: 400, body: () => ({}) },
      "GET /admin/stores": { admin: 200, leader: { own: 200, other: 200 } },
    }

    // Group leaders (issue 16): a leader of the routes' group and a leader of another group, against
    // every admin route above. Each cell is the exact status; nothing else of the admin opens to them.
    it("lets a group leader read its own group's payouts and nothing else", async () => {
      const container = getContainer()
      const otherGroupId = (
        await api.post(
          "/admin/producer-groups",
          tosorApricotGroup({
            handle: "barskoon-felt-makers",
            name: "Barskoon Felt Makers",
            village: "Barskoon",
            certificate: null,
            translations: {},
          }),
          staff,
        )
      ).data.producer_group.id
      const leaders: Record<"own" | "other", Headers> = { own: {}, other: {} }
      for (const [which, email, leads] of [
        ["own", "gulmira@tosor.example.kg", groupId],
        ["other", "asel@barskoon.example.kg", otherGroupId],
      ] as const) {
        const signedIn = await signInAsStaff(container, api as never, email)
        const me = await api.get("/admin/users/me", signedIn)
        await api.post("/admin/group-leaders", { user_id: me.data.user.id, producer_group_id: leads }, staff)
        leaders[which] = signedIn.headers
      }
      const cells: { route: string; leader: "own" | "other"; expected: number; got: number }[] = []
      for (const [route, spec] of Object.entries({ ...adminRoutes, ...medusaAdminRoutes })) {
        const [method = "GET", url = ""] = route.split(" ")
        for (const leader of ["own", "other"] as const) {
          const answer = await send({
            method,
            url: spec.url ? spec.url() : url,
            headers: leaders[leader],
            body: spec.body?.(),
          })
          cells.push({ route, leader, expected: spec.leader?.[leader] ?? 403, got: answer.status })
        }
      }
      expect(cells.filter((cell) => cell.expected !== cell.got)).toEqual([])
      expect(cells.filter((cell) => cell.got === 403).length).toBeGreaterThan(cells.length / 2)
    })

    it("lets exactly the right actors through", async () => {
      const store =
        (method: string, url: () => string, extra: Headers = {}, body?: () => unknown) =>
        async (actor: Actor) => ({
          method,
          url: url(),
          headers: { ...storeHeaders(actor), ...extra },
          body: body?.(),
        })
      /** A request on a resource made afresh for each actor (taking or moving it changes it). */
      const fresh =
        <T>(make: () => Promise<T>, request: (made: T, actor: Actor) => Request) =>
        async (actor: Actor) =>
          request(await make(), actor)

      const expiredToken = () =>
        mintOrderToken(orderTokenSecret(getContainer()), guestOrder.id, {
          now: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000),
          days: 30,
        })
      let guestCart = ""
      let cartOfA = ""

      //                                                                 anonymous guest A  B  wholesale admin
      const rows: Row[] = [
        // Orders
        {
          action: "read A's order",
          expected: statuses("400 404 200 404 404 404"),
          request: store("GET", () => `/store/orders/${orderOfA}`),
        },
        {
          action: "read a guest order with its token",
          expected: statuses("400 200 200 200 404 200"),
          request: async (actor) =>
            store("GET", () => `/store/orders/${guestOrder.id}`, { "x-order-token": guestOrder.token })(actor),
        },
        {
          action: "read a guest order without token",
          expected: statuses("400 404 404 404 404 404"),
          request: store("GET", () => `/store/orders/${guestOrder.id}`),
        },
        {
          action: "read a guest order with another order's token",
          expected: statuses("400 404 404 404 404 404"),
          request: async (actor) =>
            store("GET", () => `/store/orders/${otherGuestOrder}`, { "x-order-token": guestOrder.token })(actor),
        },
        {
          action: "read a guest order with an expired token",
          expected: statuses("400 401 401 401 404 401"),
          request: async (actor) =>
            store("GET", () => `/store/orders/${guestOrder.id}`, { "x-order-token": expiredToken() })(actor),
        },
        {
          action: "list orders",
          expected: statuses("400 401 200 200 401 401"),
          request: store("GET", () => "/store/orders"),
        },
        // Carts
        {
          action: "read a guest cart",
          cart: "guest",
          expected: statuses("400 200 200 200 404 200"),
          request: store("GET", () => `/store/carts/${guestCart}`),
        },
        {
          action: "read A's cart",
          cart: "ofA",
          expected: statuses("400 404 200 404 404 404"),
          request: store("GET", () => `/store/carts/${cartOfA}`),
        },
        {
          action: "update A's cart",
          cart: "ofA",
          expected: statuses("400 404 200 404 404 404"),
          request: store(
            "POST",
            () => `/store/carts/${cartOfA}`,
            {},
            () => ({ locale: "ky" }),
          ),
        },
        {
          action: "add a line to A's cart",
          cart: "ofA",
          expected: statuses("400 404 200 404 404 404"),
          request: store(
            "POST",
            () => `/store/carts/${cartOfA}/line-items`,
            {},
            () => ({ variant_id: variantId, quantity: 1 }),
          ),
        },
        {
          action: "add a line to a guest cart",
          cart: "guest",
          expected: statuses("400 200 200 200 404 200"),
          request: store(
            "POST",
            () => `/store/carts/${guestCart}/line-items`,
            {},
            () => ({ variant_id: variantId, quantity: 1 }),
          ),
        },
        {
          action: "pre-order into A's cart",
          cart: "ofA",
          expected: statuses("400 404 200 404 404 404"),
          request: store(
            "POST",
            () => `/store/carts/${cartOfA}/preorders`,
            {},
            () => ({ variant_id: preorderVariantId, quantity: 1 }),
          ),
        },
        {
          action: "pre-order into a guest cart",
          cart: "guest",
          expected: statuses("400 200 200 200 404 200"),
          request: store(
            "POST",
            () => `/store/carts/${guestCart}/preorders`,
            {},
            () => ({ variant_id: preorderVariantId, quantity: 1 }),
          ),
        },
        {
          action: "open a payment for A's cart",
          cart: "ofA",
          expected: statuses("400 404 200 404 404 404"),
          request: store(
            "POST",
            () => "/store/payment-collections",
            {},
            () => ({ cart_id: cartOfA }),
          ),
        },
        // Search (issue 14): public to any caller with a publishable key, signed in or not; it
        // answers retail prices only (wholesale prices are in wholesale.int.spec.ts).
        {
          action: "search the catalogue",
          expected: statuses("400 200 200 200 200 200"),
          request: store("GET", () => "/store/search?q=jam&locale=ru"),
        },
        {
          action: "search with an unknown filter",
          expected: statuses("400 400 400 400 400 400"),
          request: store("GET", () => "/store/search?q=jam&colour=red"),
        },
        // Export wholesale: a signed-in customer's own applications; the prices are in wholesale.int.spec.ts.
        {
          action: "list own wholesale applications",
          expected: statuses("400 401 200 200 401 401"),
          request: store("GET", () => "/store/wholesale/applications"),
        },
        {
          action: "apply for wholesale (empty form)",
          expected: statuses("400 401 400 400 401 401"),
          request: store(
            "POST",
            () => "/store/wholesale/applications",
            {},
            () => ({}),
          ),
        },
        // Quotes: company A's buyers only; another company's buyer is told nothing exists (404), a
        // customer who is no approved buyer (retail, applicant) 403. The wholesale actors' columns
        // are the last three:          anonymous guest A  B  wholesale admin buyerA buyerB applicant
        {
          action: "list company quotes",
          expected: statuses("400 401 403 403 401 401 200 200 403"),
          request: store("GET", () => "/store/wholesale/quotes"),
        },
        {
          action: "read the wholesale offers (case packs, tier prices)",
          expected: statuses("400 401 403 403 401 401 200 200 403"),
          request: store("GET", () => "/store/wholesale/offers?currency_code=jpy"),
        },
        {
          action: "read A's quote",
          expected: statuses("400 401 403 403 401 401 200 404 403"),
          request: store("GET", () => `/store/wholesale/quotes/${quotesOfA.requested}`),
        },
        {
          action: "ask for a quote on A's wholesale cart",
          expected: statuses("400 401 403 403 401 401 201 404 403"),
          request: fresh(wholesaleCartOfA, (cartId, actor) => ({
            method: "POST",
            url: "/store/wholesale/quotes",
            headers: storeHeaders(actor),
            body: rfqOfA(cartId),
          })),
        },
        // A booking beyond the shelf on A's wholesale cart, with the cart's (wholesale) key. A's own
        // cart passes every guard and is judged: this shop sells in som, which has no wholesale list
        // (400 no_price_in_currency; the 200 is in wholesale-bookings.int.spec.ts). Another company's
        // buyer is told the cart does not exist; with the retail key, so is A.
        {
          action: "book beyond the shelf on A's wholesale cart",
          expected: statuses("400 401 403 403 401 401 400 404 403"),
          request: fresh(wholesaleCartOfA, (cartId, actor) => ({
            method: "POST",
            url: `/store/wholesale/carts/${cartId}/bookings`,
            headers: actor === "anonymous" ? {} : { ...storeHeaders(actor), ...wholesale.headers },
            body: { variant_id: variantId, quantity: 24 },
          })),
        },
        {
          action: "book on A's wholesale cart with the retail key",
          expected: statuses("400 401 403 403 401 401 404 404 403"),
          request: fresh(wholesaleCartOfA, (cartId, actor) => ({
            method: "POST",
            url: `/store/wholesale/carts/${cartId}/bookings`,
            headers: storeHeaders(actor),
            body: { variant_id: variantId, quantity: 24 },
          })),
        },
        {
          action: "message on A's quote",
          expected: statuses("400 401 403 403 401 401 201 404 403"),
          request: store(
            "POST",
            () => `/store/wholesale/quotes/${quotesOfA.requested}/messages`,
            {},
            () => ({ body: "When can you ship?" }),
          ),
        },
        {
          action: "accept A's quote",
          expected: statuses("400 401 403 403 401 401 200 404 403"),
          request: store(
            "POST",
            () => `/store/wholesale/quotes/${quotesOfA.toAccept}/accept`,
            {},
            () => ({}),
          ),
        },
        {
          action: "decline A's quote",
          expected: statuses("400 401 403 403 401 401 200 404 403"),
          request: store(
            "POST",
            () => `/store/wholesale/quotes/${quotesOfA.toDecline}/decline`,
            {},
            () => ({}),
          ),
        },
        {
          action: "withdraw A's quote",
          expected: statuses("400 401 403 403 401 401 200 404 403"),
          request: store(
            "POST",
            () => `/store/wholesale/quotes/${quotesOfA.toWithdraw}/withdraw`,
            {},
            () => ({}),
          ),
        },
        {
          action: "download A's proforma invoice",
          expected: statuses("400 401 403 403 401 401 200 404 403"),
          request: store("GET", () => `/store/wholesale/orders/${wholesaleOrderOfA}/documents/proforma_invoice`),
        },
        // Card payment of a wholesale order (A's, in som, on a store without Stripe): A's buyer is
        // refused 400 (cards take USD or JPY), another company's buyer finds no such order (404).
        {
          action: "start a card payment of A's wholesale order",
          expected: statuses("400 401 403 403 401 401 400 404 403"),
          request: store(
            "POST",
            () => `/store/wholesale/orders/${wholesaleOrderOfA}/card-payment`,
            {},
            () => ({}),
          ),
        },
        {
          action: "report a card payment of A's wholesale order (an intent it never made)",
          expected: statuses("400 401 403 403 401 401 404 404 403"),
          request: store(
            "POST",
            () => `/store/wholesale/orders/${wholesaleOrderOfA}/card-payment/confirm`,
            {},
            () => ({ payment_intent_id: "pi_3QnotAnIntentOfThisOrder" }),
          ),
        },
        // A company's users: any of its buyers reads them, its buyer admin changes them; another
        // company's buyer admin finds none of A's (404). buyerA is A's only buyer admin, so the
        // valid removal is refused (400) and the role it already has is kept (200).
        {
          action: "read own company and its users",
          expected: statuses("400 401 403 403 401 401 200 200 403"),
          request: store("GET", () => "/store/wholesale/company"),
        },
        {
          action: "add a user to own company (no account has the email)",
          expected: statuses("400 401 403 403 401 401 404 404 403"),
          request: store(
            "POST",
            () => "/store/wholesale/company/users",
            {},
            () => ({ email: "nobody@kyoto-imports.example.jp" }),
          ),
        },
        {
          action: "change the role of A's buyer admin",
          expected: statuses("400 401 403 403 401 401 200 404 403"),
          request: store(
            "POST",
            () => `/store/wholesale/company/users/${companyUserOfA}`,
            {},
            () => ({ role: "buyer_admin" }),
          ),
        },
        {
          action: "remove A's buyer admin",
          expected: statuses("400 401 403 403 401 401 400 404 403"),
          request: store("DELETE", () => `/store/wholesale/company/users/${companyUserOfA}`),
        },
        {
          action: "move a guest cart to wholesale",
          cart: "guest",
          expected: statuses("400 400 400 400 404 400"),
          request: store(
            "POST",
            () => `/store/carts/${guestCart}`,
            {},
            () => ({ sales_channel_id: wholesale.salesChannelId }),
          ),
        },
        {
          action: "take a guest cart (sign-in)",
          expected: statuses("400 401 200 200 404 401"),
          request: fresh(
            () => cartOf(),
            (cartId, actor) => ({
              method: "POST",
              url: `/store/carts/${cartId}/customer`,
              headers: storeHeaders(actor),
            }),
          ),
        },
        {
          action: "take A's cart",
          expected: statuses("400 404 200 404 404 404"),
          request: fresh(
            () => cartOf(customerA),
            (cartId, actor) => ({
              method: "POST",
              url: `/store/carts/${cartId}/customer`,
              headers: storeHeaders(actor),
            }),
          ),
        },
        // Order transfers into an account
        {
          action: "ask for A's order",
          expected: statuses("400 401 400 404 401 401"),
          request: store(
            "POST",
            () => `/store/orders/${orderOfA}/transfer/request`,
            {},
            () => ({}),
          ),
        },
        {
          action: "ask for a guest order with its token",
          expected: statuses("400 401 200 200 401 401"),
          request: fresh(
            () => placeOrder(),
            (order, actor) => ({
              method: "POST",
              url: `/store/orders/${order.id}/transfer/request`,
              headers: { ...storeHeaders(actor), "x-order-token": order.token ?? "" },
              body: {},
            }),
          ),
        },
        {
          action: "ask for a guest order without token",
          expected: statuses("400 401 404 404 401 401"),
          request: store(
            "POST",
            () => `/store/orders/${guestOrder.id}/transfer/request`,
            {},
            () => ({}),
          ),
        },
        {
          action: "accept a transfer of A's order (guessed token)",
          expected: statuses("400 400 400 400 400 400"),
          request: store(
            "POST",
            () => `/store/orders/${orderOfA}/transfer/accept`,
            {},
            () => ({ token: "guessed" }),
          ),
        },
        // Admin routes: the project's own, then a few of Medusa's
        ...Object.entries({ ...adminRoutes, ...medusaAdminRoutes }).map(([route, spec]) => {
          const [method = "GET", url = ""] = route.split(" ")
          return {
            action: route,
            expected: statuses(`401 401 401 401 401 ${spec.admin}`),
            request: async (actor: Actor) => ({
              method,
              url: spec.url ? spec.url() : url,
              headers: adminHeaders(actor),
              body: spec.body?.(),
            }),
          }
        }),
      ]

      const results: { action: string; actor: Actor; expected: number; got: number; message?: unknown }[] = []
      for (const row of rows) {
        // Each row has its own cart, so no row sees what an earlier one changed.
        if (row.cart === "guest") guestCart = await cartOf()
        if (row.cart === "ofA") cartOfA = await cartOf(customerA)
        for (const actor of actors) {
          const answer = await send(await row.request(actor))
          results.push({
            action: row.action,
            actor,
            expected: row.expected[actor],
            got: answer.status,
            message: answer.data?.message,
          })
        }
      }

      const wrong = results.filter((cell) => cell.expected !== cell.got)
      const width = Math.max(...rows.map((row) => row.action.length))
      const table = [
        `${"".padEnd(width)}  ${actors.map((actor) => actor.padEnd(10)).join(" ")}`,
        ...rows.map(
          (row) =>
            `${row.action.padEnd(width)}  ${actors
              .map((actor) => {
                const cell = results.find((result) => result.action === row.action && result.actor === actor)
                return (
                  cell && cell.got !== cell.expected ? `${cell.got}≠${cell.expected}!` : String(cell?.got)
                ).padEnd(10)
              })
              .join(" ")}`,
        ),
        ...wrong.map((cell) => `${cell.action} as ${cell.actor}: ${JSON.stringify(cell.message)}`),
      ].join("\n")
      expect(wrong, `access matrix (got≠expected! marks a wrong cell):\n${table}`).toEqual([])
    })
  },
})
