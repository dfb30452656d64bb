import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { type WholesaleCurrency, wholesalePriceListTitle } from "../../../../lib/wholesale-catalogue"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import { requireBuyer } from "../buyer"
import type { StoreGetWholesaleOffersType } from "../validators"

/** One variant's wholesale offer as the quick-order grid reads it: terms and unit price per tier of cases. */
type Offer = {
  variant_id: string
  product_id: string
  sku: string | null
  case_pack: number
  min_quantity: number
  tiers: { min_cases: number; max_cases: number | null; amount: number }[]
}

/**
 * GET /store/wholesale/offers?currency_code=jpy: for an approved buyer, every variant priced in the
 * currency's wholesale price list with its case pack, minimum and unit price per volume tier (the
 * list's unit-quantity ranges turned back into cases), and the currency's minimum order value.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireBuyer(req)
  const currency: WholesaleCurrency = (req.validatedQuery as StoreGetWholesaleOffersType).currency_code
  const pricing = req.scope.resolve(Modules.PRICING)
  // No title filter in Medusa's price lists: there are few, read them all.
  const list = (await pricing.listPriceLists({}, { select: ["id", "title", "status"], take: null })).find(
    (candidate) => candidate.title === wholesalePriceListTitle(currency) && candidate.status === "active",
  )
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const minimum = await wholesale.minimumOrderIn(currency)
  if (!list) {
    res.json({ currency_code: currency, minimum_order_value: minimum, offers: [] })
    return
  }
  const prices = await pricing.listPrices(
    { price_list_id: [list.id], currency_code: currency },
    { select: ["price_set_id", "amount", "min_quantity", "max_quantity"], take: null },
  )
  const priceSetIds = [...new Set(prices.map((price) => price.price_set_id).filter(Boolean))] as string[]
  const query = req.scope.resolve("query")
  const { data: variants } = priceSetIds.length
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "product_id", "price_set.id"],
        filters: { price_set: { id: priceSetIds } } as Record<string, unknown>,
      })
    : { data: [] as { id: string; sku: string | null; product_id: string; price_set?: { id: string } | null }[] }
  const terms = await wholesale.termsOfVariants(variants.map((variant) => variant.id))
  const offers: Offer[] = variants.map((variant) => {
    const { case_pack, min_quantity } = terms.get(variant.id) ?? { case_pack: 1, min_quantity: 1 }
    const tiers = prices
      .filter((price) => price.price_set_id === variant.price_set?.id)
      .map((price) => {
        const from = Number(price.min_quantity ?? 1)
        const to = price.max_quantity === null || price.max_quantity === undefined ? null : Number(price.max_quantity)
        return {
          // A tier of units (from-to) holds the cases from the one that unit `from` starts.
          min_cases: Math.max(1, Math.ceil(from / case_pack)),
          max_cases: to === null ? null : Math.floor(to / case_pack),
          amount: Number(price.amount),
        }
      })
      .sort((a, b) => a.min_cases - b.min_cases)
    return {
      variant_id: variant.id,
      product_id: variant.product_id ?? "",
      sku: variant.sku,
      case_pack,
      min_quantity,
      tiers,
    }
  })
  res.json({ currency_code: currency, minimum_order_value: minimum, offers })
}
