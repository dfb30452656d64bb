import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The store metadata key of the payment fees the ledger charges to each sale: a map of payment
 * provider id to the percent of a captured payment it costs (`{ "pp_stripe_stripe": 3.4 }`).
 * Providers not named cost nothing (cash on delivery, bank transfer into the association's account).
 */
export const PAYOUT_FEE_PERCENT_SETTING = "ovop_payout_fee_percent"

/** The store's payout settings, read once per booking. */
export async function payoutSettings(
  container: MedusaContainer,
): Promise<{ feePercentOf: (providerId: string) => number }> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "metadata"] })
  const fees = store?.metadata?.[PAYOUT_FEE_PERCENT_SETTING]
  const table = fees && typeof fees === "object" ? (fees as Record<string, unknown>) : {}
  return {
    feePercentOf: (providerId) => {
      const percent = Number(table[providerId] ?? 0)
      return Number.isFinite(percent) && percent > 0 && percent < 100 ? percent : 0
    },
  }
}
