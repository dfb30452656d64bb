import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { type CertificateDates, carriesBrandBadge, certificateState } from "../../../modules/producer-group/certificate"

/** A producer group as staff see it: every field, its translations and its products. */
export async function retrieveAdminProducerGroup(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_group",
    fields: ["*", "products.id", "products.title", "products.handle", "products.thumbnail", "products.status"],
    filters: { id },
  })
  const group = data[0] as (Record<string, unknown> & { id: string }) | undefined
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `producer group ${id} was not found`)
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const translations = await translationModule.listTranslations({ reference_id: id })
  return {
    ...group,
    certificate_state: certificateState(group as CertificateDates, new Date()),
    brand_certified: carriesBrandBadge(group as CertificateDates, new Date()),
    translations: Object.fromEntries(translations.map((t) => [t.locale_code, t.translations])),
  }
}
