import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { allocate, isTaxBreakdown, type TaxBreakdown, type TaxedAmount, taxBreakdown, toMinorUnits } from "@ovop/domain"
import InvoiceTaxProvider, { INVOICE_TAX_RATES_CONTEXT } from "../modules/invoice-tax/service"
import { present } from "./query-graph"

/** The tax provider of the shop's tax-inclusive regions (`modules/invoice-tax`, registered with id `ovop`). */
export const INVOICE_TAX_PROVIDER_ID = `tp_${InvoiceTaxProvider.identifier}_ovop`

/** Where an order keeps its tax breakdown: `order.metadata.ovop_tax`. */
export const ORDER_TAX_METADATA_KEY = "ovop_tax"

type Amount = number | string | { valueOf(): number } | null | undefined

/** An order, or a cart about to become one: what its tax breakdown is computed from. */
export type TaxableOrder = {
  id: string
  currency_code: string
  metadata: Record<string, unknown> | null
  shipping_address: { country_code?: string | null; province?: string | null; postal_code?: string | null } | null
  items: { id: string; product_id: string | null; total: Amount; product?: { type_id?: string | null } | null }[]
  shipping_methods: { id: string; shipping_option_id: string | null; total: Amount }[]
}

const amountOf = (value: Amount) => Number(value ?? 0)

async function loadOrder(container: MedusaContainer, orderId: string): Promise<TaxableOrder | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "metadata",
      // Asking for the order's totals makes Medusa compute its lines' and methods' totals too.
      "total",
      "shipping_address.country_code",
      "shipping_address.province",
      "shipping_address.postal_code",
      "items.id",
      "items.product_id",
      "items.total",
      "items.product.type_id",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.total",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return undefined
  return {
    id: order.id,
    currency_code: order.currency_code,
    metadata: order.metadata ?? null,
    shipping_address: order.shipping_address ?? null,
    items: present(order.items).map((item) => ({
      id: item.id,
      product_id: item.product_id ?? null,
      total: item.total,
      product: item.product ?? null,
    })),
    shipping_methods: present(order.shipping_methods).map((method) => ({
      id: method.id,
      shipping_option_id: method.shipping_option_id ?? null,
      total: method.total,
    })),
  }
}

/**
 * The tax an order's tax-inclusive prices include, once per rate (the domain's `taxBreakdown`):
 * each line's and shipping method's total taxed at the rates Medusa matches for it on the tax
 * regions that use the invoice provider (default rate, product and shipping-option rules).
 * Lines of regions with another provider carry Medusa's own tax lines and are left out.
 */
export async function orderTaxBreakdown(container: MedusaContainer, order: TaxableOrder): Promise<TaxBreakdown> {
  const parts = await orderTaxedParts(container, order)
  return taxBreakdown(
    parts.map((part) => part.taxed),
    order.currency_code,
  )
}

/** Each line's and shipping method's tax-inclusive total with the rate it is taxed at (see above). */
export async function orderTaxedParts(
  container: MedusaContainer,
  order: TaxableOrder,
): Promise<{ id: string; taxed: TaxedAmount }[]> {
  const country = order.shipping_address?.country_code
  const items = order.items ?? []
  const methods = (order.shipping_methods ?? []).filter((method) => method.shipping_option_id)
  if (!country || (!items.length && !methods.length)) return []
  const lines = await container.resolve(Modules.TAX).getTaxLines(
    [
      ...items.map((item) => ({
        id: item.id,
        product_id: item.product_id ?? "",
        product_type_id: item.product?.type_id ?? undefined,
        currency_code: order.currency_code,
      })),
      ...methods.map((method) => ({
        id: method.id,
        shipping_option_id: method.shipping_option_id ?? "",
        currency_code: order.currency_code,
      })),
    ],
    {
      address: {
        country_code: country,
        province_code: order.shipping_address?.province ?? null,
        postal_code: order.shipping_address?.postal_code ?? undefined,
      },
      additional_context: { [INVOICE_TAX_RATES_CONTEXT]: true },
    },
  )
  const ours = lines.filter((line) => line.provider_id === InvoiceTaxProvider.identifier)
  const taxedAmount = (id: string, total: Amount, key: "line_item_id" | "shipping_line_id"): TaxedAmount => {
    const rates = ours.filter((line) => (line as unknown as Record<string, unknown>)[key] === id)
    return {
      amount: amountOf(total),
      // Rates that combine on one line (a province's on top of the country's) add up, as in Medusa.
      ratePercent: rates.reduce((sum, line) => sum + Number(line.rate ?? 0), 0),
      code: rates.map((line) => line.code).join("+") || null,
      name: rates.map((line) => line.name).join(" + ") || null,
    }
  }
  return [
    ...items.map((item) => ({ id: item.id, taxed: taxedAmount(item.id, item.total, "line_item_id") })),
    ...methods.map((method) => ({ id: method.id, taxed: taxedAmount(method.id, method.total, "shipping_line_id") })),
  ]
}

/**
 * The tax each line and shipping method of a placed order includes, in the main unit: each rate's
 * tax of the stored breakdown (`ovop_tax`, the order's truth) spread over the parts taxed at that
 * rate in proportion to their totals (`allocate`), so the parts' taxes add up to the order's. An
 * order without a breakdown answers an empty map (its parts carry no included tax of ours).
 */
export async function orderPartTaxes(container: MedusaContainer, orderId: string): Promise<Map<string, number>> {
  const taxes = new Map<string, number>()
  const order = await loadOrder(container, orderId)
  const stored = storedOrderTax(order?.metadata)
  if (!order || !stored) return taxes
  const parts = await orderTaxedParts(container, order)
  const rateOf = (percent: number) => Math.round(percent * 100) / 100
  for (const rate of stored.rates) {
    const taxed = parts.filter((part) => rateOf(part.taxed.ratePercent) === rateOf(rate.rate))
    const shares = allocate(
      rate.tax,
      taxed.map((part) => toMinorUnits(part.taxed.amount, order.currency_code)),
      order.currency_code,
    )
    taxed.forEach((part, index) => {
      taxes.set(part.id, (taxes.get(part.id) ?? 0) + (shares[index] ?? 0))
    })
  }
  return taxes
}

/**
 * Writes a placed order's tax breakdown into its metadata (`ovop_tax`), replacing whatever the
 * cart's metadata carried under that key (a shopper can write a cart's metadata). Answers the
 * metadata it replaced, for the compensation.
 */
export async function recordOrderTax(
  container: MedusaContainer,
  orderId: string,
): Promise<{ previous: Record<string, unknown> | null } | null> {
  const order = await loadOrder(container, orderId)
  if (!order) return null
  const breakdown = await orderTaxBreakdown(container, order)
  await container.resolve(Modules.ORDER).updateOrders(orderId, {
    metadata: { ...(order.metadata ?? {}), [ORDER_TAX_METADATA_KEY]: breakdown },
  })
  return { previous: order.metadata }
}

/** An order's stored tax breakdown, or null when it has none (placed before the breakdown, or elsewhere). */
export function storedOrderTax(metadata: Record<string, unknown> | null | undefined): TaxBreakdown | null {
  const stored = metadata?.[ORDER_TAX_METADATA_KEY]
  return isTaxBreakdown(stored) ? stored : null
}
