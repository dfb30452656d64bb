import type { ITranslationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  isTranslatedLocale,
  LOCALE_FALLBACKS,
  type Locale,
  type Refusal,
  type RefusalCode,
  resolveLocale,
} from "@ovop/domain"
import { refusalMessage } from "@ovop/domain/messages"

/** The body a refusal is answered with: Medusa's `type`, the stable `code`, its `params` and the message in the reader's language. */
export type RefusalBody = { type: string; code: RefusalCode; params: Refusal["params"]; message: string }

/** The language a request asked for (`x-medusa-locale` or `?locale=`, read by Medusa and the store's locale middleware); English otherwise. */
export function requestLocale(req: { locale?: string }): Locale {
  return resolveLocale(req.locale) ?? "en"
}

type Scope = { resolve: (key: string) => unknown }

/** The translated field (`title` of a product, `name` of a group) of each record in `locale`, then its fallbacks. */
async function translatedField(
  scope: Scope,
  locale: Locale,
  ids: string[],
  field: "title" | "name",
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  if (!ids.length || !isTranslatedLocale(locale)) return names
  const translation = scope.resolve(Modules.TRANSLATION) as ITranslationModuleService
  const locales = [locale, ...LOCALE_FALLBACKS[locale]]
  const rows = await translation.listTranslations(
    { reference_id: ids, locale_code: locales },
    { select: ["reference_id", "locale_code", "translations"], take: null },
  )
  for (const code of [...locales].reverse()) {
    for (const row of rows.filter((r) => r.locale_code === code)) {
      const value = (row.translations as Record<string, unknown> | null)?.[field]
      if (typeof value === "string" && value.trim()) names.set(row.reference_id, value)
    }
  }
  return names
}

/**
 * The refusal as the reader of `locale` gets it: the product (`product_id`) and the producer group
 * (`group_id`) named in that language, as the store's product and group routes name them (the
 * Translation module, Kyrgyz falling back to Russian), the English name where none is written, and
 * the message rendered from the code in that language.
 */
export async function refusalForReader(scope: Scope, refused: Refusal, locale: Locale): Promise<Refusal> {
  const params = { ...refused.params } as Record<string, unknown>
  const productId = typeof params.product_id === "string" ? params.product_id : undefined
  const groupId = typeof params.group_id === "string" ? params.group_id : undefined
  // A refusal naming several cart lines (`restricted_lines`) names each line's product the same way.
  const lines = Array.isArray(params.lines) ? (params.lines as { product?: string; product_id?: unknown }[]) : []
  const lineProductIds = lines.flatMap((line) => (typeof line.product_id === "string" ? [line.product_id] : []))
  try {
    const [products, groups] = await Promise.all([
      translatedField(scope, locale, [...new Set([...(productId ? [productId] : []), ...lineProductIds])], "title"),
      translatedField(scope, locale, groupId ? [groupId] : [], "name"),
    ])
    if (productId && products.has(productId)) params.product = products.get(productId)
    if (groupId && groups.has(groupId)) params.group = groups.get(groupId)
    if (lines.length) {
      params.lines = lines.map((line) =>
        typeof line.product_id === "string" && products.has(line.product_id)
          ? { ...line, product: products.get(line.product_id) }
          : line,
      )
    }
  } catch {
    // Without the Translation module the names stay English: the refusal itself still stands.
  }
  return { code: refused.code, params } as Refusal
}

/** The error body of a refusal for the reader of `locale` (names already in that language, see `refusalForReader`). */
export function refusalBody(type: string, refused: Refusal, locale: Locale): RefusalBody {
  return { type, code: refused.code, params: refused.params, message: refusalMessage(refused, locale) }
}
