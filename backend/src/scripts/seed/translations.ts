import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TRANSLATED_LOCALES } from "../../lib/locales"
import { present } from "../../lib/query-graph"
import type { Localized, SeedProduct } from "./catalogue"

/** Translations of a record's fields in ja, ru and ky (English stays on the record). */
export function translationsOf(fields: Record<string, Localized | undefined>): Record<string, Record<string, string>> {
  const byLocale: Record<string, Record<string, string>> = {}
  for (const locale of TRANSLATED_LOCALES) {
    const text: Record<string, string> = {}
    for (const [field, localized] of Object.entries(fields)) if (localized?.[locale]) text[field] = localized[locale]
    byLocale[locale] = text
  }
  return byLocale
}

type TranslationRow = {
  reference: string
  reference_id: string
  locale_code: string
  translations: Record<string, string>
}

/** The Translation module's rows for one record's fields (a row per language that has text). */
function translationRows(reference: string, referenceId: string, fields: Record<string, Localized | undefined>) {
  return Object.entries(translationsOf(fields))
    .filter(([, text]) => Object.keys(text).length)
    .map(
      ([locale_code, translations]): TranslationRow => ({
        reference,
        reference_id: referenceId,
        locale_code,
        translations,
      }),
    )
}

/** Writes a new record's translations (its fields in ja, ru and ky) to the Translation module. */
export async function writeTranslations(
  container: MedusaContainer,
  reference: string,
  referenceId: string,
  fields: Record<string, Localized | undefined>,
): Promise<void> {
  const rows = translationRows(reference, referenceId, fields)
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  if (rows.length) await translationModule.createTranslations(rows)
}

/** Translates a new product's title, texts, option, option values and variant titles. */
export async function writeProductTranslations(container: MedusaContainer, productId: string, product: SeedProduct) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["options.id", "options.values.id", "options.values.value", "variants.id", "variants.sku"],
    filters: { id: productId },
  })
  const [created] = data
  const labelOf = (value: string | undefined) => product.option.values.find((v) => v.value === value)?.label
  // Every row of the product in one write.
  const rows = [
    ...translationRows("product", productId, {
      title: product.title,
      subtitle: product.subtitle,
      description: product.description,
      material: product.material ?? product.ingredients,
    }),
    ...present(created?.options).flatMap((option) => [
      ...translationRows("product_option", option.id, { title: product.option.title }),
      ...present(option.values).flatMap((value) =>
        translationRows("product_option_value", value.id, { value: labelOf(value.value) }),
      ),
    ]),
    ...present(created?.variants).flatMap((variant) =>
      translationRows("product_variant", variant.id, {
        title: labelOf(product.variants.find((v) => v.sku === variant.sku)?.option_value),
      }),
    ),
  ]
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  if (rows.length) await translationModule.createTranslations(rows)
}
