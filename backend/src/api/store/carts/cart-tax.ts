import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderTaxBreakdown } from "../../../lib/order-tax"

/** The priced fields of a cart line or shipping method. */
export type Priced = {
  total?: unknown
  unit_price?: unknown
  quantity?: unknown
  amount?: unknown
  adjustments?: { amount?: unknown }[] | null
}

/**
 * What a cart line or shipping method costs, tax included: its total when the answer has one, else
 * (the cart's default fields carry no line totals) its price times its quantity, or its amount,
 * less its promotions' adjustments, which is what the order's line total will be.
 */
export function cartLineTotal(line: Priced): number {
  if (line.total !== undefined && line.total !== null) return Number(line.total)
  const gross =
    line.amount !== undefined ? Number(line.amount) : Number(line.unit_price ?? 0) * Number(line.quantity ?? 0)
  return gross - (line.adjustments ?? []).reduce((sum, adjustment) => sum + Number(adjustment.amount ?? 0), 0)
}

type CartAnswer = {
  cart?: {
    id: string
    currency_code: string
    shipping_address?: { country_code?: string | null; province?: string | null; postal_code?: string | null } | null
    items?: (Priced & { id: string; product_id?: string | null; product_type_id?: string | null })[] | null
    shipping_methods?: (Priced & { id: string; shipping_option_id?: string | null })[] | null
  }
}

/**
 * `GET /store/carts/:id`: the answer carries `cart.ovop_tax`, the tax the cart's prices include
 * computed as the order will be (once per rate, README: Money and tax), so the checkout's review
 * shows the figure the order and its email will. Medusa's own `tax_total` stays 0 in the shop's
 * tax-inclusive regions (their provider gives no per-line tax lines).
 */
export function attachCartTax(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: CartAnswer) => {
    const cart = body?.cart
    // Only a cart answered with its lines (the default fields) has what the breakdown needs.
    if (!cart?.currency_code || !Array.isArray(cart.items) || res.statusCode >= 400) return json(body)
    orderTaxBreakdown(req.scope, {
      id: cart.id,
      currency_code: cart.currency_code,
      metadata: null,
      shipping_address: cart.shipping_address ?? null,
      items: (cart.items ?? []).map((item) => ({
        id: item.id,
        product_id: item.product_id ?? null,
        total: cartLineTotal(item),
        product: { type_id: item.product_type_id ?? null },
      })),
      shipping_methods: (cart.shipping_methods ?? []).map((method) => ({
        id: method.id,
        shipping_option_id: method.shipping_option_id ?? null,
        total: cartLineTotal(method),
      })),
    }).then(
      (ovop_tax) => json({ ...body, cart: { ...cart, ovop_tax } }),
      (error: unknown) => next(error),
    )
    return res
  }) as typeof res.json
  next()
}
