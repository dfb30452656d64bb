import {
  AdminGetGroupLeadersParams,
  AdminSetGroupLeader,
} from "../../../backend/src/api/admin/group-leaders/validators"
import { AdminGetLowStockParams } from "../../../backend/src/api/admin/harvest/low-stock/validators"
import {
  AdminCreateHarvestLot,
  AdminGetHarvestLotsParams,
  AdminTransitionHarvestLot,
} from "../../../backend/src/api/admin/harvest-lots/validators"
import {
  AdminCreateExchangeRate,
  AdminCreatePayoutBatch,
  AdminGetBatchStatementParams,
  AdminGetCashReceiptsParams,
  AdminGetExchangeRatesParams,
  AdminGetGroupLedgerParams,
  AdminGetGroupStatementParams,
  AdminGetPayoutBatchesParams,
  AdminGetPayoutReportCsvParams,
  AdminGetPayoutReportParams,
  AdminPayPayoutGroup,
  AdminUpdatePayoutSettings,
} from "../../../backend/src/api/admin/payouts/validators"
import { AdminGetPreordersParams } from "../../../backend/src/api/admin/preorders/validators"
import {
  AdminCreateProducerGroup,
  AdminGetProducerGroupsParams,
  AdminSetProductProducerGroup,
  AdminUpdateProducerGroup,
} from "../../../backend/src/api/admin/producer-groups/validators"
import {
  AdminAnswerWholesaleQuote,
  AdminCancelWholesaleQuote,
  AdminGetWholesaleApplicationsParams,
  AdminGetWholesaleQuotesParams,
  AdminRecordWholesalePayment,
  AdminRejectWholesaleApplication,
  AdminUpdateCompany,
  AdminUpdateExportPacking,
} from "../../../backend/src/api/admin/wholesale/validators"
import { StoreCreateBackInStockRequest } from "../../../backend/src/api/store/back-in-stock-requests/validators"
import { StoreAddPreorder } from "../../../backend/src/api/store/carts/[id]/preorders/validators"
import { StoreGetHarvestParams } from "../../../backend/src/api/store/harvest/validators"
import { StoreGetProducerGroupsParams } from "../../../backend/src/api/store/producer-groups/validators"
import { StoreSearchParams } from "../../../backend/src/api/store/search/validators"
import {
  StoreConfirmWholesaleCardPayment,
  StoreStartWholesaleCardPayment,
} from "../../../backend/src/api/store/wholesale/orders/card-payment"
import {
  CreateWholesaleQuoteMessage,
  StoreAcceptWholesaleQuote,
  StoreAddCompanyUser,
  StoreCloseWholesaleQuote,
  StoreCreateWholesaleApplication,
  StoreCreateWholesaleQuote,
  StoreGetWholesaleOffers,
  StoreSetWholesaleBooking,
  StoreUpdateCompanyUser,
} from "../../../backend/src/api/store/wholesale/validators"
import { type FieldSpec, fieldsOfSchema } from "./fields"

/**
 * The shop the fuzz runs against (built by the integration test): the records a valid request names.
 */
export type FuzzShop = {
  retailKey: string
  wholesaleKey: string
  adminToken: string
  customerToken: string
  groupId: string
  groupHandle: string
  lotId: string
  /** A variant out of season and sold out, with a planned lot open for pre-orders. */
  preorderVariantId: string
  /** A variant on the shelf, in season. */
  stockedVariantId: string
  productId: string
  regionId: string
  cartId: string
  lineItemId: string
  /** A cart with a line but no delivery or payment: completing it must fail, writing nothing. */
  unreadyCartId: string
  shippingOptionId: string
  addressId: string
}

/** Who a route is for: which credentials its valid request carries, and which foreign ones the fuzz tries. */
export type Audience = "store" | "customer" | "admin" | "public" | "webhook"

/**
 * One route as the fuzz exercises it. `params` gives each path parameter's valid value; `body`
 * and `query` give a valid request and its fields (read off the route's zod validator with
 * `fieldsOfSchema`, or listed by hand for Medusa's routes). The fuzz changes one thing at a
 * time: a path parameter, a field, the whole body, the credentials.
 */
