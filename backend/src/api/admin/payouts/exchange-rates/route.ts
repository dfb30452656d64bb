import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import type { AdminCreateExchangeRateType, AdminGetExchangeRatesParamsType } from "../validators"

/** GET /admin/payouts/exchange-rates: every rate staff set (the history), newest day first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetExchangeRatesParamsType>,
  res: MedusaResponse,
) {
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const { currency_code, limit, offset } = req.validatedQuery
  const [exchange_rates, count] = await payout.listAndCountExchangeRates(currency_code ? { currency_code } : {}, {
    order: { effective_on: "DESC", created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ exchange_rates, count, limit, offset })
}

/** POST /admin/payouts/exchange-rates: a new rate to som from a day on (rows are never changed). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateExchangeRateType>, res: MedusaResponse) {
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const body = req.validatedBody
  const exchange_rate = await payout.createExchangeRates({
    currency_code: body.currency_code,
    rate_to_kgs: body.rate_to_kgs,
    effective_on: body.effective_on,
    note: body.note ?? null,
    set_by: req.auth_context.actor_id,
  })
  res.status(201).json({ exchange_rate })
}
