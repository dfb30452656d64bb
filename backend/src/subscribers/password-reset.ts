import { createHash } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { passwordResetPageUrl, storefrontBaseUrl } from "@ovop/domain"
import { passwordResetLocale, passwordResetMessage } from "../lib/password-reset-message"

type PasswordResetEvent = {
  /** The identifier the reset was asked for: the shopper's email with the emailpass provider. */
  entity_id: string
  actor_type: string
  token: string
  /** What the request carried in `metadata`; the storefront sends `{ locale }`. */
  metadata?: Record<string, unknown>
}

/**
 * Emails a shopper who asked to reset their password the link to the storefront's reset page,
 * in the language of the request (else the customer's own, else English). Staff resets are not
 * the storefront's business and are left alone.
 */
export default async function passwordResetSubscriber({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type: actorType, token, metadata } = event.data
  if (actorType !== "customer" || !email || !token) return
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email, has_account: true }, { select: ["id", "metadata"], take: 1 })
  const customer = customers[0]
  const locale = passwordResetLocale(metadata?.locale, customer?.metadata?.locale)
  const storefront = storefrontBaseUrl(process.env)
  const message = passwordResetMessage(locale, passwordResetPageUrl(storefront, locale, token, email))
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "password-reset",
    content: message,
    data: message,
    trigger_type: AuthWorkflowEvents.PASSWORD_RESET,
    resource_type: "customer",
    ...(customer ? { resource_id: customer.id, receiver_id: customer.id } : {}),
    // One email per token, however often the event is delivered; the token itself stays out of the key.
    idempotency_key: `password-reset:${createHash("sha256").update(token).digest("hex").slice(0, 32)}`,
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
