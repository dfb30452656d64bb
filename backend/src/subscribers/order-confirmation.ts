import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { isImportChargesLine, isJapanDutyPaid, JAPAN_IMPORT_RULES, orderPageUrl, storefrontBaseUrl } from "@ovop/domain"
import { resolveStoreLocale } from "../lib/locales"
import { orderTokenFor } from "../lib/order-access-token"
import {
  type OrderConfirmationAddress,
  orderConfirmationLocale,
  orderConfirmationMessage,
  orderPaymentOf,
} from "../lib/order-confirmation-message"
import { orderPreorderLines } from "../lib/order-preorders"
import { storedOrderTax } from "../lib/order-tax"
import { present } from "../lib/query-graph"

/** The fields of a placed order the confirmation email is written from. */
const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "currency_code",
  "customer_id",
  "customer.has_account",
  "no_notification",
  "metadata",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.total",
  "items.metadata",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
  "payment_collections.payments.canceled_at",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payment_sessions.status",
  "payment_collections.payment_sessions.data",
]

type Amount = number | string | { valueOf(): number } | null | undefined

type PlacedOrder = {
  id: string
  display_id: number
  email: string | null
  locale: string | null
  currency_code: string
  customer_id: string | null
  customer?: { has_account: boolean } | null
  no_notification: boolean | null
  metadata: Record<string, unknown> | null
  item_total: Amount
  shipping_total: Amount
  total: Amount
  items: {
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    quantity: Amount
    total: Amount
    metadata: Record<string, unknown> | null
  }[]
  shipping_address: OrderConfirmationAddress | null
  shipping_methods: { name: string; shipping_option_id: string | null }[]
  payment_collections: {
    payments?: { provider_id: string; data: Record<string, unknown> | null; canceled_at: unknown }[]
    payment_sessions?: { provider_id: string; status: string; data: Record<string, unknown> | null }[]
  }[]
}

const amount = (value: Amount) => Number(value ?? 0)

type GraphOrder = Awaited<ReturnType<typeof readOrder>>[number]

async function readOrder(container: SubscriberArgs<{ id: string }>["container"], id: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ORDER_FIELDS, filters: { id } })
  return data
}

/** The order as the email reads it, from Medusa's generated order type (relations without their null entries). */
function placedOrderOf(order: GraphOrder | undefined): PlacedOrder | undefined {
  if (!order) return undefined
  return {
    id: order.id,
    display_id: Number(order.display_id),
    email: order.email ?? null,
    locale: order.locale ?? null,
    currency_code: order.currency_code,
    customer_id: order.customer_id ?? null,
    customer: order.customer ? { has_account: Boolean(order.customer.has_account) } : null,
    no_notification: order.no_notification ?? null,
    metadata: order.metadata ?? null,
    item_total: order.item_total,
    shipping_total: order.shipping_total,
    total: order.total,
    items: present(order.items).map((item) => ({
      id: item.id,
      title: item.title,
      product_title: item.product_title ?? null,
      variant_title: item.variant_title ?? null,
      quantity: item.quantity,
      total: item.total,
      metadata: item.metadata ?? null,
    })),
    shipping_address: order.shipping_address ?? null,
    shipping_methods: present(order.shipping_methods).map((method) => ({
      name: method.name,
      shipping_option_id: method.shipping_option_id ?? null,
    })),
    payment_collections: present(order.payment_collections).map((collection) => ({
      payments: present(collection.payments).map((payment) => ({
        provider_id: payment.provider_id,
        data: payment.data ?? null,
        canceled_at: payment.canceled_at,
      })),
      payment_sessions: present(collection.payment_sessions).map((session) => ({
        provider_id: session.provider_id,
        status: session.status,
        data: session.data ?? null,
      })),
    })),
  }
}

