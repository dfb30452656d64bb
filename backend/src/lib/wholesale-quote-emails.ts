import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatDay, formatMoney, incotermPlace, type Locale, storefrontBaseUrl, storefrontUrl } from "@ovop/domain"
import { emailText } from "@ovop/domain/messages"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import { totalsOfQuote } from "../modules/wholesale/service"
import type { QuoteWithLines } from "../modules/wholesale/types"
import { displayName } from "./wholesale-company"

/** What staff did that the buyer is told by email. */
export type QuoteEmailKind = "quoted" | "message" | "cancelled"

/**
 * The email telling the buyer who asked for `quote` what staff did, in the company's language:
 * the answer (totals, freight, Incoterm, validity, shipment, staff's message), a message, or the
 * cancellation with its reason; each links to the wholesale page.
 */
export function quoteEmailMessage(
  quote: QuoteWithLines,
  kind: QuoteEmailKind,
  to: { locale: Locale; name: string; company: string; storefront: string },
  extra: { message?: string | null | undefined } = {},
): { subject: string; text: string } {
  const { locale } = to
  const totals = totalsOfQuote(quote)
  const money = (amount: number) => formatMoney(amount, quote.currency_code, locale)
  const day = (value: string | Date | null | undefined) => (value ? formatDay(value, locale) : "")
  const params = {
    name: to.name,
    company: to.company,
    requested_on: day(quote.created_at as unknown as Date),
    total: money(totals.total),
    freight: money(totals.freight),
    incoterm: quote.incoterm,
    place: incotermPlace(quote.incoterm, {
      city: quote.destination_city,
      country_code: quote.destination_country_code,
    }),
    valid_until: day(quote.valid_until),
    ships_on: day(quote.ships_on),
    // In the answer, staff's message is a paragraph of its own (empty when there is none).
    message: kind === "quoted" ? (extra.message ? `${extra.message}\n\n` : "") : (extra.message ?? ""),
    reason: quote.closing_reason ?? "",
    link: storefrontUrl(to.storefront, locale, "wholesale"),
  }
  return {
    subject: emailText(locale, "wholesale_quote", `${kind}_subject`, params),
    text: emailText(locale, "wholesale_quote", `${kind}_body`, params),
  }
}

/**
 * Emails the buyer who asked for quote `quoteId` what staff did (once per `occasion`: the
 * notification's idempotency key). Staff's action is already saved: a failure to send is logged,
 * never undoes it.
 */
export async function emailQuoteBuyer(
  container: MedusaContainer,
  quoteId: string,
  kind: QuoteEmailKind,
  occasion: string,
  extra: { message?: string | null | undefined } = {},
): Promise<void> {
  try {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const quote = await wholesale.quoteOf(quoteId)
    const company = await wholesale.retrieveCompany(quote.company_id, { select: ["name", "preferred_language"] })
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: quote.customer_id }, { select: ["id", "email", "first_name", "last_name"] })
    if (!customer?.email) return
    const message = quoteEmailMessage(
      quote,
      kind,
      {
        locale: company.preferred_language,
        name: displayName(customer),
        company: company.name,
        storefront: storefrontBaseUrl(process.env),
      },
      extra,
    )
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: customer.email,
      channel: "email",
      template: `wholesale-quote-${kind}`,
      content: message,
      data: { ...message, quote_id: quote.id, status: quote.status },
      trigger_type: `wholesale_quote.${kind}`,
      resource_type: "wholesale_quote",
      resource_id: quote.id,
      receiver_id: quote.customer_id,
      idempotency_key: `wholesale-quote:${quote.id}:${kind}:${occasion}`,
    })
  } catch (error) {
    const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.warn(`wholesale quote ${quoteId}: the ${kind} email was not sent: ${(error as Error).message}`)
  }
}
