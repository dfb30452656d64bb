import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentCompany } from "../../../../../../lib/wholesale-company"
import { WHOLESALE_MODULE } from "../../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../../modules/wholesale/service"
import { removeCompanyUserWorkflow } from "../../../../../../workflows/wholesale/workflows/company-members"
import { routeParam } from "../../../../../input/fields"
import { requireBuyer, requireBuyerAdmin } from "../../../buyer"
import type { StoreUpdateCompanyUserType } from "../../../validators"

/**
 * POST /store/wholesale/company/users/:id: the buyer admin changes a user's role. 400
 * `not_allowed` when the company's only buyer admin would step down; 404 for a user of another
 * company.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateCompanyUserType>, res: MedusaResponse) {
  const buyer = await requireBuyerAdmin(req)
  const id = routeParam(req, "id", "id")
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  await wholesale.changeCompanyMember({
    company_id: buyer.company_id,
    change: { kind: "role", id, role: req.validatedBody.role },
  })
  // A buyer admin who made themselves a buyer now sees the company as a buyer.
  res.json({ company: await presentCompany(req.scope, await requireBuyer(req)) })
}

/**
 * DELETE /store/wholesale/company/users/:id: the buyer admin takes a user out of the company (and
 * of wholesale prices). 400 `not_allowed` for the company's only buyer admin; 404 for a user of
 * another company or one already removed.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await requireBuyerAdmin(req)
  const id = routeParam(req, "id", "id")
  const { result } = await removeCompanyUserWorkflow(req.scope).run({ input: { company_id: buyer.company_id, id } })
  // A buyer admin who removed themselves is no buyer any more: there is no company left to show them.
  const removedSelf = result.customer_id === buyer.customer_id
  res.json({
    id,
    object: "company_user",
    deleted: true,
    company: removedSelf ? null : await presentCompany(req.scope, buyer),
  })
}
