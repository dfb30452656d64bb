import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPriceListPricesWorkflow, createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { tierQuantityRange, VOLUME_TIER_BOUNDS, WHOLESALE_CUSTOMER_GROUP, WHOLESALE_SALES_CHANNEL } from "@ovop/domain"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"

/** The currencies wholesale is priced in. */
export const WHOLESALE_CURRENCIES = ["usd", "jpy"] as const
export type WholesaleCurrency = (typeof WHOLESALE_CURRENCIES)[number]

/** A variant's wholesale offer: its case pack, minimum order quantity (units) and unit price per tier in each currency. */
export type WholesaleVariantOffer = {
  variant_id: string
  case_pack: number
  min_quantity: number
  /** Unit prices for each tier of `VOLUME_TIER_BOUNDS`, in the currency's main unit. */
  tiers: Record<WholesaleCurrency, number[]>
}

/** What `ensureWholesaleCatalogue` made and what it found already there. */
export type WholesaleCatalogueReport = { created: number; existing: number }

/** The title of the wholesale price list of a currency (how it is found again). */
export const wholesalePriceListTitle = (currency: WholesaleCurrency) => `Wholesale ${currency.toUpperCase()}`

/** The "Wholesale" customer group, made when missing; its id. */
export async function ensureWholesaleCustomerGroup(container: MedusaContainer): Promise<string> {
  const customers = container.resolve(Modules.CUSTOMER)
  const [found] = await customers.listCustomerGroups({ name: WHOLESALE_CUSTOMER_GROUP })
  if (found) return found.id
  const created = await customers.createCustomerGroups({ name: WHOLESALE_CUSTOMER_GROUP, created_by: "wholesale" })
  return created.id
}

/**
 * Makes what wholesale prices need, idempotently: the "Wholesale" customer group; a price list per
 * currency (`override`, for that group on the wholesale channel alone, so no one else is ever priced from it) holding each
 * variant's volume tiers as unit-quantity ranges (`tierQuantityRange`: Medusa picks the price whose
 * min/max quantity holds the cart line's quantity); each variant's case pack and minimum; the
 * minimum order value per currency. A variant already priced in a list, or with terms, is left as
 * it is (staff may have changed it).
 */
export async function ensureWholesaleCatalogue(
  container: MedusaContainer,
  offers: WholesaleVariantOffer[],
  minimumOrder: Record<WholesaleCurrency, number>,
): Promise<WholesaleCatalogueReport> {
  const report = { created: 0, existing: 0 }
  const groupId = await ensureWholesaleCustomerGroup(container)
  const [channel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: WHOLESALE_SALES_CHANNEL }, { select: ["id"] })
  if (!channel)
    throw new Error(`the sales channel "${WHOLESALE_SALES_CHANNEL}" is missing: wholesale prices are for it`)
  const pricing = container.resolve(Modules.PRICING)
  for (const currency of WHOLESALE_CURRENCIES) {
    const pricesOf = (offer: WholesaleVariantOffer) =>
      VOLUME_TIER_BOUNDS.slice(0, offer.tiers[currency].length).map((bounds, index) => ({
        variant_id: offer.variant_id,
        currency_code: currency,
        amount: offer.tiers[currency][index] ?? 0,
        ...tierQuantityRange(bounds, offer.case_pack),
      }))
    const title = wholesalePriceListTitle(currency)
    // No title filter in Medusa's price lists: there are few, read them all.
    const list = (await pricing.listPriceLists({}, { select: ["id", "title"], take: null })).find(
      (l) => l.title === title,
    )
    if (!list) {
      await createPriceListsWorkflow(container).run({
        input: {
          price_lists_data: [
            {
              title,
              description: `Export wholesale prices in ${currency.toUpperCase()} by volume tier, for approved buyers only`,
              // Not in the workflow's input type, but handed on to the pricing module, which takes it.
              ...({ type: "override" } as object),
              status: "active",
              // Both must hold: an approved buyer, on the wholesale channel (a cart's channel, or the
              // channel of the key products are read with: api/store/wholesale/product-prices.ts).
              rules: { "customer.groups.id": [groupId], sales_channel_id: [channel.id] },
              prices: offers.flatMap(pricesOf),
            },
          ],
        },
      })
      report.created += 1
      continue
    }
    report.existing += 1
    const query = container.resolve("query")
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "price_set.id"],
      filters: { id: offers.map((offer) => offer.variant_id) },
    })
    const priceSetOf = new Map(data.map((variant) => [variant.id, variant.price_set?.id]))
    const listed = await pricing.listPrices({ price_list_id: [list.id] }, { select: ["price_set_id"], take: null })
    const pricedSets = new Set(listed.map((price) => price.price_set_id))
    const missing = offers.filter((offer) => !pricedSets.has(priceSetOf.get(offer.variant_id) ?? ""))
    if (missing.length) {
      await createPriceListPricesWorkflow(container).run({
        input: { data: [{ id: list.id, prices: missing.flatMap(pricesOf) }] },
      })
    }
  }
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const withTerms = new Set(
    (await wholesale.listWholesaleTerms({ variant_id: offers.map((offer) => offer.variant_id) }, { take: null })).map(
      (terms) => terms.variant_id,
    ),
  )
  const newTerms = offers.filter((offer) => !withTerms.has(offer.variant_id))
  if (newTerms.length) {
    await wholesale.createWholesaleTerms(
      newTerms.map(({ variant_id, case_pack, min_quantity }) => ({ variant_id, case_pack, min_quantity })),
    )
  }
  report.created += newTerms.length
  report.existing += withTerms.size
  const minimums = await wholesale.listWholesaleMinimumOrders({})
  for (const currency of WHOLESALE_CURRENCIES) {
    if (minimums.some((row) => row.currency_code === currency)) {
      report.existing += 1
      continue
    }
    await wholesale.createWholesaleMinimumOrders({ currency_code: currency, amount: minimumOrder[currency] })
    report.created += 1
  }
  return report
}
