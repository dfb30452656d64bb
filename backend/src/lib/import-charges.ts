import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  estimateImportCharges,
  IMPORT_CHARGES_METADATA_KEY,
  type ImportChargesEstimate,
  isImportChargesLine,
  isJapanDutyPaid,
  JAPAN_IMPORT_RULES,
} from "@ovop/domain"
import { present } from "./query-graph"

/** The title the duty-and-tax line carries in Medusa (the storefront and emails name it in the reader's language). */
export const IMPORT_CHARGES_LINE_TITLE = "Estimated import duty and tax (Japan)"

type Amount = number | string | { valueOf(): number } | null | undefined
const amountOf = (value: Amount) => Number(value ?? 0)

/** A cart's duty-and-tax line as it was before a sync, for the compensation. */
export type ImportChargesLineState = {
  cart_id: string
  /** The line before the sync (null: there was none). */
  before: { id: string; unit_price: number; quantity: number; metadata: Record<string, unknown> | null } | null
  /** The line the sync created, if it created one. */
  created_id: string | null
}

/**
 * Brings a cart's duty-and-tax line in line with its goods, shipping and destination: with Japan
 * duty paid (`OVOP_JAPAN_DUTY_PAID`), a yen cart shipping to Japan carries one line of quantity 1
 * priced at the domain's `estimateImportCharges` (its breakdown in `metadata.ovop_import_charges`),
 * none when the estimate is nothing; any other cart carries none. Called after every change of
 * the cart (Medusa's cart refresh), so the line follows the cart and is never there twice; being a
 * line, it is part of the cart's total, its payment and the order. Answers what it replaced.
 */
export async function syncImportChargesLine(
  container: MedusaContainer,
  cartId: string,
  env: Record<string, string | undefined> = process.env,
): Promise<ImportChargesLineState | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "completed_at",
      "shipping_address.country_code",
      "items.id",
      "items.unit_price",
      "items.quantity",
      "items.metadata",
      "items.variant.hs_code",
      "items.product.hs_code",
      "items.adjustments.amount",
      "shipping_methods.amount",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart || cart.completed_at) return null
  const items = present(cart.items)
  const ours = items.filter((item) => isImportChargesLine(item))
  const goods = items.filter((item) => !isImportChargesLine(item))

  let estimate: ImportChargesEstimate | null = null
  const toJapan = cart.shipping_address?.country_code?.toLowerCase() === JAPAN_IMPORT_RULES.country
  if (isJapanDutyPaid(env) && toJapan && cart.currency_code?.toLowerCase() === JAPAN_IMPORT_RULES.currencyCode) {
    estimate = estimateImportCharges(
      goods.map((item) => ({
        hsCode: item.variant?.hs_code || item.product?.hs_code || null,
        amount:
          amountOf(item.unit_price) * amountOf(item.quantity) -
          present(item.adjustments).reduce((sum, adjustment) => sum + amountOf(adjustment.amount), 0),
      })),
      present(cart.shipping_methods).reduce((sum, method) => sum + amountOf(method.amount), 0),
      JAPAN_IMPORT_RULES,
    )
  }

  const cartModule = container.resolve(Modules.CART)
  const [kept, ...extra] = ours
  const before: ImportChargesLineState["before"] = kept
    ? {
        id: kept.id,
        unit_price: amountOf(kept.unit_price),
        quantity: amountOf(kept.quantity),
        metadata: (kept.metadata as Record<string, unknown> | null) ?? null,
      }
    : null
  if (extra.length) await cartModule.deleteLineItems(extra.map((item) => item.id))
  if (!estimate || estimate.total <= 0) {
    if (!kept) return extra.length ? { cart_id: cartId, before: null, created_id: null } : null
    await cartModule.deleteLineItems([kept.id])
    return { cart_id: cartId, before, created_id: null }
  }
  const line = {
    title: IMPORT_CHARGES_LINE_TITLE,
    quantity: 1,
    unit_price: estimate.total,
    is_custom_price: true,
    is_tax_inclusive: true,
    is_discountable: false,
    requires_shipping: false,
    metadata: { [IMPORT_CHARGES_METADATA_KEY]: estimate },
  }
  if (kept) {
    const same =
      before?.unit_price === estimate.total &&
      before.quantity === 1 &&
      JSON.stringify(before.metadata?.[IMPORT_CHARGES_METADATA_KEY]) === JSON.stringify(estimate)
    if (same && !extra.length) return null
    await cartModule.updateLineItems(kept.id, line)
    return { cart_id: cartId, before, created_id: null }
  }
  const [created] = await cartModule.addLineItems(cartId, [line])
  return { cart_id: cartId, before: null, created_id: created?.id ?? null }
}

/** Undoes `syncImportChargesLine`: the line it created goes, the line it changed or removed comes back. */
export async function restoreImportChargesLine(container: MedusaContainer, state: ImportChargesLineState) {
  const cartModule = container.resolve(Modules.CART)
  if (state.created_id) await cartModule.deleteLineItems([state.created_id])
  if (!state.before) return
  const { id, unit_price, quantity, metadata } = state.before
  const [existing] = await cartModule.listLineItems({ id }, { select: ["id"] })
  if (existing) {
    await cartModule.updateLineItems(id, { unit_price, quantity, metadata })
  } else {
    await cartModule.addLineItems(state.cart_id, [
      {
        title: IMPORT_CHARGES_LINE_TITLE,
        unit_price,
        quantity,
        metadata,
        is_custom_price: true,
        is_tax_inclusive: true,
        is_discountable: false,
        requires_shipping: false,
      },
    ])
  }
}
