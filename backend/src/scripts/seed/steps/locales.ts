import type { ITranslationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { LOCALE_NAMES, STORE_LOCALES } from "../../../lib/locales"
import type { SeedRun } from "../run"

/** Locales: English, Japanese, Russian and Kyrgyz (Kyrgyz is not among Medusa's defaults). */
export async function seedLocales({ container, report }: SeedRun): Promise<void> {
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const knownLocales = await translationModule.listLocales({ code: [...STORE_LOCALES] })
  const missingLocales = STORE_LOCALES.filter((code) => !knownLocales.some((l) => l.code === code))
  if (missingLocales.length) {
    await translationModule.createLocales(missingLocales.map((code) => ({ code, name: LOCALE_NAMES[code] })))
  }
  report("locales", missingLocales.length, knownLocales.length)
}
