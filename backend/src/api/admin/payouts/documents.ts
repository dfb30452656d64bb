import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { PayoutPaidMethod } from "@ovop/domain"
import { fallbackFields, LOCALE_FALLBACKS, type TranslationsByLocale } from "../../../lib/locales"
import type {
  BankPayee,
  CashPayee,
  GroupStatement,
  PayoutDocumentLanguage,
  StatementLine,
} from "../../../lib/payout-documents"
import { missingBankDetails } from "../../../lib/payout-documents"
import { present } from "../../../lib/query-graph"
import { PAYOUT_MODULE } from "../../../modules/payout"
import { refusePayout } from "../../../modules/payout/refusal"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutEntryRecord } from "../../../modules/payout/service"
import { endOfDay } from "../../../modules/payout/service"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"
import { batchWithStatements } from "./statement"

type GroupRecord = {
  id: string
  name: string
  leader_name: string | null
  payout_method: PayoutPaidMethod | null
  payout_details: Record<string, unknown> | null
}

/** Producer groups by id with their payout details (staff-only fields). */
async function groupsOf(container: MedusaContainer, ids: string[]): Promise<Map<string, GroupRecord>> {
  if (!ids.length) return new Map()
  const groups: GroupRecord[] = await container
    .resolve(PRODUCER_GROUP_MODULE)
    .listProducerGroups(
      { id: ids },
      { select: ["id", "name", "leader_name", "payout_method", "payout_details"], take: null },
    )
  return new Map(groups.map((group) => [group.id, group]))
}

/**
 * The groups' names in `language` as their translations hold them (Kyrgyz falling back to Russian,
 * as the shop's pages do), else the record's own (English) name.
 */
async function namesIn(
  container: MedusaContainer,
  groups: { id: string; name: string }[],
  language: PayoutDocumentLanguage,
): Promise<Map<string, string>> {
  const names = new Map(groups.map((group) => [group.id, group.name]))
  if (!groups.length) return names
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const rows = await translationModule.listTranslations({
    reference_id: groups.map((group) => group.id),
    locale_code: [language, ...LOCALE_FALLBACKS[language]],
  })
  const byGroup = new Map<string, TranslationsByLocale>()
  for (const row of rows) {
    const translations = byGroup.get(row.reference_id) ?? {}
    translations[row.locale_code as keyof TranslationsByLocale] = row.translations ?? {}
    byGroup.set(row.reference_id, translations)
  }
  for (const [groupId, translations] of byGroup) {
    const own = translations[language]?.name
    const name = typeof own === "string" && own.trim() ? own : fallbackFields(language, translations).name
    if (name) names.set(groupId, name)
  }
  return names
}

/** A group that exists, or 404. */
async function groupOrNotFound(container: MedusaContainer, groupId: string): Promise<GroupRecord> {
  const group = (await groupsOf(container, [groupId])).get(groupId)
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `producer group ${groupId} was not found`)
  return group
}

/**
 * A group's entries over [from, before) as statement lines: the order's number, the product and
 * quantity of the line, and the som amounts signed (a debit negative). gross = commission + fees +
 * net, as the ledger's period totals count it; a line credited again in the period (a wholesale
 * order's instalments) is marked so it counts as one line sold, as the period totals count it.
 */
async function statementLines(
  container: MedusaContainer,
  groupId: string,
  from: Date | null,
  before: Date,
): Promise<StatementLine[]> {
  const payout: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const occurred: Record<string, Date> = { $lt: before }
  if (from) occurred.$gte = from
  const entries = (await payout.listPayoutEntries(
    { producer_group_id: groupId, occurred_at: occurred },
    { order: { occurred_at: "ASC", created_at: "ASC" }, take: null },
  )) as PayoutEntryRecord[]
  const orderIds = [...new Set(entries.map((entry) => entry.order_id))]
  const { data: orders } = orderIds.length
    ? await container.resolve("query").graph({
        entity: "order",
        // The quantity lives on the order item's detail: without asking for it, `items.quantity` comes back empty.
        fields: [
          "id",
          "display_id",
          "items.id",
          "items.product_title",
          "items.title",
          "items.quantity",
          "items.detail.quantity",
        ],
        filters: { id: orderIds },
      })
    : { data: [] }
  const orderNumber = new Map<string, string>()
  const items = new Map<string, { product: string; quantity: number }>()
  for (const order of orders) {
    orderNumber.set(order.id, `#${order.display_id}`)
    for (const item of present(order.items)) {
      items.set(item.id, { product: item.product_title || item.title, quantity: Number(item.quantity) })
    }
  }
  const credited = new Set<string>()
  return entries.map((entry) => {
    const creditedBefore = entry.kind === "credit" && credited.has(entry.part_id)
    if (entry.kind === "credit") credited.add(entry.part_id)
    const sign = entry.kind === "credit" ? 1 : -1
    const item = items.get(entry.part_id)
    const commission = sign * entry.kgs_commission
    const fees = sign * entry.kgs_fee
    const net = sign * entry.kgs_net
    return {
      date: new Date(entry.occurred_at).toISOString().slice(0, 10),
      order: orderNumber.get(entry.order_id) ?? entry.order_id,
      product: item?.product ?? entry.part_id,
      quantity: item?.quantity ?? 0,
      kind: entry.kind,
      ...(creditedBefore ? { creditedBefore } : {}),
      gross: commission + fees + net,
      commission,
      fees,
      net,
    }
  })
}

const today = () => new Date().toISOString().slice(0, 10)

/**
 * The statement of group `groupId` in batch `batchId`: the ledger over the batch's period, the
 * balance brought forward into it, what the batch paid. 404 for an unknown batch or a group with
 * no line in it.
 */
