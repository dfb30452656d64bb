import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { bookingUnitPrice, minimumOrderValueRefusal, WHOLESALE_SALES_CHANNEL, wholesaleLineRefusal } from "@ovop/domain"
import { RefusalError, refuse } from "../../lib/refusal-error"
import { WHOLESALE_CURRENCIES, type WholesaleCurrency } from "../../lib/wholesale-catalogue"
import { readWholesaleOffers } from "../../lib/wholesale-offers"
import { matchPreorderLines } from "../../modules/harvest/preorder"
import { WHOLESALE_MODULE } from "../../modules/wholesale"
import type WholesaleModuleService from "../../modules/wholesale/service"
import { preorderLineRecords } from "./preorder-rules"

// The rules of the "Export wholesale" sales channel: only approved buyers use its carts, lines are
// whole cases at or above each variant's minimum, an order reaches the currency's minimum value.
// Called from the cart rules (cart-rules.ts) at add, update, creation and completion.

/** True when `salesChannelId` is the "Export wholesale" channel. */
export async function isWholesaleChannel(
  container: MedusaContainer,
  salesChannelId: string | null | undefined,
): Promise<boolean> {
  if (!salesChannelId) return false
  const [channel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ id: salesChannelId }, { select: ["name"] })
  return channel?.name === WHOLESALE_SALES_CHANNEL
}

/** Refuses (`wholesale_buyers_only`, 400 `not_allowed`) a cart on the wholesale channel held by anyone but an approved buyer. */
export async function assertWholesaleBuyer(container: MedusaContainer, customerId: string | null | undefined) {
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  if (!(await wholesale.buyerOf(customerId))) throw refuse("wholesale_buyers_only", {}, "not_allowed")
}

/** A wholesale line to judge: the variant and the units the line would hold. */
export type WholesaleQuantity = { variant_id: string; quantity: number }

/**
 * Refuses the first line that is below its variant's minimum order quantity
 * (`below_minimum_quantity`) or not whole cases (`not_whole_cases`), naming the product with its
 * variant ("Apricot jam 250 g").
 */
export async function assertWholesaleQuantities(container: MedusaContainer, lines: WholesaleQuantity[]) {
  if (!lines.length) return
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const terms = await wholesale.termsOfVariants([...new Set(lines.map((line) => line.variant_id))])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.id", "product.title"],
    filters: { id: lines.map((line) => line.variant_id) },
  })
  for (const line of lines) {
    const variant = variants.find((v) => v.id === line.variant_id)
    const product = [variant?.product?.title, variant?.title].filter(Boolean).join(" ") || line.variant_id
    const refused = wholesaleLineRefusal({
      product,
      ...(variant?.product?.id ? { product_id: variant.product.id } : {}),
      quantity: line.quantity,
      terms: terms.get(line.variant_id) ?? { case_pack: 1, min_quantity: 1 },
    })
    if (refused) throw new RefusalError(refused)
  }
}

/** Refuses (`below_minimum_order_value`) an order whose goods come to less than its currency's minimum. */
export async function assertWholesaleMinimum(container: MedusaContainer, itemTotal: unknown, currencyCode: string) {
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const minimum = await wholesale.minimumOrderIn(currencyCode)
  if (minimum === null) return
  const total = new BigNumber(itemTotal as number).numeric
  const refused = minimumOrderValueRefusal({ amount: total, currencyCode }, { amount: minimum, currencyCode })
  if (refused) throw new RefusalError(refused)
}

type CheckoutCart = {
  id?: string
  sales_channel_id?: string | null
  customer_id?: string | null
  customer?: { id?: string | null } | null
  currency_code?: string
  item_total?: unknown
  items?: { id?: string; variant_id?: string | null; quantity?: unknown }[] | null
}