export type RouteCase = {
  audience: Audience
  /** A route this project adds (its 400s must name the field) rather than one of Medusa's. */
  own: boolean
  params?: Record<string, (shop: FuzzShop) => string>
  body?: { fields: FieldSpec[]; valid: (shop: FuzzShop) => Record<string, unknown> }
  query?: { fields: FieldSpec[]; valid: (shop: FuzzShop) => Record<string, string | string[]> }
  /** The valid request would change what later requests rely on (complete a cart, delete a line): never sent. */
  noBaseline?: boolean
  /** Its fields already had the whole corpus on another route with the same validator: the essentials only. */
  essentialsOnly?: boolean
}

/** A quote id that names no quote (the fuzz's shop has none). */
const QUOTE_ID = "wquo_01J0000000000000000000000"
/** A company user id that names nobody. */
const COMPANY_USER_ID = "cusr_01J0000000000000000000000"
/** An order id that names no wholesale order. */
const WHOLESALE_ORDER_ID = "order_01J0000000000000000000000"

const field = (name: string, kind: FieldSpec["kind"], required = false): FieldSpec => ({ name, kind, required })
const listQuery: FieldSpec[] = [field("limit", "int"), field("offset", "int")]
const address = (prefix: string): FieldSpec[] => [
  field(`${prefix}.address_1`, "text"),
  field(`${prefix}.country_code`, "text"),
  field(`${prefix}.metadata`, "object"),
]
const certificate = {
  number: "IK-2025-031",
  issuer: "Issyk-Kul Brand Certification Committee",
  valid_from: "2025-03-01",
  valid_to: "2099-02-28",
}
const kgAddress = {
  first_name: "Aizada",
  last_name: "Toktogulova",
  address_1: "Toktogul street 112",
  city: "Karakol",
  postal_code: "722200",
  country_code: "kg",
  phone: "+996 555 123 456",
}

/**
 * Every route the fuzz knows, by `METHOD /path`. A route file under backend/src/api that is not
 * here fails the fuzz: add its line (its audience, its params, its validator) and it is fuzzed.
 */
