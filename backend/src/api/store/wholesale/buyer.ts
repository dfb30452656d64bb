import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { WholesaleBuyer } from "../../../modules/wholesale/service"

/**
 * The company the signed-in customer buys for. A customer who is no approved buyer (a retail
 * customer, an applicant still waiting) is refused 403: quotes are for companies' buyers only.
 */
export async function requireBuyer(req: AuthenticatedMedusaRequest<unknown>): Promise<WholesaleBuyer> {
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const buyer = await wholesale.buyerOf(req.auth_context?.actor_id)
  if (!buyer) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "this is for approved wholesale buyers: apply at /store/wholesale/applications",
    )
  }
  return buyer
}

/** The signed-in buyer when they are their company's buyer admin; 403 for a buyer (only the buyer admin manages the company's users). */
export async function requireBuyerAdmin(req: AuthenticatedMedusaRequest<unknown>): Promise<WholesaleBuyer> {
  const buyer = await requireBuyer(req)
  if (buyer.role !== "buyer_admin") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "only your company's buyer admin can add, change or remove its users; ask them",
    )
  }
  return buyer
}
