import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { refuse } from "../../lib/refusal-error"
import { OFF_SALE_WHEN_CERTIFICATE_EXPIRED, offSaleReason } from "../../modules/producer-group/certificate"
import type { CartVariant } from "./cart-variants"

/**
 * Refuses with a 400 (`group_paused`, `certificate_expired`) variants whose producer group is paused
 * or (when the store setting is on) whose Issyk-Kul brand certificate has expired.
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
    const refused = {
      product: variant.product?.title ?? variant.title ?? variant.id,
      product_id: variant.product?.id,
      group: group.name ?? "",
      group_id: group.id,
    }
    if (reason === "group_paused") throw refuse("group_paused", refused)
    if (reason === "certificate_expired") throw refuse("certificate_expired", refused)
  }
}
