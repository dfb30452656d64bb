import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type Incoterm, incotermPlace, orderBalance, quoteDay } from "@ovop/domain"
import { HARVEST_MODULE } from "../modules/harvest"
import { matchPreorderLines } from "../modules/harvest/preorder"
import type HarvestModuleService from "../modules/harvest/service"
import type { PreorderBookingInput } from "../modules/harvest/service"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import { shipDay, totalsOfQuote, type WholesaleBuyer } from "../modules/wholesale/service"
import type { QuoteWithLines } from "../modules/wholesale/types"
import { preorderLineRecords } from "../workflows/hooks/preorder-rules"
import { assertWholesaleQuantities, isWholesaleChannel, quantitiesOf } from "../workflows/hooks/wholesale-rules"
import { exportPacking } from "./export-packing"

// Requests for quote: a buyer's wholesale cart turned into a quote, a quote turned into the order
// it becomes, and what each side may read of a quote.

/** What a buyer sends with a cart to ask for a quote. */
export type QuoteRequest = {
  cart_id: string
  requested_delivery_date: string
  destination: { country_code: string; city: string }
  incoterm: Incoterm
  consignee?: string | undefined
  message?: string | undefined
}

type CartForQuote = {
  id: string
  customer_id?: string | null
  sales_channel_id?: string | null
  region_id?: string | null
  currency_code: string
  completed_at?: unknown
  items?:
    | {
        id: string
        variant_id?: string | null
        product_id?: string | null
        quantity: unknown
        unit_price: unknown
        product_title?: string | null
        variant_title?: string | null
        variant_sku?: string | null
      }[]
    | null
}

/**
 * Asks for a quote on `request.cart_id`: the buyer's own open cart on the wholesale channel
 * (another's answers 404), its lines whole cases at or above their minimum (the cart's refusals),
 * each line's requested price the tier price the cart holds. Returns the new quote's id.
 */
export async function requestQuote(container: MedusaContainer, buyer: WholesaleBuyer, request: QuoteRequest) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "sales_channel_id",
      "region_id",
      "currency_code",
      "completed_at",
      "items.id",
      "items.variant_id",
      "items.product_id",
      "items.quantity",
      "items.unit_price",
      "items.product_title",
      "items.variant_title",
      "items.variant_sku",
    ],
    filters: { id: request.cart_id },
  })
  const cart = data[0] as CartForQuote | undefined
  if (!cart || cart.customer_id !== buyer.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart ${request.cart_id} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: the cart is already an order")
  }
  if (!(await isWholesaleChannel(container, cart.sales_channel_id)) || !cart.region_id || !cart.sales_channel_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "cart_id: a quote is asked for a cart of the Export wholesale sales channel",
    )
  }
  const items = (cart.items ?? []).filter((item) => item.variant_id)
  // Lines booked beyond the shelf against a coming lot (the server's records name their variant and lot).
  const { preorders: bookings } = matchPreorderLines(
    cart.id,
    cart.items ?? [],
    await preorderLineRecords(container, cart.id),
  )
  if (!items.length && !bookings.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: the cart has no lines to quote")
  }
  // Whole cases from the minimum counted on the variant's whole line (shelf and booked together).
  await assertWholesaleQuantities(
    container,
    quantitiesOf([
      ...items,
      ...bookings.map(({ line, record }) => ({ variant_id: record.variant_id, quantity: line.quantity })),
    ]),
  )
  const harvest = container.resolve(HARVEST_MODULE) as HarvestModuleService
  const lots = bookings.length
    ? await harvest.listHarvestLots(
        { id: bookings.map(({ record }) => record.lot_id) },
        { select: ["id", "lot_number", "expected_shipping_month"], take: null },
      )
    : []
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const terms = await wholesale.termsOfVariants([
    ...items.map((item) => item.variant_id as string),
    ...bookings.map(({ record }) => record.variant_id),
  ])
  const titleOf = (item: NonNullable<CartForQuote["items"]>[number], variantId: string) =>
    [item.product_title, item.variant_title].filter(Boolean).join(" ") || variantId
  return wholesale.createQuote({
    quote: {
      company_id: buyer.company_id,
      customer_id: buyer.customer_id,
      cart_id: cart.id,
      region_id: cart.region_id,
      sales_channel_id: cart.sales_channel_id,
      currency_code: cart.currency_code,
      requested_delivery_date: request.requested_delivery_date,
      destination_country_code: request.destination.country_code,
      destination_city: request.destination.city,
      incoterm: request.incoterm,
      consignee: request.consignee ?? buyer.company_name,
    },
    lines: [
      ...items.map((item) => ({
        variant_id: item.variant_id as string,
        product_id: item.product_id ?? null,
        title: titleOf(item, item.variant_id as string),
        sku: item.variant_sku ?? null,
        quantity: Number(item.quantity),
        case_pack: terms.get(item.variant_id as string)?.case_pack ?? 1,
        requested_unit_price: Number(item.unit_price),
      })),
      ...bookings.map(({ line, record }) => {
        const lot = lots.find((candidate) => candidate.id === record.lot_id)
        return {
          variant_id: record.variant_id,
          product_id: line.product_id ?? null,
          title: titleOf(line, record.variant_id),
          sku: line.variant_sku ?? null,
          quantity: Number(line.quantity),
          case_pack: terms.get(record.variant_id)?.case_pack ?? 1,
          requested_unit_price: Number(line.unit_price),
          booked_lot_id: record.lot_id,
          booked_lot_number: lot?.lot_number ?? null,
          expected_shipping_month: lot?.expected_shipping_month ?? null,
        }
      }),
    ],
    message: request.message ? { author_id: buyer.customer_id, body: request.message } : null,
  })
}

