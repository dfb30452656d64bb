import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  type CompanyMemberChange,
  type CompanyRole,
  checkApplicationTransition,
  checkQuoteTransition,
  companyMemberChangeRefusal,
  orderBalance,
  type QuoteStatus,
  quoteTotals,
  type WholesaleTerms as Terms,
  type WholesaleApplicationStatus,
} from "@ovop/domain"
import { Company } from "./models/company"
import { CompanyUser } from "./models/company-user"
import { WholesaleApplication } from "./models/wholesale-application"
import { WholesaleCardIntent } from "./models/wholesale-card-intent"
import { WholesaleMinimumOrder } from "./models/wholesale-minimum-order"
import { WholesalePayment } from "./models/wholesale-payment"
import { WholesaleQuote } from "./models/wholesale-quote"
import { WholesaleQuoteLine } from "./models/wholesale-quote-line"
import { WholesaleQuoteMessage } from "./models/wholesale-quote-message"
import { WholesaleTerms } from "./models/wholesale-terms"
import type { NewQuote, NewQuoteLine, QuoteChanges, QuoteWithLines } from "./types"

/** What a variant without wholesale terms is sold in: single units, from one. */
export const UNIT_TERMS: Terms = { case_pack: 1, min_quantity: 1 }

/** An approved buyer: the customer's place in a company. */
export type WholesaleBuyer = { company_id: string; company_name: string; role: string; customer_id: string }

