import { allocate, currencyDecimals, fromMinorUnits, toMinorUnits } from "./money.js"

/**
 * Group payouts: how a captured payment is shared between the producer groups that made the goods
 * and the association, how it is converted to som, and how payout batches move. Plain rules, no I/O.
 *
 * The rule for a captured payment (docs/api.md, Payouts, says the same):
 * - The captured amount is spread over the order's parts (each line's total after discounts, each
 *   shipping method, the Japan duty-and-tax line) in proportion to their totals, in whole smallest
 *   units (largest remainder). A full capture gives every part exactly its total.
 * - Tax: the association issues the invoices and remits the tax, so the tax a line's price includes
 *   (the order's `ovop_tax`, spread over the lines taxed at each rate) is the association's share,
 *   never the group's. The group's gross is the line's share net of that tax.
 * - Shipping and the duty-and-tax line are the association's (it pays the courier and customs), as
 *   is any line without a producer group.
 * - Commission: the group's rate (a fraction, 0.15 = 15 %) of its gross, rounded half away from zero
 *   to the smallest unit, per line.
 * - Payment fees: the fee of the payment is spread over every part by its share (largest
 *   remainder); a group line bears its own fee share, the association bears the rest.
 * - So, to the smallest unit: group nets + commissions + fees + the association's shares = captured.
 */

/** One part of an order a payment is spread over. */
export type PaymentPart = {
  /** What the part is: an order line id or a shipping method id. */
  key: string
  /** The producer group that made the line's product; null for shipping and lines of the association. */
  groupId: string | null
  /** The part's total in the order (tax included, after discounts), main unit. */
  amount: number
  /** The tax that total includes (main unit); 0 when none. */
  tax: number
  /** The group's commission as a fraction (0.15 = 15 %); ignored for the association's parts. */
  commissionRate: number
}

/** A part's share of a payment, in the payment's currency (main unit). */
export type PaymentPartShare = {
  key: string
  groupId: string | null
  /** The part's share of the payment. */
  share: number
  /** The tax inside the share (the association's). */
  tax: number
  /** The group's gross: the share net of tax (0 for the association's parts). */
  gross: number
  commission: number
  fee: number
  /** What the group is owed: gross - commission - fee (0 for the association's parts). */
  net: number
  /** What the association keeps of the share besides commission and fee: the tax, or all of its own part. */
  association: number
}

/** The rounding of a minor-unit product, half away from zero. */
function roundHalfAway(value: number): number {
  const rounded = Math.round(Math.abs(Number(value.toPrecision(15))))
  return value < 0 ? -rounded : rounded
}

/**
 * Shares a payment of `amount` (main unit) with a fee of `fee` over `parts` (the rule above), so
 * that for the payment nets + commissions + fees + association = amount to the smallest unit.
 */
export function splitPayment(input: {
  amount: number
  fee: number
  currencyCode: string
  parts: readonly PaymentPart[]
}): PaymentPartShare[] {
  const code = input.currencyCode.toLowerCase()
  const minor = (value: number) => toMinorUnits(value, code)
  const main = (value: number) => fromMinorUnits(value, code)
  if (!input.parts.length) return []
  const shares = allocate(
    input.amount,
    input.parts.map((part) => minor(part.amount)),
    code,
  ).map(minor)
  const fees = allocate(input.fee, shares, code).map(minor)
  return input.parts.map((part, index) => {
    const share = shares[index] ?? 0
    const fee = fees[index] ?? 0
    const partAmount = minor(part.amount)
    const partTax = minor(part.tax)
    const tax = partAmount > 0 ? Math.min(share, roundHalfAway((share * partTax) / partAmount)) : 0
    if (!part.groupId) {
      return {
        key: part.key,
        groupId: null,
        share: main(share),
        tax: main(tax),
        gross: 0,
        commission: 0,
        fee: main(fee),
        net: 0,
        association: main(share - fee),
      }
    }
    const gross = share - tax
    const commission = roundHalfAway(gross * part.commissionRate)
    return {
      key: part.key,
      groupId: part.groupId,
      share: main(share),
      tax: main(tax),
      gross: main(gross),
      commission: main(commission),
      fee: main(fee),
      net: main(gross - commission - fee),
      association: main(tax),
    }
  })
}

/**
 * What is left to reverse of a line's credits: the amounts of a part's share (its `share` here is
 * what payments still standing hold) credited minus those already debited, with the same amounts
 * converted to som (whole som) as credited.
 */
export type CreditedLine = PaymentPartShare & {
  kgs: { net: number; commission: number; fee: number; association: number }
}

/** A reversal of part of a line's credits. */
export type LineReversal = CreditedLine

/**
 * The debits a refund of `amount` brings (the rule for refunds): the refund is spread over the
 * lines still credited in proportion to what is left of them (largest remainder), and each line's
 * tax, commission, fee and som amounts are reversed in the same proportion, rounded half away
 * from zero, its net taking the remainder. A refund of everything left reverses every amount
 * exactly, in the payment's currency and in som. Refunds beyond what is left are capped at it.
 */
