import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderPartTaxes } from "../../../lib/order-tax"
import { present } from "../../../lib/query-graph"
import { PAYOUT_MODULE } from "../../../modules/payout"
import {
  medusaLedgerPayment,
  type OrderPart,
  type OrderPayment,
  orderLedgerEntries,
  wholesaleLedgerPayment,
} from "../../../modules/payout/order-ledger"
import type PayoutModuleService from "../../../modules/payout/service"
import { payoutSettings } from "../../../modules/payout/settings"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export const prepareOrderPayoutsStepId = "prepare-order-payouts"

type Amount = number | string | { valueOf(): number } | null | undefined
const amountOf = (value: Amount) => Number(value ?? 0)

/**
 * An order's parts and payments as the ledger needs them, or null when there is no such order:
 * its Medusa payments' captures and refunds, and the wholesale payments received on it when it is
 * an accepted quote's order (reversed when the order is cancelled).
 */
async function loadOrderForLedger(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "canceled_at",
      // Asking for the order's totals makes Medusa compute its lines' and methods' totals too.
      "total",
      "items.id",
      "items.total",
      "items.product.producer_group.id",
      "items.product.producer_group.commission_rate",
      "shipping_methods.id",
      "shipping_methods.total",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.captures.created_at",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.created_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return null
  const taxes = await orderPartTaxes(container, orderId)
  const parts: OrderPart[] = [
    ...present(order.items).map((item) => {
      const group = item.product?.producer_group
      return {
        key: item.id,
        kind: "item" as const,
        groupId: group?.id ?? null,
        amount: amountOf(item.total),
        tax: taxes.get(item.id) ?? 0,
        commissionRate: amountOf(group?.commission_rate),
      }
    }),
    ...present(order.shipping_methods).map((method) => ({
      key: method.id,
      kind: "shipping" as const,
      groupId: null,
      amount: amountOf(method.total),
      tax: taxes.get(method.id) ?? 0,
      commissionRate: 0,
    })),
  ]
  const medusaPayments: OrderPayment[] = present(order.payment_collections).flatMap((collection) =>
    present(collection.payments).map((payment) =>
      medusaLedgerPayment({
        id: payment.id,
        provider_id: payment.provider_id,
        captures: present(payment.captures).map((capture) => ({
          id: capture.id,
          amount: amountOf(capture.amount),
          created_at: new Date(capture.created_at as unknown as string),
        })),
        refunds: present(payment.refunds).map((refund) => ({
          id: refund.id,
          amount: amountOf(refund.amount),
          created_at: new Date(refund.created_at as unknown as string),
        })),
      }),
    ),
  )
  const canceledAt = order.canceled_at ? new Date(order.canceled_at as unknown as string) : null
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const wholesalePayments = (
    await wholesale.listWholesalePayments(
      { order_id: orderId },
      { select: ["id", "amount", "method", "created_at"], order: { created_at: "ASC" }, take: null },
    )
  ).map((payment) =>
    wholesaleLedgerPayment(
      {
        id: payment.id,
        amount: amountOf(payment.amount),
        method: payment.method,
        created_at: new Date(payment.created_at),
      },
      canceledAt,
    ),
  )
  const payments = [...medusaPayments, ...wholesalePayments]
  return { id: order.id, currency_code: order.currency_code, parts, payments }
}

/**
 * Works out the ledger entries an order's captures and refunds (and its wholesale payments and
 * their cancellation) call for that are not booked yet (`orderLedgerEntries`), and which wait for
 * an exchange rate. Writes nothing.
 */
export const prepareOrderPayoutsStep = createStep(
  prepareOrderPayoutsStepId,
  async (input: { order_id: string }, { container }) => {
    const payout: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const order = await loadOrderForLedger(container, input.order_id)
    if (!order) return new StepResponse({ entries: [], waiting: [] })
    const booked = await payout.listPayoutEntries({ order_id: order.id }, { take: null, order: { created_at: "ASC" } })
    const settings = await payoutSettings(container)
    const planned = orderLedgerEntries({
      order: { id: order.id, currency_code: order.currency_code, parts: order.parts },
      payments: order.payments,
      booked,
      rates: await payout.ratesOf(order.currency_code),
      feePercentOf: (providerId) => settings.feePercentOf(providerId),
    })
    return new StepResponse(planned)
  },
)
