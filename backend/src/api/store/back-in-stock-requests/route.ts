import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import type { StoreCreateBackInStockRequestType } from "./validators"

/**
 * POST /store/back-in-stock-requests: "tell me when it is back". Asking again with the same
 * email for the same variant changes nothing (200 with the waiting request).
 */
export async function POST(req: MedusaStoreRequest<StoreCreateBackInStockRequestType>, res: MedusaResponse) {
  const { variant_id, locale } = req.validatedBody
  const email = req.validatedBody.email.trim().toLowerCase()
  const product = req.scope.resolve("product") as { listProductVariants: (f: unknown) => Promise<unknown[]> }
  const [variant] = await product.listProductVariants({ id: variant_id })
  if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no product variant ${variant_id}`)
  const harvest: HarvestModuleService = req.scope.resolve(HARVEST_MODULE)
  const [waiting] = await harvest.listBackInStockRequests({ variant_id, email, notified_at: null })
  if (waiting) {
    res.status(200).json({ back_in_stock_request: waiting })
    return
  }
  const created = await harvest.createBackInStockRequests({ variant_id, email, locale })
  res.status(201).json({ back_in_stock_request: created })
}
