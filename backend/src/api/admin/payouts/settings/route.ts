import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defaultCommissionRate, setDefaultCommissionRate } from "../../../../lib/commission-default"
import type { AdminUpdatePayoutSettingsType } from "../validators"

/** GET /admin/payouts/settings: the store's default commission for new producer groups. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payout_settings: { default_commission_rate: await defaultCommissionRate(req.scope) } })
}

/**
 * POST /admin/payouts/settings: sets the default commission new producer groups get (0 to 0.5);
 * existing groups keep their own rate.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePayoutSettingsType>, res: MedusaResponse) {
  const rate = await setDefaultCommissionRate(req.scope, req.validatedBody.default_commission_rate)
  res.json({ payout_settings: { default_commission_rate: rate } })
}