export function reverseCredits(amount: number, currencyCode: string, lines: readonly CreditedLine[]): LineReversal[] {
  const code = currencyCode.toLowerCase()
  const minor = (value: number) => toMinorUnits(value, code)
  const main = (value: number) => fromMinorUnits(value, code)
  const left = lines.reduce((sum, line) => sum + Math.max(0, minor(line.share)), 0)
  const refund = Math.min(minor(amount), left)
  if (refund <= 0 || !lines.length) return []
  const shares = allocate(
    main(refund),
    lines.map((line) => Math.max(0, minor(line.share))),
    code,
  ).map(minor)
  return lines
    .map((line, index) => {
      const share = shares[index] ?? 0
      const whole = minor(line.share)
      // The same proportion of any amount of the line (in its smallest unit), exact when all of it goes.
      const part = (value: number) => (share === whole ? value : whole > 0 ? roundHalfAway((share * value) / whole) : 0)
      const tax = part(minor(line.tax))
      const commission = part(minor(line.commission))
      const fee = part(minor(line.fee))
      const isGroup = Boolean(line.groupId)
      const gross = isGroup ? share - tax : 0
      const net = isGroup ? gross - commission - fee : 0
      const association = isGroup ? tax : share - fee
      // Som are whole already.
      const kgsCommission = part(line.kgs.commission)
      const kgsFee = part(line.kgs.fee)
      const kgsAssociation = part(line.kgs.association)
      const kgsTotal = part(line.kgs.net + line.kgs.commission + line.kgs.fee + line.kgs.association)
      return {
        key: line.key,
        groupId: line.groupId,
        share: main(share),
        tax: main(tax),
        gross: main(gross),
        commission: main(commission),
        fee: main(fee),
        net: main(net),
        association: main(association),
        kgs: {
          net: isGroup ? kgsTotal - kgsCommission - kgsFee - kgsAssociation : 0,
          commission: kgsCommission,
          fee: kgsFee,
          association: isGroup ? kgsAssociation : kgsTotal - kgsFee,
        },
      }
    })
    .filter((reversal) => reversal.share !== 0)
}

/** One rate of the exchange-rate table: how many som one unit of `currencyCode` is worth from `effectiveOn`. */
export type ExchangeRate = { currencyCode: string; rateToKgs: number; effectiveOn: string }

/**
 * The rate to som for `currencyCode` on `day` (YYYY-MM-DD): the latest rate effective on or before
 * that day (of two for one day, the later in `rates`); 1 for the som itself; null when the table has none (the caller refuses: `no_exchange_rate`).
 */
export function rateOn(rates: readonly ExchangeRate[], currencyCode: string, day: string): number | null {
  const code = currencyCode.toLowerCase()
  if (code === "kgs") return 1
  let best: ExchangeRate | null = null
  for (const rate of rates) {
    if (rate.currencyCode.toLowerCase() !== code || rate.effectiveOn > day) continue
    // On the same day the later row wins: a correction is a new row, the table keeps its history.
    if (!best || rate.effectiveOn >= best.effectiveOn) best = rate
  }
  return best ? best.rateToKgs : null
}

/** The som amounts of a payment's split: the same identity, in whole som. */
export type KgsShares = { net: number; commission: number; fee: number; association: number }[]

/**
 * Converts a split to som at `rate`: the payment converts once (rounded half away from zero to
 * the whole som) and that sum is spread over every amount of every part by largest remainder, so
 * in som too nets + commissions + fees + association = the converted payment.
 */
export function convertSplit(
  amount: number,
  currencyCode: string,
  rate: number,
  split: readonly PaymentPartShare[],
): { total: number; shares: KgsShares } {
  const code = currencyCode.toLowerCase()
  const totalSom = roundHalfAway((toMinorUnits(amount, code) * rate) / 10 ** currencyDecimals(code))
  const weights = split.flatMap((part) =>
    [part.net, part.commission, part.fee, part.association].map((value) => toMinorUnits(value, code)),
  )
  const som = allocate(totalSom, weights, "kgs")
  const shares = split.map((_, index) => ({
    net: som[index * 4] ?? 0,
    commission: som[index * 4 + 1] ?? 0,
    fee: som[index * 4 + 2] ?? 0,
    association: som[index * 4 + 3] ?? 0,
  }))
  return { total: totalSom, shares }
}

/** The fee a provider charges on a payment: a percentage of it, rounded half away from zero. */
export function paymentFee(amount: number, currencyCode: string, feePercent: number): number {
  if (!(feePercent > 0)) return 0
  const code = currencyCode.toLowerCase()
  return fromMinorUnits(roundHalfAway((toMinorUnits(amount, code) * feePercent) / 100), code)
}

/** A group's unpaid balance in som: credits - debits - earlier payouts; negative carries forward. */
export function groupBalance(entries: { credits: number; debits: number; paidOut: number }): number {
  return entries.credits - entries.debits - entries.paidOut
}

