import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProductRef } from "@ovop/domain"
import { present } from "./query-graph"
import { refuse } from "./refusal-error"

/**
 * The guard of last resort on a cart's prices: whatever ran before (a change read half done, a
 * price edited by staff since the line went in, a customer group gained), a cart is never checked
 * out with a line priced other than its product's price for that cart.
 *
 * A line priced from its variant (not a custom price: pre-orders are checked against their own
 * records by the pre-order rules, the duty-and-tax line is computed from the cart) must carry the
 * amount Medusa's pricing gives the variant in the cart's context: its currency and region, its
 * sales channel and customer (and so the customer's groups: the wholesale lists), its address and
 * the line's quantity (the wholesale volume tiers). The context is the one Medusa 2.21.2's cart
 * refresh builds (`getVariantsAndItemsWithPrices` in core-flows' cart workflows, not exported: the
 * cart's `fieldsForPricingContext`, its customer, region, currency, region and customer ids, then
 * per line its quantity), so a cart Medusa has just re-priced always passes.
 */

/** A line whose price is not its variant's price for the cart. */
export type StaleCartLine = ProductRef & {
  line_id: string
  unit_price: number
  /** The variant's price for the cart, or null when it has none in the cart's currency. */
  price: number | null
}

/** The cart fields Medusa's cart refresh prices with (core-flows `fieldsForPricingContext`), and the lines. */
const PRICING_CART_FIELDS = [
  "id",
  "completed_at",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "item_total",
  "total",
  "locale",
  "email",
  "customer_id",
  "customer.id",
  "customer.groups.id",
  "region.*",
  "items.id",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant.price_set.id",
  "items.unit_price",
  "items.quantity",
  "items.is_custom_price",
]

type PricingCart = {
  id: string
  completed_at?: unknown
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  customer?: unknown
  region?: unknown
  items?: (PricingLine | null)[] | null
} & Record<string, unknown>

type PricingLine = {
  id: string
  title?: string | null
  product_id?: string | null
  product_title?: string | null
  variant_id?: string | null
  variant?: { price_set?: { id?: string } | null } | null
  unit_price?: unknown
  quantity?: unknown
  is_custom_price?: boolean | null
}

/**
 * The lines of the cart priced from their variant whose price is not the variant's price for the
 * cart now; none for a completed cart (its order is made) or one without such lines.
 */
export async function staleLinesOf(container: MedusaContainer, cartId: string): Promise<StaleCartLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: PRICING_CART_FIELDS, filters: { id: cartId } })
  const cart = data[0] as PricingCart | undefined
  if (!cart || cart.completed_at) return []
  const lines = present(cart.items).filter(
    (line): line is PricingLine & { variant_id: string } => Boolean(line.variant_id) && !line.is_custom_price,
  )
  if (!lines.length) return []

  const { items: _items, completed_at: _completed, ...cartContext } = cart
  const base = {
    ...cartContext,
    customer: cart.customer,
    region: cart.region,
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    customer_id: cart.customer_id,
  }
  const pricing = container.resolve(Modules.PRICING)
  const stale: StaleCartLine[] = []
  for (const line of lines) {
    const priceSetId = line.variant?.price_set?.id
    const [calculated] = priceSetId
      ? await pricing.calculatePrices(
          { id: [priceSetId] },
          // Medusa's context carries objects (customer, region, address) beside its amounts; its type says amounts only.
          { context: { ...base, quantity: line.quantity, is_custom_price: true } as unknown as Record<string, number> },
        )
      : []
    const amount = calculated?.calculated_amount
    const price =
      amount === null || amount === undefined || calculated?.currency_code?.toLowerCase() !== cart.currency_code
        ? null
        : Number(amount)
    const unitPrice = Number(line.unit_price)
    if (price === unitPrice) continue
    stale.push({
      line_id: line.id,
      product: line.product_title || line.title || line.variant_id,
      ...(line.product_id ? { product_id: line.product_id } : {}),
      unit_price: unitPrice,
      price,
    })
  }
  return stale
}

/** The refusal for a cart's first stale line: `no_price_in_currency` when it has no price, else `cart_prices_changed` (409). */
function staleRefusal(line: StaleCartLine, currencyCode: string) {
  const product: ProductRef = { product: line.product, ...(line.product_id ? { product_id: line.product_id } : {}) }
  if (line.price === null) return refuse("no_price_in_currency", { ...product, currency: currencyCode.toUpperCase() })
  return refuse("cart_prices_changed", product, MedusaError.Types.CONFLICT)
}

/**
 * Refuses a cart with a stale line (inside the completion, under Medusa's cart lock): 409
 * `cart_prices_changed`, or 400 `no_price_in_currency` for a line whose product has no price in
 * the cart's currency. Nothing is charged.
 */
export async function assertCartPricesCurrent(
  container: MedusaContainer,
  cart: { id: string; currency_code?: string },
) {
  const [line] = await staleLinesOf(container, cart.id)
  if (line) throw staleRefusal(line, cart.currency_code ?? "")
}

/**
 * Before a completion: a cart with a stale line is priced again by Medusa's own refresh (lines,
 * taxes, promotions, and the payment collection brought to the new total, its sessions dropped
 * when the total changed), then refused with 409 `cart_prices_changed`, so the shopper sees the
 * new total and pays it, never the stale one. Does nothing for a cart whose lines are current.
 */
export async function repriceStaleCart(container: MedusaContainer, cartId: string): Promise<void> {
  const [line] = await staleLinesOf(container, cartId)
  if (!line) return
  if (line.price !== null) {
    await refreshCartItemsWorkflow(container).run({ input: { cart_id: cartId, force_refresh: true } })
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["currency_code"], filters: { id: cartId } })
  throw staleRefusal(line, (data[0] as { currency_code?: string } | undefined)?.currency_code ?? "")
}
