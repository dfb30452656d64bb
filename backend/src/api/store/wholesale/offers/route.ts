import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wholeCaseUnits } from "@ovop/domain"
import type { WholesaleCurrency } from "../../../../lib/wholesale-catalogue"
import { readWholesaleOffers, variantSupply, wholesaleChannelId } from "../../../../lib/wholesale-offers"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import { requireBuyer } from "../buyer"
import type { StoreGetWholesaleOffersType } from "../validators"

/**
 * GET /store/wholesale/offers?currency_code=jpy: for an approved buyer, every variant priced in the
 * currency's wholesale price list with its case pack, minimum and unit price per volume tier (the
 * list's unit-quantity ranges turned back into cases), the currency's minimum order value, and per
 * variant what can be had: `on_shelf` (units in whole cases sellable now; null when the variant's
 * stock is not counted) and `coming_lot` (the lot a line beyond the shelf books against: units
 * still bookable in whole cases, its number and expected shipping month; null when none).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireBuyer(req)
  const currency: WholesaleCurrency = (req.validatedQuery as StoreGetWholesaleOffersType).currency_code
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const minimum = await wholesale.minimumOrderIn(currency)
  const priced = await readWholesaleOffers(req.scope, currency)
  const supply = await variantSupply(
    req.scope,
    priced.map((offer) => offer.variant_id),
    await wholesaleChannelId(req.scope),
  )
  const offers = priced.map((offer) => {
    const { on_shelf, coming_lot } = supply.get(offer.variant_id) ?? { on_shelf: 0, coming_lot: null }
    return {
      ...offer,
      on_shelf: Number.isFinite(on_shelf) ? wholeCaseUnits(on_shelf, offer.case_pack) : null,
      coming_lot: coming_lot
        ? {
            lot_number: coming_lot.lot_number,
            bookable: wholeCaseUnits(coming_lot.bookable, offer.case_pack),
            expected_shipping_month: coming_lot.expected_shipping_month,
          }
        : null,
    }
  })
  res.json({ currency_code: currency, minimum_order_value: minimum, offers })
}
