import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { displayName, presentCompany } from "../../../../../lib/wholesale-company"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../modules/wholesale/service"
import { addCompanyUserWorkflow } from "../../../../../workflows/wholesale/workflows/company-members"
import { requireBuyerAdmin } from "../../buyer"
import type { StoreAddCompanyUserType } from "../../validators"

/**
 * POST /store/wholesale/company/users: the buyer admin adds a customer who has an account, by
 * email, as a buyer or buyer admin; they get wholesale prices and an email. 201 with the company;
 * 404 when no account has that email; 409 when that customer buys for a company already or has
 * applied.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddCompanyUserType>, res: MedusaResponse) {
  const buyer = await requireBuyerAdmin(req)
  const { email, role } = req.validatedBody
  const customers = req.scope.resolve(Modules.CUSTOMER)
  const candidates = await customers.listCustomers(
    // Email addresses are matched whatever their letters' case (a shopper may have signed up as "Kenji@…").
    { email: { $ilike: email.trim().replace(/[\\%_]/g, (special) => `\\${special}`) }, has_account: true },
    { select: ["id", "email", "first_name", "last_name"] },
  )
  const customer = candidates[0]
  if (!customer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `no customer account has the email ${email}: ask them to create an account in the shop first, then add them`,
    )
  }
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const company = await wholesale.retrieveCompany(buyer.company_id, { select: ["id", "name", "preferred_language"] })
  const [admin] = await customers.listCustomers(
    { id: buyer.customer_id },
    { select: ["id", "email", "first_name", "last_name"] },
  )
  await addCompanyUserWorkflow(req.scope).run({
    input: {
      company_id: buyer.company_id,
      customer_id: customer.id,
      role,
      email: customer.email,
      name: displayName(customer),
      admin: admin ? displayName(admin) : buyer.company_name,
      company: company.name,
      locale: company.preferred_language,
    },
  })
  res.status(201).json({ company: await presentCompany(req.scope, buyer) })
}