export async function batchGroupStatement(
  container: MedusaContainer,
  batchId: string,
  groupId: string,
  language: PayoutDocumentLanguage,
): Promise<GroupStatement> {
  const batch = await batchWithStatements(container, batchId)
  const statement = batch.statements.find((candidate) => candidate.producer_group_id === groupId)
  if (!statement) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `producer group ${groupId} has no line in payout batch ${batchId}`,
    )
  }
  const group = await groupOrNotFound(container, groupId)
  const names = await namesIn(container, [group], language)
  return {
    group: { id: groupId, name: names.get(groupId) ?? group.name },
    period: { start: batch.period_start, end: batch.period_end },
    batchId,
    lines: await statementLines(
      container,
      groupId,
      new Date(`${batch.period_start}T00:00:00.000Z`),
      endOfDay(batch.period_end),
    ),
    broughtForward: statement.brought_forward,
    paid: statement.paid,
    payment:
      statement.paid_on && statement.method && statement.reference
        ? { method: statement.method, reference: statement.reference, paidOn: statement.paid_on }
        : null,
    issuedOn: today(),
  }
}

/**
 * The statement of group `groupId` for the days `from` to `to` (both included): the ledger over
 * them, what it was owed before `from` (entries before it less payouts paid before it), and the
 * payouts paid in the period. 404 for an unknown group.
 */
export async function periodGroupStatement(
  container: MedusaContainer,
  groupId: string,
  from: string,
  to: string,
  language: PayoutDocumentLanguage,
): Promise<GroupStatement> {
  const group = await groupOrNotFound(container, groupId)
  const names = await namesIn(container, [group], language)
  const payout: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const start = new Date(`${from}T00:00:00.000Z`)
  const [before] = await payout.periodTotals({ from: null, before: start, producer_group_id: groupId })
  const payouts = await payout.listPayoutBatchLines({ producer_group_id: groupId }, { take: null })
  const paidLines = payouts.filter((line) => line.paid_on)
  const paidBefore = paidLines.filter((line) => (line.paid_on ?? "") < from).reduce((sum, line) => sum + line.amount, 0)
  const inPeriod = paidLines.filter((line) => (line.paid_on ?? "") >= from && (line.paid_on ?? "") <= to)
  const last = inPeriod.sort((a, b) => (a.paid_on ?? "").localeCompare(b.paid_on ?? "")).at(-1)
  return {
    group: { id: groupId, name: names.get(groupId) ?? group.name },
    period: { start: from, end: to },
    batchId: null,
    lines: await statementLines(container, groupId, start, endOfDay(to)),
    broughtForward: (before?.net ?? 0) - paidBefore,
    paid: inPeriod.reduce((sum, line) => sum + line.amount, 0),
    payment:
      last?.paid_on && last.method && last.reference
        ? { method: last.method, reference: last.reference, paidOn: last.paid_on }
        : null,
    issuedOn: today(),
  }
}

/**
 * Who a batch pays and how: the groups with money to receive, each by the method its line was paid
 * with or, before that, the method on its record. Bank payees come with their details and the
 * name on their record (the bank matches it with the account); cash payees with their name in
 * `language`, the sheet's.
 */
export async function batchPayees(
  container: MedusaContainer,
  batchId: string,
  language: PayoutDocumentLanguage = "ru",
) {
  const batch = await batchWithStatements(container, batchId)
  const toPay = batch.lines.filter((line) => line.amount > 0)
  const groups = await groupsOf(
    container,
    toPay.map((line) => line.producer_group_id),
  )
  const bank: BankPayee[] = []
  const cash: CashPayee[] = []
  for (const line of toPay) {
    const group = groups.get(line.producer_group_id)
    const method = line.method ?? group?.payout_method ?? null
    const name = group?.name ?? line.producer_group_id
    if (method === "bank") {
      const details = group?.payout_details ?? {}
      const text = (key: string) => (typeof details[key] === "string" ? (details[key] as string) : undefined)
      bank.push({
        lineId: line.id,
        groupId: line.producer_group_id,
        name,
        bank: text("bank"),
        account: text("account"),
        bik: text("bik"),
        amount: line.amount,
      })
    }
    if (method === "cash") {
      cash.push({ groupId: line.producer_group_id, name, leader: group?.leader_name ?? null, amount: line.amount })
    }
  }
  const cashNames = await namesIn(
    container,
    cash.map((payee) => ({ id: payee.groupId, name: payee.name })),
    language,
  )
  for (const payee of cash) payee.name = cashNames.get(payee.groupId) ?? payee.name
  return { batch, bank, cash }
}

/**
 * The bank payees of a batch, refused when the batch is still a draft (money leaves only after a
 * second staff member approved it) or when any payee lacks a detail the bank needs
 * (`payout_details_missing`, naming each group and the fields to fill on its record).
 */
export async function bankFilePayees(container: MedusaContainer, batchId: string) {
  const { batch, bank } = await batchPayees(container, batchId)
  if (batch.status === "draft") {
    throw refusePayout(
      "batch_transition_not_allowed",
      { batch_id: batch.id, from: "draft", to: "paid" },
      "a batch must be approved by a second staff member before its bank file is made",
    )
  }
  const incomplete = bank
    .map((payee) => ({ group_id: payee.groupId, name: payee.name, fields: missingBankDetails(payee) }))
    .filter((payee) => payee.fields.length)
  if (incomplete.length) {
    throw refusePayout(
      "payout_details_missing",
      { batch_id: batch.id, groups: incomplete },
      `bank details are missing: ${incomplete.map((payee) => `${payee.name} (${payee.fields.join(", ")})`).join("; ")}; fill them on each producer group`,
    )
  }
  return { batch, bank }
}
