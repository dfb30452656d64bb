import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { harvestSeasonOf, sameDayLastYear, seasonWindowOf } from "@ovop/domain"
import { fallbackFields, LOCALE_FALLBACKS, type TranslationsByLocale } from "../../../lib/locales"
import {
  type LedgerLineFact,
  type PayoutReportBody,
  payoutReport,
  type ReportGroup,
  type ReportGrouping,
  type ReportLine,
  type ReportPayout,
  reportMonths,
  reportRows,
} from "../../../lib/payout-report"
import { REPORT_LABELS, type ReportLanguage } from "../../../lib/payout-report-csv"
import { present } from "../../../lib/query-graph"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { endOfDay } from "../../../modules/payout/service"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"
import { REPORT_MAX_DAYS } from "./validators"

/** An order item's quantity: the number, else its raw value, else 0 (never NaN in a sum). */
function quantityOf(item: { quantity?: unknown; raw_quantity?: unknown }): number {
  const quantity = Number(item.quantity)
  if (Number.isFinite(quantity)) return quantity
  const raw = Number((item.raw_quantity as { value?: unknown } | null | undefined)?.value)
  return Number.isFinite(raw) ? raw : 0
}

/** How many orders one `query.graph` call reads. */
const ORDER_CHUNK = 200

/**
 * The translated fields of records (groups, categories) in `language`, Kyrgyz falling back to
 * Russian as the shop's pages do; nothing for English (the records' own text is English).
 */
async function translatedFields(
  container: MedusaContainer,
  ids: string[],
  language: ReportLanguage,
): Promise<Map<string, Record<string, string>>> {
  const fields = new Map<string, Record<string, string>>()
  if (language === "en" || !ids.length) return fields
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const rows = await translationModule.listTranslations(
    { reference_id: ids, locale_code: [language, ...LOCALE_FALLBACKS[language]] },
    { take: null },
  )
  const byRecord = new Map<string, TranslationsByLocale>()
  for (const row of rows) {
    const translations = byRecord.get(row.reference_id) ?? {}
    translations[row.locale_code as keyof TranslationsByLocale] = row.translations ?? {}
    byRecord.set(row.reference_id, translations)
  }
  for (const [id, translations] of byRecord) {
    const own = Object.fromEntries(
      Object.entries(translations[language] ?? {}).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "",
      ),
    )
    fields.set(id, { ...fallbackFields(language, translations), ...own })
  }
  return fields
}

/** Every producer group with its names in `language` and its member counts. */
async function reportGroups(container: MedusaContainer, language: ReportLanguage): Promise<Map<string, ReportGroup>> {
  const groups: { id: string; name: string; village: string; member_count: number; women_member_count: number }[] =
    await container
      .resolve(PRODUCER_GROUP_MODULE)
      .listProducerGroups({}, { select: ["id", "name", "village", "member_count", "women_member_count"], take: null })
  const translated = await translatedFields(
    container,
    groups.map((group) => group.id),
    language,
  )
  return new Map(
    groups.map((group) => [
      group.id,
      {
        id: group.id,
        name: translated.get(group.id)?.name ?? group.name,
        village: group.village,
        village_label: translated.get(group.id)?.village ?? group.village,
        members: Number(group.member_count ?? 0),
        women_members: Number(group.women_member_count ?? 0),
      },
    ]),
  )
}

/**
 * The order lines of `facts`: their quantity, and their product's category (the first of its
 * categories by handle, so each line counts once) and harvest season (from the product's season
 * window today). Lines of deleted products have no category and count as sold all year.
 */