export const routeTable: Record<string, RouteCase> = {
  // ---- the project's own routes -------------------------------------------------------------
  "GET /store/producer-groups": {
    audience: "store",
    own: true,
    query: {
      fields: fieldsOfSchema(StoreGetProducerGroupsParams),
      valid: () => ({ district: "jeti-oguz", limit: "10" }),
    },
  },
  "GET /store/producer-groups/:handle": {
    audience: "store",
    own: true,
    params: { handle: (shop) => shop.groupHandle },
  },
  "GET /store/search": {
    audience: "store",
    own: true,
    query: {
      fields: fieldsOfSchema(StoreSearchParams),
      valid: () => ({
        q: "мёд",
        category: "honey",
        group: "ananyevo-sainfoin-beekeepers",
        in_season: "true",
        price_min: "100",
        price_max: "5000",
        currency: "kgs",
        sort: "price_asc",
        limit: "10",
        offset: "0",
      }),
    },
  },
  "POST /admin/search/reindex": { audience: "admin", own: true },
  "GET /store/harvest": {
    audience: "store",
    own: true,
    query: { fields: fieldsOfSchema(StoreGetHarvestParams), valid: (shop) => ({ variant_id: shop.preorderVariantId }) },
  },
  "POST /store/back-in-stock-requests": {
    audience: "store",
    own: true,
    body: {
      fields: fieldsOfSchema(StoreCreateBackInStockRequest),
      valid: (shop) => ({ variant_id: shop.preorderVariantId, email: "aigul@example.kg", locale: "ru" }),
    },
  },
  "POST /store/carts/:id/preorders": {
    audience: "store",
    own: true,
    params: { id: (shop) => shop.cartId },
    body: {
      fields: fieldsOfSchema(StoreAddPreorder),
      valid: (shop) => ({ variant_id: shop.preorderVariantId, quantity: 1, if_short: "wait" }),
    },
  },
  "GET /store/wholesale/applications": { audience: "customer", own: true },
  "POST /store/wholesale/applications": {
    audience: "customer",
    own: true,
    body: {
      fields: fieldsOfSchema(StoreCreateWholesaleApplication),
      valid: () => ({
        company_name: "Kyoto Imports",
        country_code: "jp",
        registration_number: "T1234567890123",
        contact_person: "Sato Hanako",
        expected_yearly_volume_usd: 40000,
        preferred_language: "ja",
      }),
    },
  },
  "GET /admin/wholesale/applications": {
    audience: "admin",
    own: true,
    query: {
      fields: fieldsOfSchema(AdminGetWholesaleApplicationsParams),
      valid: () => ({ status: "pending", limit: "10" }),
    },
  },
  // No application to decide in the fuzz's shop: the valid request answers 404, changing nothing.
  "POST /admin/wholesale/applications/:id/approve": {
    audience: "admin",
    own: true,
    params: { id: () => "wapp_01J0000000000000000000000" },
  },
  "POST /admin/wholesale/applications/:id/reject": {
    audience: "admin",
    own: true,
    params: { id: () => "wapp_01J0000000000000000000000" },
    body: {
      fields: fieldsOfSchema(AdminRejectWholesaleApplication),
      valid: () => ({ reason: "Registration not verified" }),
    },
  },
  // Quotes: the fuzz's customer is a retail customer, so a valid store request answers 403 and an
  // admin one names a quote that does not exist (404): both change nothing, and every bad value is
  // refused by the validator first, naming the field.
  "GET /store/wholesale/quotes": { audience: "customer", own: true },
  "GET /store/wholesale/offers": {
    audience: "customer",
    own: true,
    query: { fields: fieldsOfSchema(StoreGetWholesaleOffers), valid: () => ({ currency_code: "jpy" }) },
  },
  // The fuzz's customer is no approved buyer: the valid booking answers 403 and changes nothing.
  "POST /store/wholesale/carts/:id/bookings": {
    audience: "customer",
    own: true,
    params: { id: (shop) => shop.cartId },
    body: {
      fields: fieldsOfSchema(StoreSetWholesaleBooking),
      valid: (shop) => ({ variant_id: shop.stockedVariantId, quantity: 24, if_short: "wait" }),
    },
  },
  "POST /store/wholesale/quotes": {
    audience: "customer",
    own: true,
    body: {
      fields: fieldsOfSchema(StoreCreateWholesaleQuote),
      valid: (shop) => ({
        cart_id: shop.cartId,
        requested_delivery_date: "2027-12-01",
        destination: { country_code: "jp", city: "Tokyo" },
        incoterm: "CPT",
      }),
    },
  },
  "GET /store/wholesale/quotes/:id": {
    audience: "customer",
    own: true,
    params: { id: () => QUOTE_ID },
  },
  "POST /store/wholesale/quotes/:id/accept": {
    audience: "customer",
    own: true,
    params: { id: () => QUOTE_ID },
    body: { fields: fieldsOfSchema(StoreAcceptWholesaleQuote), valid: () => ({}) },
  },
  "POST /store/wholesale/quotes/:id/decline": {
    audience: "customer",
    own: true,
    params: { id: () => QUOTE_ID },
    body: { fields: fieldsOfSchema(StoreCloseWholesaleQuote), valid: () => ({ reason: "Freight too high" }) },
  },
  "POST /store/wholesale/quotes/:id/withdraw": {
    audience: "customer",
    own: true,
    params: { id: () => QUOTE_ID },
    body: { fields: fieldsOfSchema(StoreCloseWholesaleQuote), valid: () => ({}) },
    essentialsOnly: true,
  },
  "POST /store/wholesale/quotes/:id/messages": {
    audience: "customer",
    own: true,
    params: { id: () => QUOTE_ID },
    body: { fields: fieldsOfSchema(CreateWholesaleQuoteMessage), valid: () => ({ body: "When can you ship?" }) },
  },
  // A company's users: the fuzz's customer is a retail customer, so a valid request answers 403.
  "GET /store/wholesale/company": { audience: "customer", own: true },
  "POST /store/wholesale/company/users": {
    audience: "customer",
    own: true,
    body: {
      fields: fieldsOfSchema(StoreAddCompanyUser),
      valid: () => ({ email: "kenji@kyoto-imports.example.jp", role: "buyer" }),
    },
  },
  "POST /store/wholesale/company/users/:id": {
    audience: "customer",
    own: true,
    params: { id: () => COMPANY_USER_ID },
    body: { fields: fieldsOfSchema(StoreUpdateCompanyUser), valid: () => ({ role: "buyer" }) },
  },
  "DELETE /store/wholesale/company/users/:id": {
    audience: "customer",
    own: true,
    params: { id: () => COMPANY_USER_ID },
  },
  "GET /admin/wholesale/quotes": {
    audience: "admin",
    own: true,
    query: {
      fields: fieldsOfSchema(AdminGetWholesaleQuotesParams),
      valid: () => ({ status: "requested", limit: "10" }),
    },
  },
  "GET /admin/wholesale/quotes/:id": { audience: "admin", own: true, params: { id: () => QUOTE_ID } },
  "POST /admin/wholesale/quotes/:id/quote": {
    audience: "admin",
    own: true,
    params: { id: () => QUOTE_ID },
    body: {
      fields: fieldsOfSchema(AdminAnswerWholesaleQuote),
      valid: () => ({
        lines: [{ id: "wqln_01J0000000000000000000000", unit_price: 560 }],
        freight: 18000,
        valid_until: "2027-12-01",
        ships_on: "2027-12-15",
        payment_terms: "deposit_30",
      }),
    },
  },
  "POST /admin/wholesale/quotes/:id/cancel": {
    audience: "admin",
    own: true,
    params: { id: () => QUOTE_ID },
    body: { fields: fieldsOfSchema(AdminCancelWholesaleQuote), valid: () => ({ reason: "Harvest was short" }) },
  },
  "POST /admin/wholesale/quotes/:id/messages": {
    audience: "admin",
    own: true,
    params: { id: () => QUOTE_ID },
    body: { fields: fieldsOfSchema(CreateWholesaleQuoteMessage), valid: () => ({ body: "Ships in May." }) },
    essentialsOnly: true,
  },
  "POST /admin/wholesale/quotes/:id/payments": {
    audience: "admin",
    own: true,
    params: { id: () => QUOTE_ID },
    body: {
      fields: fieldsOfSchema(AdminRecordWholesalePayment),
      valid: () => ({ amount: 29592, received_on: "2026-12-01", reference: "MUFG 0001" }),
    },
  },
  "POST /admin/wholesale/companies/:id": {
    audience: "admin",
    own: true,
    params: { id: () => "comp_01J0000000000000000000000" },
    body: { fields: fieldsOfSchema(AdminUpdateCompany), valid: () => ({ trusted: true }) },
  },
  // Export documents of wholesale orders. The fuzz's shop has no wholesale order: valid requests answer 404.
  "GET /store/wholesale/orders/:id/documents/:kind": {
    audience: "customer",
    own: true,
    params: { id: () => WHOLESALE_ORDER_ID, kind: () => "commercial_invoice" },
  },
  // Card payment of wholesale orders: the fuzz's customer is a retail customer, so a valid request answers 403.
  "POST /store/wholesale/orders/:id/card-payment": {
    audience: "customer",
    own: true,
    params: { id: () => WHOLESALE_ORDER_ID },
    body: { fields: fieldsOfSchema(StoreStartWholesaleCardPayment), valid: () => ({}) },
  },
  "POST /store/wholesale/orders/:id/card-payment/confirm": {
    audience: "customer",
    own: true,
    params: { id: () => WHOLESALE_ORDER_ID },
    body: {
      fields: fieldsOfSchema(StoreConfirmWholesaleCardPayment),
      valid: () => ({ payment_intent_id: "pi_3QfuzzWholesaleCard" }),
    },
  },
  "GET /admin/wholesale/orders/:id/documents/:kind": {
    audience: "admin",
    own: true,
    params: { id: () => WHOLESALE_ORDER_ID, kind: () => "packing_list" },
  },
  // Group payouts (admin/payouts). The fuzz's shop has no batch: the moves answer 404, changing nothing.
  "GET /admin/payouts/exchange-rates": {
    audience: "admin",
    own: true,
    query: {
      fields: fieldsOfSchema(AdminGetExchangeRatesParams),
      valid: () => ({ currency_code: "usd", limit: "10" }),
    },
  },
  "POST /admin/payouts/exchange-rates": {
    audience: "admin",
    own: true,
    body: {
      fields: fieldsOfSchema(AdminCreateExchangeRate),
      valid: () => ({
        currency_code: "usd",
        rate_to_kgs: 87.45,
        effective_on: "2026-12-01",
        note: "NBKR official rate",
      }),
    },
  },
  "GET /admin/payouts/balances": { audience: "admin", own: true },
  "GET /admin/payouts/groups/:id/ledger": {
    audience: "admin",
    own: true,
    params: { id: (shop) => shop.groupId },
    query: {
      fields: fieldsOfSchema(AdminGetGroupLedgerParams),
      valid: () => ({ from: "2026-12-01", to: "2026-12-31", limit: "50" }),
    },
  },
  "POST /admin/payouts/orders/:id/book": {
    audience: "admin",
    own: true,
    params: { id: () => "order_01J0000000000000000000000" },
  },
  "GET /admin/payouts/batches": {
    audience: "admin",
    own: true,
    query: { fields: fieldsOfSchema(AdminGetPayoutBatchesParams), valid: () => ({ limit: "10" }) },
  },
  "POST /admin/payouts/batches": {
    audience: "admin",
    own: true,
    body: {
      fields: fieldsOfSchema(AdminCreatePayoutBatch),
      valid: () => ({ period_start: "2026-11-01", period_end: "2026-11-30" }),
    },
  },
  "GET /admin/payouts/batches/:id": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000" },
  },
  "POST /admin/payouts/batches/:id/approve": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000" },
  },
  "POST /admin/payouts/batches/:id/mark-paid": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000" },
  },
  "POST /admin/payouts/batches/:id/reconcile": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000" },
  },
  "POST /admin/payouts/batches/:id/groups/:group_id/pay": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000", group_id: (shop) => shop.groupId },
    body: {
      fields: fieldsOfSchema(AdminPayPayoutGroup),
      valid: () => ({ method: "bank", reference: "KICB-PP-000917", paid_on: "2026-12-05" }),
    },
  },
  "GET /admin/payouts/batches/:id/groups/:group_id/statement": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000", group_id: (shop) => shop.groupId },
    query: { fields: fieldsOfSchema(AdminGetBatchStatementParams), valid: () => ({ format: "csv", lang: "ky" }) },
  },
  "GET /admin/payouts/groups/:id/statement": {
    audience: "admin",
    own: true,
    params: { id: (shop) => shop.groupId },
    query: {
      fields: fieldsOfSchema(AdminGetGroupStatementParams),
      valid: () => ({ from: "2026-11-01", to: "2026-11-30", format: "pdf", lang: "ru" }),
    },
  },
  "GET /admin/payouts/batches/:id/bank-file": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000" },
  },
  "GET /admin/payouts/batches/:id/cash-receipts": {
    audience: "admin",
    own: true,
    params: { id: () => "pbat_01J0000000000000000000000" },
    query: { fields: fieldsOfSchema(AdminGetCashReceiptsParams), valid: () => ({ lang: "ky" }) },
  },
  // Group leaders (admin/group-leaders). The fuzz's shop has no other admin user: naming or
  // revoking one answers 404, changing nothing.
  "GET /admin/group-leaders": {
    audience: "admin",
    own: true,
    query: {
      fields: fieldsOfSchema(AdminGetGroupLeadersParams),
      valid: (shop) => ({ producer_group_id: shop.groupId }),
    },
  },
  "POST /admin/group-leaders": {
    audience: "admin",
    own: true,
    body: {
      fields: fieldsOfSchema(AdminSetGroupLeader),
      valid: (shop) => ({ user_id: "user_01J0000000000000000000000", producer_group_id: shop.groupId }),
    },
  },
  "DELETE /admin/group-leaders/:user_id": {
    audience: "admin",
    own: true,
    params: { user_id: () => "user_01J0000000000000000000000" },
  },
  "GET /admin/group-leaders/me": { audience: "admin", own: true },
  "GET /admin/wholesale/packing": { audience: "admin", own: true },
  "POST /admin/wholesale/packing": {
    audience: "admin",
    own: true,
    body: {
      fields: fieldsOfSchema(AdminUpdateExportPacking),
      valid: () => ({ cases_per_carton: 2, carton_cm: [60, 40, 30], carton_tare_kg: 0.9, case_tare_kg: 0.45 }),
    },
  },
  "GET /admin/payouts/settings": { audience: "admin", own: true },
  "POST /admin/payouts/settings": {
    audience: "admin",
    own: true,
    body: { fields: fieldsOfSchema(AdminUpdatePayoutSettings), valid: () => ({ default_commission_rate: 0.15 }) },
  },
  "GET /admin/payouts/reports": {
    audience: "admin",
    own: true,
    query: {
      fields: fieldsOfSchema(AdminGetPayoutReportParams),
      valid: () => ({ from: "2026-01-01", to: "2026-12-06", by: "category", lang: "ru" }),
    },
  },
  "GET /admin/payouts/reports/csv": {
    audience: "admin",
    own: true,
    query: {
      fields: fieldsOfSchema(AdminGetPayoutReportCsvParams),
      valid: () => ({ from: "2026-01-01", to: "2026-12-06", by: "season", lang: "ky" }),
    },
  },
  "GET /admin/producer-groups": {
    audience: "admin",
    own: true,
    query: { fields: fieldsOfSchema(AdminGetProducerGroupsParams), valid: () => ({ q: "Tosor", limit: "20" }) },
  },
  "POST /admin/producer-groups": {
    audience: "admin",
    own: true,
    body: {
      fields: fieldsOfSchema(AdminCreateProducerGroup),
      valid: () => ({
        certificate: { ...certificate },
        name: "Barskoon Felt Makers",
        village: "Barskoon",
        district: "jeti-oguz",
        member_count: 9,
        women_member_count: 9,
        craft: "Felt slippers and shyrdaks",
        story: "Nine women of Barskoon felt the wool of their own sheep.",
      }),
    },
  },
  "GET /admin/producer-groups/:id": { audience: "admin", own: true, params: { id: (shop) => shop.groupId } },
  "POST /admin/producer-groups/:id": {
    audience: "admin",
    own: true,
    essentialsOnly: true,
    params: { id: (shop) => shop.groupId },
    body: {
      fields: fieldsOfSchema(AdminUpdateProducerGroup),
      valid: () => ({ member_count: 14, certificate: { ...certificate } }),
    },
  },
  "POST /admin/producer-groups/:id/pause": { audience: "admin", own: true, params: { id: (shop) => shop.groupId } },
  "POST /admin/producer-groups/:id/resume": { audience: "admin", own: true, params: { id: (shop) => shop.groupId } },
  "GET /admin/products/:id/producer-group": { audience: "admin", own: true, params: { id: (shop) => shop.productId } },
  "POST /admin/products/:id/producer-group": {
    audience: "admin",
    own: true,
    params: { id: (shop) => shop.productId },
    body: {
      fields: fieldsOfSchema(AdminSetProductProducerGroup),
      valid: (shop) => ({ producer_group_id: shop.groupId }),
    },
  },
  "GET /admin/harvest-lots": {
    audience: "admin",
    own: true,
    query: { fields: fieldsOfSchema(AdminGetHarvestLotsParams), valid: () => ({ status: "planned", limit: "10" }) },
  },
  "POST /admin/harvest-lots": {
    audience: "admin",
    own: true,
    body: {
      fields: fieldsOfSchema(AdminCreateHarvestLot),
      valid: (shop) => ({
        lot_number: "TEP-2028-08",
        variant_id: shop.preorderVariantId,
        forecast_quantity: 40,
        expected_shipping_month: "2028-08",
        production_date: "2028-07-20",
        best_before: "2029-07-20",
        note: "Second picking",
      }),
    },
  },
  "POST /admin/harvest-lots/:id/transition": {
    audience: "admin",
    own: true,
    params: { id: (shop) => shop.lotId },
    // Moving the seeded lot on would close its pre-orders for the routes fuzzed after it.
    noBaseline: true,
    body: { fields: fieldsOfSchema(AdminTransitionHarvestLot), valid: () => ({ to: "in_production" }) },
  },
  "GET /admin/preorders": {
    audience: "admin",
    own: true,
    query: { fields: fieldsOfSchema(AdminGetPreordersParams), valid: (shop) => ({ lot_id: shop.lotId, limit: "10" }) },
  },
  "GET /admin/harvest/low-stock": {
    audience: "admin",
    own: true,
    query: { fields: fieldsOfSchema(AdminGetLowStockParams), valid: () => ({ threshold: "5" }) },
  },
  "GET /uploads/:name": { audience: "public", own: true, params: { name: () => "missing-photo.webp" } },

  // ---- Medusa's routes our rules touch --------------------------------------------------------
  "GET /store/products": {
    audience: "store",
    own: false,
    query: {
      fields: [
        field("q", "text"),
        field("handle", "handle"),
        field("id", "id"),
        field("region_id", "id"),
        ...listQuery,
      ],
      valid: (shop) => ({ q: "jam", region_id: shop.regionId, limit: "5" }),
    },
  },
  "GET /store/products/:id": {
    audience: "store",
    own: false,
    params: { id: (shop) => shop.productId },
    query: {
      fields: [field("region_id", "id"), field("fields", "text")],
      valid: (shop) => ({ region_id: shop.regionId }),
    },
  },
  "POST /store/carts": {
    audience: "store",
    own: false,
    body: {
      fields: [
        field("region_id", "id"),
        field("email", "email"),
        field("items", "list"),
        field("metadata", "object"),
        field("sales_channel_id", "id"),
        field("promo_codes", "list"),
        ...address("shipping_address"),
      ],
      valid: (shop) => ({
        region_id: shop.regionId,
        email: "buyer@example.kg",
        shipping_address: kgAddress,
        items: [{ variant_id: shop.stockedVariantId, quantity: 1 }],
      }),
    },
  },
  "GET /store/carts/:id": { audience: "store", own: false, params: { id: (shop) => shop.cartId } },
  "POST /store/carts/:id": {
    audience: "store",
    own: false,
    params: { id: (shop) => shop.cartId },
    body: {
      fields: [
        field("email", "email"),
        field("region_id", "id"),
        field("metadata", "object"),
        ...address("shipping_address"),
      ],
      valid: () => ({ email: "buyer@example.kg" }),
    },
  },
  "POST /store/carts/:id/line-items": {
    audience: "store",
    own: false,
    params: { id: (shop) => shop.cartId },
    body: {
      fields: [field("variant_id", "id", true), field("quantity", "int", true), field("metadata", "object")],
      valid: (shop) => ({ variant_id: shop.stockedVariantId, quantity: 1 }),
    },
  },
  "POST /store/carts/:id/line-items/:line_id": {
    audience: "store",
    own: false,
    params: { id: (shop) => shop.cartId, line_id: (shop) => shop.lineItemId },
    body: {
      fields: [field("quantity", "int", true), field("metadata", "object")],
      valid: () => ({ quantity: 2 }),
    },
  },
  "POST /store/carts/:id/shipping-methods": {
    audience: "store",
    own: false,
    params: { id: (shop) => shop.cartId },
    body: {
      fields: [field("option_id", "id", true), field("data", "object")],
      valid: (shop) => ({ option_id: shop.shippingOptionId }),
    },
  },
  "POST /store/carts/:id/complete": {
    audience: "store",
    own: false,
    params: { id: (shop) => shop.unreadyCartId },
  },
  "POST /store/payment-collections": {
    audience: "store",
    own: false,
    noBaseline: true,
    body: { fields: [field("cart_id", "id", true)], valid: (shop) => ({ cart_id: shop.cartId }) },
  },
  "GET /store/orders/:id": { audience: "store", own: false, params: { id: () => "order_01JZZZZZZZZZZZZZZZZZZZZZZZ" } },
  "GET /store/orders": {
    audience: "customer",
    own: false,
    query: { fields: listQuery, valid: () => ({ limit: "10" }) },
  },
  "POST /store/orders/:id/transfer/request": {
    audience: "customer",
    own: false,
    params: { id: () => "order_01JZZZZZZZZZZZZZZZZZZZZZZZ" },
  },
  "POST /store/customers": {
    audience: "customer",
    own: false,
    noBaseline: true,
    body: {
      fields: [
        field("email", "email"),
        field("first_name", "text"),
        field("phone", "text"),
        field("metadata", "object"),
      ],
      valid: () => ({ email: "shopper@example.kg", first_name: "Aigul" }),
    },
  },
  "GET /store/customers/me": { audience: "customer", own: false },
  "POST /store/customers/me": {
    audience: "customer",
    own: false,
    body: {
      fields: [
        field("first_name", "text"),
        field("last_name", "text"),
        field("phone", "text"),
        field("metadata", "object"),
      ],
      valid: () => ({ first_name: "Aigul" }),
    },
  },
  "POST /store/customers/me/addresses": {
    audience: "customer",
    own: false,
    noBaseline: true,
    body: {
      fields: [
        field("first_name", "text"),
        field("address_1", "text"),
        field("city", "text"),
        field("country_code", "text"),
        field("postal_code", "text"),
        field("phone", "text"),
        field("metadata", "object"),
      ],
      valid: () => ({ ...kgAddress }),
    },
  },
  "POST /store/customers/me/addresses/:address_id": {
    audience: "customer",
    own: false,
    params: { address_id: (shop) => shop.addressId },
    body: { fields: [field("city", "text"), field("phone", "text")], valid: () => ({ city: "Karakol" }) },
  },
  "POST /auth/customer/emailpass": {
    audience: "public",
    own: false,
    body: {
      fields: [field("email", "email", true), field("password", "text", true)],
      valid: () => ({ email: "shopper@example.kg", password: "wrong-password" }),
    },
  },
  "POST /auth/customer/emailpass/register": {
    audience: "public",
    own: false,
    noBaseline: true,
    body: {
      fields: [field("email", "email", true), field("password", "text", true)],
      valid: () => ({ email: "shopper@example.kg", password: "apricots-in-july" }),
    },
  },
  "POST /auth/customer/emailpass/reset-password": {
    audience: "public",
    own: false,
    noBaseline: true,
    body: { fields: [field("identifier", "email", true)], valid: () => ({ identifier: "nobody@example.kg" }) },
  },
  "POST /auth/user/emailpass": {
    audience: "public",
    own: false,
    body: {
      fields: [field("email", "email", true), field("password", "text", true)],
      valid: () => ({ email: "staff@ovop.local", password: "wrong-password" }),
    },
  },
  "POST /hooks/payment/:provider": {
    audience: "webhook",
    own: false,
    params: { provider: () => "stripe_stripe" },
    body: {
      fields: [field("id", "id"), field("type", "text"), field("data", "object")],
      valid: () => ({ id: "evt_1", type: "payment_intent.succeeded", data: {} }),
    },
  },
  // Last: they take the cart away from the routes before them.
  "POST /store/carts/:id/customer": {
    audience: "customer",
    own: false,
    noBaseline: true,
    params: { id: (shop) => shop.cartId },
  },
  "DELETE /store/carts/:id/line-items/:line_id": {
    audience: "store",
    own: false,
    noBaseline: true,
    params: { id: (shop) => shop.cartId, line_id: (shop) => shop.lineItemId },
  },
}

/** The key a route's table line is found under. */
export const routeKey = (method: string, path: string) => `${method} ${path}`