/** Stores buyer applications, companies and their users, case packs and minimum orders. */
export default class WholesaleModuleService extends MedusaService({
  WholesaleApplication,
  Company,
  CompanyUser,
  WholesaleTerms,
  WholesaleMinimumOrder,
  WholesaleQuote,
  WholesaleQuoteLine,
  WholesaleQuoteMessage,
  WholesalePayment,
  WholesaleCardIntent,
}) {
  /** The company a customer buys for, or null when the customer is no approved buyer. */
  async buyerOf(customerId: string | null | undefined): Promise<WholesaleBuyer | null> {
    if (!customerId) return null
    const [user] = await this.listCompanyUsers({ customer_id: customerId }, { select: ["id", "role", "company_id"] })
    if (!user?.company_id) return null
    const company = await this.retrieveCompany(user.company_id, { select: ["id", "name"] })
    return { company_id: company.id, company_name: company.name, role: user.role, customer_id: customerId }
  }

  /** The users of a company, oldest first (the buyer admin who applied comes first). */
  async membersOf(companyId: string) {
    return await this.listCompanyUsers(
      { company_id: companyId },
      { select: ["id", "customer_id", "role", "created_at"], order: { created_at: "ASC" }, take: null },
    )
  }

  /**
   * Adds `customerId` to the company with `role`. Refused (`CONFLICT`, one message for both, so a
   * buyer admin learns nothing about another company) when the customer already buys for a
   * company or has an application waiting; the unique index on `customer_id` settles two adds
   * at once. Returns the new user's id.
   */
  @InjectTransactionManager()
  async addCompanyMember(
    input: { company_id: string; customer_id: string; role: CompanyRole },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<string> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a user is added in a transaction")
    await manager.execute("select id from company where id = ? and deleted_at is null for update", [input.company_id])
    const taken = new MedusaError(
      MedusaError.Types.CONFLICT,
      "this customer already buys for a company or has applied for a wholesale account; they cannot be added",
    )
    const [already] = await this.listCompanyUsers({ customer_id: input.customer_id }, { select: ["id"] }, sharedContext)
    const [applied] = await this.listWholesaleApplications(
      { customer_id: input.customer_id, status: "pending" },
      { select: ["id"] },
      sharedContext,
    )
    if (already || applied) throw taken
    try {
      const created = await this.createCompanyUsers(input, sharedContext)
      return created.id
    } catch (error) {
      // Another add of the same customer won the race: the unique index on customer_id refused this one.
      const message = String((error as Error).message)
      if (/unique|already exists/i.test(message)) throw taken
      throw error
    }
  }

  /**
   * Changes a user's role or removes them (soft delete: `restoreCompanyUsers` undoes it), the
   * company's users locked so two buyer admins stepping down at once never leave it without one
   * (domain: `companyMemberChangeRefusal`). `NOT_FOUND` for a user of another company. Returns the
   * user as it was.
   */
  @InjectTransactionManager()
  async changeCompanyMember(
    input: { company_id: string; change: CompanyMemberChange },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<{ id: string; customer_id: string; role: CompanyRole }> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a user changes in a transaction")
    const members: { id: string; customer_id: string; role: CompanyRole }[] = await manager.execute(
      "select id, customer_id, role from company_user where company_id = ? and deleted_at is null order by id for update",
      [input.company_id],
    )
    const member = members.find((candidate) => candidate.id === input.change.id)
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `company user ${input.change.id} was not found`)
    }
    const refused = companyMemberChangeRefusal(members, input.change)
    if (refused) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
    if (input.change.kind === "remove") await this.softDeleteCompanyUsers([member.id], {}, sharedContext)
    else if (input.change.role !== member.role) {
      await this.updateCompanyUsers({ id: member.id, role: input.change.role }, sharedContext)
    }
    return member
  }

  /** Each variant's wholesale terms (`UNIT_TERMS` for a variant without any). */
  async termsOfVariants(variantIds: string[]): Promise<Map<string, Terms>> {
    const terms = new Map<string, Terms>(variantIds.map((id) => [id, UNIT_TERMS]))
    if (!variantIds.length) return terms
    for (const row of await this.listWholesaleTerms({ variant_id: variantIds }, { take: null })) {
      terms.set(row.variant_id, { case_pack: row.case_pack, min_quantity: row.min_quantity })
    }
    return terms
  }

  /** The minimum order value in `currencyCode` (main unit), or null when the currency has none. */
  async minimumOrderIn(currencyCode: string): Promise<number | null> {
    const [row] = await this.listWholesaleMinimumOrders({ currency_code: currencyCode.toLowerCase() })
    return row ? Number(row.amount) : null
  }

  /**
   * Moves an application from pending to `to` with one conditional UPDATE, so two staff deciding
   * at once never both succeed (the second is refused as `NOT_ALLOWED`, naming the status it found).
   */
  @InjectTransactionManager()
  async decideApplication(
    input: { id: string; to: WholesaleApplicationStatus; decided_by: string; rejection_reason?: string | null },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<void> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a decision must run in a transaction")
    const rows: { status: WholesaleApplicationStatus }[] = await manager.execute(
      "select status from wholesale_application where id = ? and deleted_at is null for update",
      [input.id],
    )
    const from = rows[0]?.status
    if (!from) throw new MedusaError(MedusaError.Types.NOT_FOUND, `wholesale application ${input.id} was not found`)
    const check = checkApplicationTransition(from, input.to)
    if (!check.allowed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, check.reason)
    await manager.execute(
      `update wholesale_application set status = ?, rejection_reason = ?, decided_by = ?, decided_at = now(),
       updated_at = now() where id = ? and status = ?`,
      [input.to, input.rejection_reason ?? null, input.decided_by, input.id, from],
    )
  }

  /** Puts a decided application back to pending (the compensation of a decision whose workflow failed). */
  @InjectTransactionManager()
  async reopenApplication(id: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    await sharedContext.transactionManager?.execute(
      `update wholesale_application set status = 'pending', rejection_reason = null, decided_by = null,
       decided_at = null, company_id = null, updated_at = now() where id = ?`,
      [id],
    )
  }

  /** A quote with its lines and messages, or 404 when it is not `companyId`'s (when given): other companies never learn it exists. */
  async quoteOf(id: string, companyId?: string): Promise<QuoteWithLines> {
    const [quote] = await this.listWholesaleQuotes(
      { id, ...(companyId ? { company_id: companyId } : {}) },
      { relations: ["lines", "messages"] },
    )
    if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `wholesale quote ${id} was not found`)
    return quote as unknown as QuoteWithLines
  }

  /**
   * Moves a quote to `to` under the domain's transitions table, the row locked, with `changes` set
   * in the same transaction; line prices (staff's answer) too. Refused (`NOT_ALLOWED`) naming the
   * status it found, so two hands at once never both move it. Returns the status it left.
   */
  @InjectTransactionManager()
  async moveQuote(
    input: {
      id: string
      to: QuoteStatus
      today: string
      changes?: QuoteChanges
      lines?: { id: string; quoted_unit_price: number }[]
    },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<QuoteStatus> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a quote moves in a transaction")
    const rows: { status: QuoteStatus; valid_until: string | null }[] = await manager.execute(
      "select status, valid_until from wholesale_quote where id = ? and deleted_at is null for update",
      [input.id],
    )
    const found = rows[0]
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `wholesale quote ${input.id} was not found`)
    const check = checkQuoteTransition(found.status, input.to, { validUntil: found.valid_until, today: input.today })
    if (!check.allowed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, check.reason)
    await this.updateWholesaleQuotes({ id: input.id, status: input.to, ...input.changes }, sharedContext)
    if (input.lines?.length) await this.updateWholesaleQuoteLines(input.lines, sharedContext)
    return found.status
  }

  /**
   * Creates a requested quote with its lines (and the buyer's first message) in one transaction;
   * refused (`CONFLICT`) while another open quote was asked for the same cart, so a double submit
   * makes one quote.
   */
  @InjectTransactionManager()
  async createQuote(
    input: { quote: NewQuote; lines: NewQuoteLine[]; message?: { author_id: string; body: string } | null },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<string> {
    // Serialises submits of one cart: the second waits here and then finds the first's quote.
    await sharedContext.transactionManager?.execute("select pg_advisory_xact_lock(hashtext(?))", [
      `wholesale_quote:${input.quote.cart_id}`,
    ])
    const [open] = await this.listWholesaleQuotes(
      { cart_id: input.quote.cart_id, status: ["requested", "quoted"] },
      { select: ["id"] },
      sharedContext,
    )
    if (open) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `quote ${open.id} was already asked for this cart; withdraw it to ask again`,
      )
    }
    const quote = await this.createWholesaleQuotes(input.quote, sharedContext)
    await this.createWholesaleQuoteLines(
      input.lines.map((line) => ({ ...line, quote_id: quote.id })),
      sharedContext,
    )
    if (input.message) {
      await this.createWholesaleQuoteMessages(
        { ...input.message, author_type: "buyer", quote_id: quote.id },
        sharedContext,
      )
    }
    return quote.id
  }

  /** Marks every quoted quote whose validity ended before `today` expired; returns their ids (a second run finds none). */
  @InjectTransactionManager()
  async expireQuotes(today: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<string[]> {
    const rows: { id: string }[] =
      (await sharedContext.transactionManager?.execute(
        `update wholesale_quote set status = 'expired', closed_at = now(), updated_at = now()
         where status = 'quoted' and valid_until < ? and deleted_at is null returning id`,
        [today],
      )) ?? []
    return rows.map((row) => row.id)
  }

  /**
   * Records a payment received on an accepted quote's order, refused (`INVALID_DATA`) when it
   * would pay more than the order's balance; the quote row is locked so two staff recording at
   * once never overpay it together. A card payment (`stripe_payment_intent_id`) is recorded once:
   * recorded again (the webhook and the buyer's page both report it, a webhook redelivered) it
   * answers the payment already there.
   */
  @InjectTransactionManager()
  async recordPayment(
    input: {
      quote_id: string
      amount: number
      received_on: string
      reference: string
      recorded_by: string
      method?: "transfer" | "card"
      stripe_payment_intent_id?: string
    },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ) {
    await sharedContext.transactionManager?.execute("select id from wholesale_quote where id = ? for update", [
      input.quote_id,
    ])
    if (input.stripe_payment_intent_id) {
      const [recorded] = await this.listWholesalePayments(
        { stripe_payment_intent_id: input.stripe_payment_intent_id },
        {},
        sharedContext,
      )
      if (recorded) return recorded
    }
    const quote = await this.quoteOf(input.quote_id)
    if (quote.status !== "accepted" || !quote.order_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `payments are recorded on accepted quotes; this quote is ${quote.status}`,
      )
    }
    const previous = await this.listWholesalePayments({ quote_id: quote.id }, {}, sharedContext)
    const { total } = totalsOfQuote(quote)
    const paid = previous.map((payment) => ({ amount: Number(payment.amount), received_on: payment.received_on }))
    try {
      orderBalance(
        quote.payment_terms ?? "prepayment",
        { amount: total, currencyCode: quote.currency_code },
        { ordered: quote.accepted_on ?? input.received_on, ships: shipDay(quote) },
        [...paid, { amount: input.amount, received_on: input.received_on }],
        input.received_on,
      )
    } catch {
      const balance = orderBalance(
        quote.payment_terms ?? "prepayment",
        { amount: total, currencyCode: quote.currency_code },
        { ordered: quote.accepted_on ?? input.received_on, ships: shipDay(quote) },
        paid,
        input.received_on,
      ).balance
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount ${input.amount} is more than the order's balance of ${balance} ${quote.currency_code.toUpperCase()}`,
      )
    }
    return await this.createWholesalePayments(
      { ...input, order_id: quote.order_id, currency_code: quote.currency_code },
      sharedContext,
    )
  }
}

/** A quote's totals at staff's prices (the buyer's asked prices until quoted) and freight (0 until quoted). */
export function totalsOfQuote(quote: QuoteWithLines) {
  return quoteTotals(
    quote.lines.map((line) => ({
      quantity: line.quantity,
      unit_price: Number(line.quoted_unit_price ?? line.requested_unit_price),
    })),
    Number(quote.freight ?? 0),
    quote.currency_code,
  )
}

/** The day an accepted quote's schedule takes as the shipment: the planned day, never before the acceptance. */
export function shipDay(quote: Pick<QuoteWithLines, "ships_on" | "accepted_on" | "requested_delivery_date">): string {
  const planned = quote.ships_on ?? quote.requested_delivery_date
  return quote.accepted_on && planned < quote.accepted_on ? quote.accepted_on : planned
}
