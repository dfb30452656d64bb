import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OFF_SALE_WHEN_CERTIFICATE_EXPIRED, offSaleReason } from "../../modules/producer-group/certificate"
import type { CartVariant } from "./cart-variants"

/**
 * Refuses, with a 400 a shopper can read, variants whose producer group is paused or (when the
 * store setting is on) whose Issyk-Kul brand certificate has expired.
 */
export async function assertVariantsOnSale(container: MedusaContainer, variants: CartVariant[]): Promise<void> {
  if (!variants.some((variant) => variant.product?.producer_group)) return
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { select: ["id", "metadata"] })
  const offSaleWhenExpired = store?.metadata?.[OFF_SALE_WHEN_CERTIFICATE_EXPIRED] === true
  const now = new Date()
  for (const variant of variants) {
    const group = variant.product?.producer_group
    if (!group) continue
    const reason = offSaleReason(group, offSaleWhenExpired, now)
    if (reason === "group_paused") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${variant.product?.title}" cannot be bought right now: ${group.name} has paused its sales`,
      )
    }
    if (reason === "certificate_expired") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${variant.product?.title}" is off sale: the Issyk-Kul brand certificate of ${group.name} has expired`,
      )
    }
  }
}
