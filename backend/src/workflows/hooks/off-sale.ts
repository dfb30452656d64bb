import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  type CertificateDates,
  OFF_SALE_WHEN_CERTIFICATE_EXPIRED,
  offSaleReason,
} from "../../modules/producer-group/certificate"

type VariantWithGroup = {
  id: string
  product?: { title?: string; producer_group?: (CertificateDates & { status?: string; name?: string }) | null } | null
}

/**
 * Refuses, with a 400 a shopper can read, variants whose producer group is paused or (when the
 * store setting is on) whose Issyk-Kul brand certificate has expired.
 */
export async function assertVariantsOnSale(container: MedusaContainer, variantIds: string[]): Promise<void> {
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { select: ["id", "metadata"] })
  const offSaleWhenExpired = store?.metadata?.[OFF_SALE_WHEN_CERTIFICATE_EXPIRED] === true
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product.title",
      "product.producer_group.name",
      "product.producer_group.status",
      "product.producer_group.certificate_number",
      "product.producer_group.certificate_valid_from",
      "product.producer_group.certificate_valid_to",
    ],
    filters: { id: variantIds },
  })
  const now = new Date()
  for (const variant of data as unknown as VariantWithGroup[]) {
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
