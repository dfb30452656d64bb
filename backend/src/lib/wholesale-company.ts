import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { CompanyRole } from "@ovop/domain"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import type { WholesaleBuyer } from "../modules/wholesale/service"

/** A company's user as the store answers it to the company's own buyers. */
export type PresentedCompanyUser = {
  id: string
  role: CompanyRole
  email: string
  first_name: string | null
  last_name: string | null
  /** The signed-in buyer themselves. */
  is_you: boolean
  created_at: string
}

/** The buyer's company with its users (oldest first), as GET /store/wholesale/company answers it. */
export async function presentCompany(scope: MedusaContainer, buyer: WholesaleBuyer) {
  const wholesale: WholesaleModuleService = scope.resolve(WHOLESALE_MODULE)
  const company = await wholesale.retrieveCompany(buyer.company_id)
  const members = await wholesale.membersOf(buyer.company_id)
  const customers = await scope
    .resolve(Modules.CUSTOMER)
    .listCustomers(
      { id: members.map((member) => member.customer_id) },
      { select: ["id", "email", "first_name", "last_name"], take: null },
    )
  const byId = new Map(customers.map((customer) => [customer.id, customer]))
  const users: PresentedCompanyUser[] = members.map((member) => {
    const customer = byId.get(member.customer_id)
    return {
      id: member.id,
      role: member.role as CompanyRole,
      email: customer?.email ?? "",
      first_name: customer?.first_name ?? null,
      last_name: customer?.last_name ?? null,
      is_you: member.customer_id === buyer.customer_id,
      created_at: new Date(member.created_at).toISOString(),
    }
  })
  return {
    id: company.id,
    name: company.name,
    country_code: company.country_code,
    preferred_language: company.preferred_language,
    payment_terms: company.payment_terms,
    your_role: buyer.role as CompanyRole,
    users,
  }
}

/** A person's name for an email: first and last name, or the email address when there is none. */
export function displayName(customer: { email: string; first_name?: string | null; last_name?: string | null }) {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim()
  return name || customer.email
}