/** Where a payout batch is in its life. */
export const PAYOUT_BATCH_STATUSES = ["draft", "approved", "paid", "reconciled"] as const
export type PayoutBatchStatus = (typeof PAYOUT_BATCH_STATUSES)[number]

/**
 * The moves a batch may make: a draft is approved (by a second staff member), an approved batch
 * is paid once every group in it is paid, a paid batch is reconciled with the bank's statement.
 * Nothing goes back: a mistake after payment is corrected by a new ledger entry.
 */
export const PAYOUT_BATCH_TRANSITIONS: Record<PayoutBatchStatus, readonly PayoutBatchStatus[]> = {
  draft: ["approved"],
  approved: ["paid"],
  paid: ["reconciled"],
  reconciled: [],
}

/** Why staff's request about payouts was refused, as a stable code (docs/api.md, Payouts). */
export type PayoutRefusalParams = {
  /** The move is not in the transitions table. */
  batch_transition_not_allowed: { batch_id: string; from: PayoutBatchStatus; to: PayoutBatchStatus }
  /** The batch must be approved by someone other than the staff member who created it. */
  same_approver: { batch_id: string; created_by: string }
  /** A batch that is paid (or reconciled) cannot change its lines. */
  batch_locked: { batch_id: string; status: PayoutBatchStatus }
  /** A batch cannot be marked paid while groups in it are unpaid (`groups`: their ids). */
  groups_unpaid: { batch_id: string; groups: string[] }
  /** No exchange rate to som for `currency` on or before `day`. */
  no_exchange_rate: { currency: string; day: string }
  /** Another batch (`batch_id`) is still draft or approved: pay or finish it before gathering balances again. */
  batch_open: { batch_id: string; status: PayoutBatchStatus }
  /** The group (`group_id`) has no line to pay in the batch, or its balance is not above zero. */
  nothing_to_pay: { batch_id: string; group_id: string }
  /** Groups to pay by bank transfer lack details the bank needs (`fields`: the record's fields to fill). */
  payout_details_missing: { batch_id: string; groups: { group_id: string; name: string; fields: string[] }[] }
}
export type PayoutRefusalCode = keyof PayoutRefusalParams
export type PayoutRefusal = {
  [Code in PayoutRefusalCode]: { code: Code; params: PayoutRefusalParams[Code] }
}[PayoutRefusalCode]

/** Every payout refusal code. */
export const PAYOUT_REFUSAL_CODES = [
  "batch_transition_not_allowed",
  "same_approver",
  "batch_locked",
  "groups_unpaid",
  "no_exchange_rate",
  "batch_open",
  "nothing_to_pay",
  "payout_details_missing",
] as const satisfies readonly PayoutRefusalCode[]

/** The outcome of asking a batch to move: allowed, or refused with a code and a reason staff can act on. */
export type BatchTransitionCheck = { allowed: true } | { allowed: false; refusal: PayoutRefusal; reason: string }

/**
 * Whether batch `batch` may move to `to` when `actor` asks: the table, and the second-approver rule
 * (the creator may not approve their own batch).
 */
export function checkBatchTransition(
  batch: { id: string; status: PayoutBatchStatus; created_by: string },
  to: PayoutBatchStatus,
  actor: string,
): BatchTransitionCheck {
  if (!PAYOUT_BATCH_TRANSITIONS[batch.status].includes(to)) {
    const next = PAYOUT_BATCH_TRANSITIONS[batch.status]
    return {
      allowed: false,
      refusal: { code: "batch_transition_not_allowed", params: { batch_id: batch.id, from: batch.status, to } },
      reason: next.length
        ? `a ${batch.status} batch can only become ${next.join(" or ")}, not ${to}`
        : `a ${batch.status} batch cannot change any more`,
    }
  }
  if (to === "approved" && actor === batch.created_by) {
    return {
      allowed: false,
      refusal: { code: "same_approver", params: { batch_id: batch.id, created_by: batch.created_by } },
      reason: "a batch must be approved by a second staff member, not by the one who created it",
    }
  }
  return { allowed: true }
}

/** True when the batch's lines may still change (a draft or approved batch, not yet paid). */
export function isBatchEditable(status: PayoutBatchStatus): boolean {
  return status === "draft" || status === "approved"
}

/** How a group's payout was paid: bank transfer, mobile wallet or cash against a signed receipt. */
export const PAYOUT_PAID_METHODS = ["bank", "mobile_wallet", "cash"] as const
export type PayoutPaidMethod = (typeof PAYOUT_PAID_METHODS)[number]

/** Ledger entries: a credit when a payment is captured, a debit when it is refunded. */
export const PAYOUT_ENTRY_KINDS = ["credit", "debit"] as const
export type PayoutEntryKind = (typeof PAYOUT_ENTRY_KINDS)[number]

/** What part of an order an entry is for: a line of goods or a shipping method. */
export const PAYOUT_PART_KINDS = ["item", "shipping"] as const
export type PayoutPartKind = (typeof PAYOUT_PART_KINDS)[number]