async function reportLines(
  container: MedusaContainer,
  facts: readonly LedgerLineFact[],
  language: ReportLanguage,
): Promise<Map<string, ReportLine>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(facts.map((fact) => fact.order_id))]
  const items: { id: string; quantity: number; product_id: string | null }[] = []
  for (let start = 0; start < orderIds.length; start += ORDER_CHUNK) {
    const { data } = await query.graph({
      entity: "order",
      // The quantity lives on the order item's detail: without asking for it, `items.quantity` comes back empty.
      fields: ["id", "items.id", "items.product_id", "items.quantity", "items.detail.quantity"],
      filters: { id: orderIds.slice(start, start + ORDER_CHUNK) },
    })
    for (const order of data) {
      for (const item of present(order.items)) {
        items.push({ id: item.id, quantity: quantityOf(item), product_id: item.product_id ?? null })
      }
    }
  }
  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => Boolean(id)))]
  const products = new Map<
    string,
    { metadata: Record<string, unknown> | null; category: { id: string; name: string } | null }
  >()
  if (productIds.length) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "metadata", "categories.id", "categories.name", "categories.handle"],
      filters: { id: productIds },
    })
    for (const product of data) {
      const [category] = present(product.categories).sort((a, b) => a.handle.localeCompare(b.handle))
      products.set(product.id, {
        metadata: (product.metadata ?? null) as Record<string, unknown> | null,
        category: category ? { id: category.id, name: category.name } : null,
      })
    }
  }
  const categoryIds = [
    ...new Set([...products.values()].flatMap((product) => (product.category ? [product.category.id] : []))),
  ]
  const categoryNames = await translatedFields(container, categoryIds, language)
  return new Map(
    items.map((item) => {
      const product = item.product_id ? products.get(item.product_id) : undefined
      const category = product?.category
        ? { id: product.category.id, name: categoryNames.get(product.category.id)?.name ?? product.category.name }
        : null
      return [
        item.id,
        { quantity: item.quantity, category, season: harvestSeasonOf(seasonWindowOf(product?.metadata)) },
      ]
    }),
  )
}

/** Payouts paid to groups on the days `from` to `to` (batch lines marked paid). */
async function paidPayouts(payout: PayoutModuleService, from: string, to: string): Promise<ReportPayout[]> {
  const lines = await payout.listPayoutBatchLines({ paid_on: { $gte: from, $lte: to } }, { take: null })
  return lines
    .filter((line) => line.paid_on && line.amount > 0)
    .map((line) => ({
      producer_group_id: line.producer_group_id,
      paid_on: line.paid_on as string,
      amount: line.amount,
    }))
}

/**
 * A report's period: the days given, by default the first of January of `to`'s year to today (UTC).
 * The validator checks a period given whole; one completed by today is checked here the same way.
 */
export function reportPeriod(query: { from?: string; to?: string }, today = new Date()): { from: string; to: string } {
  const to = query.to ?? today.toISOString().slice(0, 10)
  const from = query.from ?? `${to.slice(0, 4)}-01-01`
  if (from > to) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `to must be on or after from (to is ${to} when not given: today)`,
    )
  }
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= REPORT_MAX_DAYS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "to must be at most ten years after from")
  }
  return { from, to }
}

/**
 * The payout report for the days `from` to `to` (both included, UTC as statements count them)
 * grouped `by`, with last year's same days for the growth: the ledger's entries of each period,
 * their lines' products, the groups and the payouts paid (`lib/payout-report.ts` adds them up).
 */
export async function payoutReportOf(
  container: MedusaContainer,
  input: { from: string; to: string; by: ReportGrouping; language: ReportLanguage },
): Promise<PayoutReportBody> {
  const payout: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const groups = await reportGroups(container, input.language)
  const labels = REPORT_LABELS[input.language]
  const period = async (from: string, to: string) => {
    const facts = await payout.reportLineFacts({ from: new Date(`${from}T00:00:00.000Z`), before: endOfDay(to) })
    return reportRows({
      by: input.by,
      facts,
      // Every grouping counts units, so every report reads its lines.
      lines: await reportLines(container, facts, input.language),
      groups,
      payouts: await paidPayouts(payout, from, to),
      months: input.by === "month" ? reportMonths(from, to) : undefined,
      labels,
    })
  }
  const current = await period(input.from, input.to)
  const previous = await period(sameDayLastYear(input.from), sameDayLastYear(input.to))
  return payoutReport(input.by, current, previous)
}
