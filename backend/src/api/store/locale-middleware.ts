import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ITranslationModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  fallbackFields,
  LOCALE_FALLBACKS,
  resolveStoreLocale,
  STORE_LOCALES,
  type StoreLocale,
  type TranslationsByLocale,
} from "../../lib/locales"

/**
 * Reads the locale a store request asks for (`?locale=` or `x-medusa-locale`, already put on
 * `req.locale` by Medusa) as one of en, ja, ru, ky, and answers 400 for any other. For a
 * locale with fallbacks (ky -> ru), fields the locale leaves untranslated are filled from the
 * fallback before the response leaves, so a reader gets Russian rather than English.
 */
export async function storeLocaleMiddleware(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  if (!req.locale) return next()
  const locale = resolveStoreLocale(req.locale)
  if (!locale) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `locale: '${req.locale}' is not a language of this store; use one of ${STORE_LOCALES.join(", ")}`,
      ),
    )
  }
  // English is the records' own text: nothing to look up.
  req.locale = locale === "en" ? undefined : locale
  if (LOCALE_FALLBACKS[locale].length) {
    const send = res.json.bind(res)
    res.json = ((body: unknown) => {
      fillFromFallbacks(req, locale, body)
        .then(() => send(body))
        .catch((error: unknown) => next(error))
      return res
    }) as typeof res.json
  }
  next()
}

async function fillFromFallbacks(req: MedusaRequest, locale: StoreLocale, body: unknown): Promise<void> {
  const records = new Map<string, Record<string, unknown>[]>()
  collectRecords(body, records)
  if (!records.size) return
  const translationModule: ITranslationModuleService = req.scope.resolve(Modules.TRANSLATION)
  const translations = await translationModule.listTranslations(
    { reference_id: [...records.keys()], locale_code: [locale, ...LOCALE_FALLBACKS[locale]] },
    { select: ["reference_id", "locale_code", "translations"], take: null },
  )
  const byRecord = new Map<string, TranslationsByLocale>()
  for (const translation of translations) {
    const entry = byRecord.get(translation.reference_id) ?? {}
    entry[translation.locale_code as keyof TranslationsByLocale] = translation.translations ?? {}
    byRecord.set(translation.reference_id, entry)
  }
  for (const [id, objects] of records) {
    const filled = fallbackFields(locale, byRecord.get(id) ?? {})
    for (const object of objects) {
      for (const [field, value] of Object.entries(filled)) {
        if (typeof object[field] === "string") object[field] = value
      }
    }
  }
}

function collectRecords(value: unknown, records: Map<string, Record<string, unknown>[]>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRecords(item, records)
    return
  }
  if (!value || typeof value !== "object") return
  const object = value as Record<string, unknown>
  if (typeof object.id === "string") records.set(object.id, [...(records.get(object.id) ?? []), object])
  for (const [key, child] of Object.entries(object)) if (key !== "metadata") collectRecords(child, records)
}
