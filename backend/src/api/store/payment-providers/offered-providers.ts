import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  BANK_TRANSFER_PROVIDER_ID,
  bankDetailsFrom,
  bankTransferOptionsFrom,
} from "../../../modules/offline-payment/bank-details"

type ProvidersAnswer = { payment_providers?: { id: string }[]; count?: number }

/**
 * `GET /store/payment-providers`: bank transfer is listed only while the association's account is
 * configured (`OVOP_BANK_*`), so a shopper is never offered a transfer to a placeholder account.
 * The provider itself refuses a session without one (`payment_unavailable`).
 */
export function hideUnconfiguredProviders(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (bankDetailsFrom(bankTransferOptionsFrom(process.env))) return next()
  const json = res.json.bind(res)
  res.json = ((body: ProvidersAnswer) => {
    if (!Array.isArray(body?.payment_providers) || res.statusCode >= 400) return json(body)
    const offered = body.payment_providers.filter((provider) => provider.id !== BANK_TRANSFER_PROVIDER_ID)
    const hidden = body.payment_providers.length - offered.length
    return json({ ...body, payment_providers: offered, count: Math.max(0, (body.count ?? offered.length) - hidden) })
  }) as typeof res.json
  next()
}