/**
 * The Medusa order an accepted quote becomes: on the quote's (wholesale) channel and region, for
 * the buyer who asked, each line at the quoted price and the freight as its shipping method, both
 * tax-inclusive so the order's total is the quoted total. What the export documents need rides
 * along in `metadata.ovop_wholesale` (quote, Incoterm and named place, consignee, destination,
 * payment terms, planned shipment and the export packing of the day) and each line's `metadata.ovop_lots` (the variant's lots on
 * sale, oldest best-before first: the candidates packing picks from).
 */
export async function orderInputOfQuote(
  container: MedusaContainer,
  quote: QuoteWithLines,
  company: { id: string; name: string; registration_number: string },
  email: string,
): Promise<CreateOrderDTO> {
  const lots = await lotsOfVariants(
    container,
    quote.lines.map((line) => line.variant_id),
  )
  const namedPlace = incotermPlace(quote.incoterm, {
    city: quote.destination_city,
    country_code: quote.destination_country_code,
  })
  return {
    region_id: quote.region_id,
    sales_channel_id: quote.sales_channel_id,
    customer_id: quote.customer_id,
    email,
    currency_code: quote.currency_code,
    shipping_address: {
      company: quote.consignee,
      city: quote.destination_city,
      country_code: quote.destination_country_code,
    },
    items: quote.lines.map((line) =>
      line.booked_lot_id
        ? {
            // Booked against a coming lot: no stock taken now (as a retail pre-order line), the lot's
            // month in the same display copy the order's pages, emails and documents read.
            ...(line.product_id ? { product_id: line.product_id } : {}),
            title: line.title,
            quantity: line.quantity,
            unit_price: Number(line.quoted_unit_price ?? line.requested_unit_price),
            is_tax_inclusive: true,
            requires_shipping: false,
            ...(line.sku ? { variant_sku: line.sku } : {}),
            metadata: {
              ovop_case_pack: line.case_pack,
              // The lot it is booked against is the one packing will take it from.
              ovop_lots: line.booked_lot_number ? [{ lot_number: line.booked_lot_number, best_before: null }] : [],
              ovop_preorder: {
                key: bookingKeyOf(quote.id, line),
                lot_id: line.booked_lot_id,
                lot_number: line.booked_lot_number,
                variant_id: line.variant_id,
                expected_shipping_month: line.expected_shipping_month,
                if_short: "wait",
              },
            },
          }
        : {
            variant_id: line.variant_id,
            ...(line.product_id ? { product_id: line.product_id } : {}),
            title: line.title,
            quantity: line.quantity,
            unit_price: Number(line.quoted_unit_price ?? line.requested_unit_price),
            is_tax_inclusive: true,
            metadata: { ovop_case_pack: line.case_pack, ovop_lots: lots.get(line.variant_id) ?? [] },
          },
    ),
    shipping_methods: [
      {
        name: `Freight ${quote.incoterm} ${namedPlace}`,
        amount: Number(quote.freight ?? 0),
        is_tax_inclusive: true,
      },
    ],
    metadata: {
      ovop_wholesale: {
        quote_id: quote.id,
        company_id: company.id,
        company_name: company.name,
        company_registration_number: company.registration_number,
        incoterm: quote.incoterm,
        named_place: namedPlace,
        consignee: quote.consignee,
        destination: { country_code: quote.destination_country_code, city: quote.destination_city },
        requested_delivery_date: quote.requested_delivery_date,
        ships_on: quote.ships_on,
        payment_terms: quote.payment_terms,
        country_of_origin: "KG",
        packing: await exportPacking(container),
      },
    },
  }
}

/**
 * The key an accepted quote's booked line is booked under: the quote's line's own (not the cart's
 * booking key, which a checkout of the same cart would use), so replays of the accept book once.
 */
export function bookingKeyOf(quoteId: string, line: { id: string }): string {
  return `wquote:${quoteId}:${line.id}`
}

/**
 * The bookings an accepted quote makes against its lines' coming lots (each lot's count grows by
 * the harvest module's conditional UPDATE, so no lot is promised beyond its forecast).
 */
