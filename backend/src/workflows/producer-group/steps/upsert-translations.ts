import type { ITranslationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const upsertTranslationsStepId = "upsert-translations"

/** Translated text of one record, per locale; fields not given are kept as they are. */
export type UpsertTranslationsInput = {
  reference: string
  reference_id: string
  translations: Record<string, Record<string, string | undefined>>
}

type Previous = { created: string[]; updated: { id: string; translations: Record<string, unknown> }[] }

/**
 * Merges the given fields into the record's translations in each locale (creating the
 * locale's translation when it has none). Compensation restores the previous text.
 */
export const upsertTranslationsStep = createStep(
  upsertTranslationsStepId,
  async (input: UpsertTranslationsInput, { container }) => {
    const previous: Previous = { created: [], updated: [] }
    const locales = Object.keys(input.translations)
    if (!locales.length) return new StepResponse(undefined, previous)
    const service: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
    const existing = await service.listTranslations({ reference_id: input.reference_id, locale_code: locales })
    for (const locale of locales) {
      const fields = Object.fromEntries(
        Object.entries(input.translations[locale] ?? {}).filter(([, value]) => value !== undefined),
      ) as Record<string, string>
      const current = existing.find((t) => t.locale_code === locale)
      if (current) {
        previous.updated.push({ id: current.id, translations: { ...(current.translations ?? {}) } })
        await service.updateTranslations({
          id: current.id,
          translations: { ...(current.translations ?? {}), ...fields },
        })
      } else {
        const created = await service.createTranslations({
          reference: input.reference,
          reference_id: input.reference_id,
          locale_code: locale,
          translations: fields,
        })
        previous.created.push(created.id)
      }
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
    if (previous.created.length) await service.deleteTranslations(previous.created)
    for (const update of previous.updated) await service.updateTranslations(update)
  },
)
