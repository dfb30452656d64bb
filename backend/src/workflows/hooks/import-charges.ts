import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { restoreImportChargesLine, syncImportChargesLine } from "../../lib/import-charges"

// Duty paid to Japan (README: Money and tax): the cart's duty-and-tax line follows the cart. Medusa
// refreshes a cart after every change (lines added, changed or removed, the address or region
// changed, a shipping method chosen) and, at the end, brings the payment collection to the cart's
// total; this hook runs just before that, so the line's amount is in the total the payment takes.
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(
  async ({ input }, { container }) => {
    const state = await syncImportChargesLine(container, input.cart_id)
    return new StepResponse(undefined, state ?? undefined)
  },
  async (state, { container }) => {
    if (state) await restoreImportChargesLine(container, state)
  },
)