export function quoteBookings(quote: QuoteWithLines): PreorderBookingInput[] {
  return quote.lines
    .filter((line) => line.booked_lot_id)
    .map((line) => ({
      key: bookingKeyOf(quote.id, line),
      lot_id: line.booked_lot_id as string,
      variant_id: line.variant_id,
      cart_id: quote.cart_id,
      quantity: line.quantity,
      if_short: "wait" as const,
      title: line.title,
      product_id: line.product_id ?? undefined,
    }))
}

type LotRef = { lot_number: string; best_before: string | null }

/** Each variant's lots on sale, oldest best-before first. */
async function lotsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<Map<string, LotRef[]>> {
  const harvest = container.resolve(HARVEST_MODULE) as {
    listHarvestLots: (
      filters: Record<string, unknown>,
      config: Record<string, unknown>,
    ) => Promise<{ variant_id: string; lot_number: string; best_before: Date | null }[]>
  }
  const lots = await harvest.listHarvestLots(
    { variant_id: variantIds, status: "available" },
    { order: { best_before: "ASC" }, take: null },
  )
  const byVariant = new Map<string, LotRef[]>()
  for (const lot of lots) {
    const list = byVariant.get(lot.variant_id) ?? []
    list.push({ lot_number: lot.lot_number, best_before: lot.best_before?.toISOString().slice(0, 10) ?? null })
    byVariant.set(lot.variant_id, list)
  }
  return byVariant
}

/** Who reads a quote: a buyer of its company, or staff (who also see who quoted and who wrote). */
export type QuoteReader = "buyer" | "staff"

/**
 * A quote as `reader` may see it: its lines with the asked and quoted prices, the totals, the
 * messages, and once accepted, the order's terms, schedule, payments and balance on `now`'s day.
 */
export async function presentQuote(
  container: MedusaContainer,
  quote: QuoteWithLines,
  reader: QuoteReader,
  now = new Date(),
) {
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const totals = totalsOfQuote(quote)
  const payments =
    quote.status === "accepted"
      ? await wholesale.listWholesalePayments({ quote_id: quote.id }, { order: { received_on: "ASC" } })
      : []
  const balance =
    quote.status === "accepted" && quote.accepted_on
      ? orderBalance(
          quote.payment_terms ?? "prepayment",
          { amount: totals.total, currencyCode: quote.currency_code },
          { ordered: quote.accepted_on, ships: shipDay(quote) },
          payments.map((payment) => ({ amount: Number(payment.amount), received_on: payment.received_on })),
          quoteDay(now),
        )
      : null
  return {
    id: quote.id,
    company_id: quote.company_id,
    customer_id: quote.customer_id,
    cart_id: quote.cart_id,
    status: quote.status,
    currency_code: quote.currency_code,
    requested_delivery_date: quote.requested_delivery_date,
    destination: { country_code: quote.destination_country_code, city: quote.destination_city },
    incoterm: quote.incoterm,
    named_place: incotermPlace(quote.incoterm, {
      city: quote.destination_city,
      country_code: quote.destination_country_code,
    }),
    consignee: quote.consignee,
    freight: quote.freight === null || quote.freight === undefined ? null : Number(quote.freight),
    valid_until: quote.valid_until,
    ships_on: quote.ships_on,
    payment_terms: quote.payment_terms,
    quoted_at: quote.quoted_at,
    ...(reader === "staff" ? { quoted_by: quote.quoted_by } : {}),
    closing_reason: quote.closing_reason,
    order_id: quote.order_id,
    accepted_on: quote.accepted_on,
    created_at: quote.created_at,
    lines: quote.lines.map((line) => ({
      id: line.id,
      variant_id: line.variant_id,
      product_id: line.product_id,
      title: line.title,
      sku: line.sku,
      quantity: line.quantity,
      case_pack: line.case_pack,
      cases: Math.floor(line.quantity / Math.max(1, line.case_pack)),
      requested_unit_price: Number(line.requested_unit_price),
      quoted_unit_price:
        line.quoted_unit_price === null || line.quoted_unit_price === undefined ? null : Number(line.quoted_unit_price),
      // A line booked beyond the shelf against a coming lot, or null for a line from the shelf.
      booking: line.booked_lot_id
        ? { lot_number: line.booked_lot_number, expected_shipping_month: line.expected_shipping_month }
        : null,
    })),
    totals,
    messages: [...quote.messages]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((message) => ({
        id: message.id,
        author_type: message.author_type,
        ...(reader === "staff" || message.author_type === "buyer" ? { author_id: message.author_id } : {}),
        body: message.body,
        created_at: message.created_at,
      })),
    payments: payments.map((payment) => ({
      id: payment.id,
      amount: Number(payment.amount),
      received_on: payment.received_on,
      reference: payment.reference,
      method: payment.method,
      ...(reader === "staff"
        ? { recorded_by: payment.recorded_by, stripe_payment_intent_id: payment.stripe_payment_intent_id }
        : {}),
    })),
    balance,
  }
}

/** The day (Bishkek) of `now`, the day quotes are reckoned in. */
export const today = (now = new Date()) => quoteDay(now)
