import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { checkApplicationTransition, type WholesaleTerms as Terms, type WholesaleApplicationStatus } from "@ovop/domain"
import { Company } from "./models/company"
import { CompanyUser } from "./models/company-user"
import { WholesaleApplication } from "./models/wholesale-application"
import { WholesaleMinimumOrder } from "./models/wholesale-minimum-order"
import { WholesaleTerms } from "./models/wholesale-terms"

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
}) {
  /** The company a customer buys for, or null when the customer is no approved buyer. */
  async buyerOf(customerId: string | null | undefined): Promise<WholesaleBuyer | null> {
    if (!customerId) return null
    const [user] = await this.listCompanyUsers({ customer_id: customerId }, { select: ["id", "role", "company_id"] })
    if (!user?.company_id) return null
    const company = await this.retrieveCompany(user.company_id, { select: ["id", "name"] })
    return { company_id: company.id, company_name: company.name, role: user.role, customer_id: customerId }
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
}