/** At checkout, a wholesale cart's buyer, every line and the order's value are checked again. */
export async function assertWholesaleCheckout(container: MedusaContainer, cart: CheckoutCart) {
  if (!(await isWholesaleChannel(container, cart.sales_channel_id))) return
  await assertWholesaleBuyer(container, cart.customer_id ?? cart.customer?.id)
  // A line booked beyond the shelf counts with the variant's ordinary line: the whole line is in cases.
  await assertWholesaleQuantities(container, await wholeLineQuantities(container, cart))
  await assertWholesaleMinimum(container, cart.item_total ?? 0, cart.currency_code ?? "usd")
}

/**
 * The units per variant of a wholesale cart's whole lines: the ordinary line and the lines booked
 * against a coming lot (a booking has no variant: the server's record names it), summed.
 */
export async function wholeLineQuantities(
  container: MedusaContainer,
  cart: CheckoutCart,
): Promise<WholesaleQuantity[]> {
  const items = cart.items ?? []
  if (!cart.id || items.every((item) => item.variant_id)) return quantitiesOf(items)
  const lines = items.map((item) => ({ ...item, id: item.id ?? "" }))
  const { preorders } = matchPreorderLines(cart.id, lines, await preorderLineRecords(container, cart.id))
  return quantitiesOf([
    ...items,
    ...preorders.map(({ line, record }) => ({ variant_id: record.variant_id, quantity: line.quantity })),
  ])
}

/**
 * The unit price each variant's booked part must carry at checkout on the wholesale channel: the
 * wholesale list's tier of the whole line (ordinary and booked units together) in the cart's
 * currency (`bookingUnitPrice`); null when none covers it. Null (not a map) off that channel, where
 * retail pre-orders keep the variant's own price.
 */
export async function wholesaleBookingPrices(
  container: MedusaContainer,
  cart: CheckoutCart,
): Promise<Map<string, number | null> | null> {
  if (!(await isWholesaleChannel(container, cart.sales_channel_id))) return null
  const prices = new Map<string, number | null>()
  const currency = String(cart.currency_code ?? "").toLowerCase()
  const whole = await wholeLineQuantities(container, cart)
  const offers = (WHOLESALE_CURRENCIES as readonly string[]).includes(currency)
    ? await readWholesaleOffers(
        container,
        currency as WholesaleCurrency,
        whole.map((line) => line.variant_id),
      )
    : []
  for (const line of whole) {
    const offer = offers.find((candidate) => candidate.variant_id === line.variant_id)
    prices.set(line.variant_id, offer ? bookingUnitPrice(offer.tiers, line.quantity, offer.case_pack) : null)
  }
  return prices
}

/** The units per variant of a cart's lines (a variant on two lines counts once, summed). */
export function quantitiesOf(items: { variant_id?: string | null; quantity?: unknown }[]): WholesaleQuantity[] {
  const units = new Map<string, number>()
  for (const item of items) {
    if (!item.variant_id) continue
    units.set(item.variant_id, (units.get(item.variant_id) ?? 0) + Number(item.quantity ?? 0))
  }
  return [...units].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}

// A cart moved onto the wholesale channel (or handed to another customer there) must be an approved buyer's.
updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const next = input as { sales_channel_id?: string | null; customer_id?: string | null }
  const current = cart as { sales_channel_id?: string | null; customer_id?: string | null }
  const channel = next.sales_channel_id ?? current.sales_channel_id
  if (!(await isWholesaleChannel(container, channel))) return
  await assertWholesaleBuyer(container, next.customer_id ?? current.customer_id)
})

// A new cart's lines are priced without its channel or its customer's groups in Medusa's context
// (later changes carry both): both are added, so a wholesale list prices an approved buyer's new
// wholesale cart and nothing else.
createCartWorkflow.hooks.setPricingContext(async ({ salesChannel, customerData }, { container }) => {
  const channelId = (salesChannel as { id?: string } | undefined)?.id
  const customerId = (customerData as { customer?: { id?: string } | null } | undefined)?.customer?.id
  const context: Record<string, unknown> = channelId ? { sales_channel_id: channelId } : {}
  if (customerId) {
    const groups = await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroups({ customers: { id: customerId } }, { select: ["id"] })
    context.customer = { id: customerId, groups: groups.map((group) => ({ id: group.id })) }
  }
  return new StepResponse(context)
})