/** The payment the order was placed with: its payment, else its authorized session (the checkout's choice). */
function placedPayment(order: PlacedOrder): { provider_id: string; data: Record<string, unknown> | null } | null {
  const collections = order.payment_collections ?? []
  const payments = collections.flatMap((collection) => collection.payments ?? [])
  const sessions = collections.flatMap((collection) => collection.payment_sessions ?? [])
  return (
    payments.find((payment) => !payment.canceled_at) ??
    sessions.find((session) => session.status === "authorized") ??
    sessions[0] ??
    null
  )
}

/**
 * Emails the shopper the confirmation of a placed order, in the order's language (its cart's,
 * else the customer's, else English): lines with pre-order months, totals, delivery, address and
 * how to pay, with the bank account and reference for a transfer. One email per order, however
 * often the event is delivered; orders placed with `no_notification` get none.
 */
export default async function orderConfirmationSubscriber({ event, container }: SubscriberArgs<{ id: string }>) {
  const order = placedOrderOf((await readOrder(container, event.data.id))[0])
  if (!order?.email || order.no_notification) return

  // The customer's own language is only asked for when the order carries none the store speaks.
  let customerLocale: unknown
  if (!resolveStoreLocale(order.locale ?? "") && order.customer_id) {
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: order.customer_id }, { select: ["id", "metadata"], take: 1 })
    customerLocale = customer?.metadata?.locale
  }
  const locale = orderConfirmationLocale(order.locale, customerLocale)

  // The delivery's option type code (`kg-courier`) names it in every language, as on the storefront.
  const method = order.shipping_methods?.[0]
  const [option] = method?.shipping_option_id
    ? await container
        .resolve(Modules.FULFILLMENT)
        .listShippingOptions({ id: method.shipping_option_id }, { relations: ["type"], take: 1 })
    : []

  const { lines: preorders } = await orderPreorderLines(container, order.id)
  // The duty-and-tax line of a duty-paid Japanese order is a total of its own, not goods.
  const goods = (order.items ?? []).filter((item) => !isImportChargesLine(item))
  const dutyLines = (order.items ?? []).filter((item) => isImportChargesLine(item))
  const importCharges = dutyLines.length ? dutyLines.reduce((sum, item) => sum + amount(item.total), 0) : null
  const toJapan = order.shipping_address?.country_code?.toLowerCase() === JAPAN_IMPORT_RULES.country
  const payment = placedPayment(order)
  const storefront = storefrontBaseUrl(process.env)
  const message = orderConfirmationMessage({
    locale,
    displayId: order.display_id,
    email: order.email,
    currencyCode: order.currency_code,
    lines: goods.map((item) => {
      const preorder = preorders.find((line) => line.order_item_id === item.id)
      return {
        title: item.product_title || item.title,
        variantTitle: item.variant_title || null,
        quantity: amount(item.quantity),
        total: amount(item.total),
        preorder: preorder ? { expectedShippingMonth: preorder.expected_shipping_month } : null,
      }
    }),
    itemTotal: amount(order.item_total) - (importCharges ?? 0),
    japanImport: toJapan ? { dutyPaid: isJapanDutyPaid(process.env), charges: importCharges } : null,
    shippingTotal: amount(order.shipping_total),
    // The tax once per rate, as checkout stored it on the order (Medusa's own tax total stays 0).
    tax: storedOrderTax(order.metadata),
    total: amount(order.total),
    shippingAddress: order.shipping_address,
    delivery: method ? { name: method.name, code: option?.type?.code ?? null } : null,
    payment: orderPaymentOf(payment?.provider_id, payment?.data),
    // A guest's link opens the order with its token; a customer's order is read signed in.
    orderUrl: orderPageUrl(
      storefront,
      locale,
      order.id,
      order.customer?.has_account ? undefined : orderTokenFor(container, order.id),
    ),
  })

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    content: message,
    data: message,
    trigger_type: OrderWorkflowEvents.PLACED,
    resource_type: "order",
    resource_id: order.id,
    ...(order.customer_id ? { receiver_id: order.customer_id } : {}),
    // One email per order, however often the event is delivered.
    idempotency_key: `order-placed:${order.id}`,
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
