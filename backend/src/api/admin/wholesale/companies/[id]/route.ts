import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { paymentTermsRefusal } from "@ovop/domain"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../modules/wholesale/service"
import { routeParam } from "../../../../input/fields"
import type { AdminUpdateCompanyType } from "../../validators"

/**
 * POST /admin/wholesale/companies/:id: staff mark a company trusted (it may be given net 30) and
 * set the terms its quotes start from; net 30 as default needs the company trusted.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCompanyType>, res: MedusaResponse) {
  const id = routeParam(req, "id", "id")
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const [company] = await wholesale.listCompanies({ id })
  if (!company) throw new MedusaError(MedusaError.Types.NOT_FOUND, `company ${id} was not found`)
  const trusted = req.validatedBody.trusted ?? Boolean(company.trusted)
  const terms =
    req.validatedBody.payment_terms ??
    (trusted ? company.payment_terms : company.payment_terms === "net_30" ? "prepayment" : company.payment_terms)
  const refused = paymentTermsRefusal(terms, { trusted })
  if (refused) throw new MedusaError(MedusaError.Types.INVALID_DATA, `payment_terms: ${refused}`)
  const updated = await wholesale.updateCompanies({ id, trusted, payment_terms: terms })
  res.json({ company: updated })
}
