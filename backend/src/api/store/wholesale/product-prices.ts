import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// Wholesale prices are Medusa price lists for the "Wholesale" customer group on the "Export
// wholesale" channel. Two things keep them from anyone else through Medusa's product routes:

/**
 * A product's raw prices (`variants.prices`, which Medusa's store product routes allow) list every
 * price of the variant's price set, the price lists' included, whoever asks: refused with a 400
 * naming `fields`. The store reads `variants.calculated_price`, priced for the caller.
 */
export function refuseRawPrices(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = ([] as unknown[]).concat(req.query?.fields ?? []).join(",")
  const asked = fields
    .split(",")
    .map((field) => field.trim().replace(/^[+\-*]+/, ""))
    .filter((field) => /(^|\.)prices(\.|$)/.test(field) || /(^|\.)price_set(\.|$)/.test(field))
  if (asked.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `fields: ${asked[0]} is not available in the store; ask for variants.calculated_price, the price for you`,
    )
  }
  next()
}

/**
 * Prices products for the channel of the publishable key they are read with: its id goes into the
 * pricing context, as a cart's own channel does for its lines, so a price list for one channel
 * (the wholesale lists) prices nothing read with another channel's key. Runs after Medusa's
 * `setPricingContext` (a method-scoped middleware of ours runs after the route's own).
 */
export function priceForKeyChannel(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const request = req as MedusaStoreRequest & { pricingContext?: Record<string, unknown> }
  const channels = request.publishable_key_context?.sales_channel_ids ?? []
  if (request.pricingContext && channels.length === 1) {
    request.pricingContext = { ...request.pricingContext, sales_channel_id: channels[0] }
  }
  next()
}
