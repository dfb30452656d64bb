import type { BusinessDocumentSpec } from "./pdf/business-document"

/**
 * The papers of group payouts, as plain data: a group's statement (CSV and PDF spec) in Kyrgyz or
 * Russian, the bank's bulk-payment file (CSV) and the cash receipt sheet (PDF spec). No I/O: the
 * routes gather the figures (`api/admin/payouts/documents.ts`) and hand them here. All amounts are
 * whole som, as the ledger keeps them.
 */

/** The languages of the payout papers: the groups read Kyrgyz or Russian. */
export const PAYOUT_DOCUMENT_LANGUAGES = ["ky", "ru"] as const
export type PayoutDocumentLanguage = (typeof PAYOUT_DOCUMENT_LANGUAGES)[number]

/** One ledger entry of a statement: a line sold (credit) or its reversal (debit), signed, in som. */
export type StatementLine = {
  /** The day the money moved (YYYY-MM-DD, UTC). */
  date: string
  /** The order as staff and groups know it ("#1042"). */
  order: string
  product: string
  /** The order line's quantity (shown for a credit only: a refund may be part of a line). */
  quantity: number
  kind: "credit" | "debit"
  /**
   * A further credit of a line this statement shows credited already (a wholesale order's balance
   * after its deposit): its amounts count, but no quantity and no other line sold.
   */
  creditedBefore?: boolean
  /** Signed: a debit's amounts are negative. gross = commission + fees + net. */
  gross: number
  commission: number
  fees: number
  net: number
}

/** A group's statement for a period (of a batch, or any period). */
export type GroupStatement = {
  group: { id: string; name: string }
  period: { start: string; end: string }
  /** The batch the statement belongs to, when it is a batch's. */
  batchId: string | null
  lines: StatementLine[]
  /** What the group was owed (or owed, when negative) before the period. */
  broughtForward: number
  /** What was paid to the group in the batch (or in the period). */
  paid: number
  /** How and when it was paid, when it was. */
  payment: { method: string; reference: string; paidOn: string } | null
  issuedOn: string
}

/** The totals of a statement: the sums of its lines, and the balance it carries forward. */
export type StatementTotals = {
  linesSold: number
  gross: number
  commission: number
  fees: number
  net: number
  broughtForward: number
  paid: number
  /** broughtForward + net - paid: what the next statement brings forward. */
  carried: number
}

/** Adds up a statement's lines (signed) and the balance it carries forward. */
export function statementTotals(statement: GroupStatement): StatementTotals {
  const sum = (pick: (line: StatementLine) => number) => statement.lines.reduce((total, line) => total + pick(line), 0)
  const net = sum((line) => line.net)
  return {
    linesSold: statement.lines.filter((line) => line.kind === "credit" && !line.creditedBefore).length,
    gross: sum((line) => line.gross),
    commission: sum((line) => line.commission),
    fees: sum((line) => line.fees),
    net,
    broughtForward: statement.broughtForward,
    paid: statement.paid,
    carried: statement.broughtForward + net - statement.paid,
  }
}

const STATEMENT_TEXT = {
  ru: {
    title: "Выписка группы производителей",
    group: "Группа",
    period: "Период",
    batch: "Выплата (партия)",
    issued: "Дата выписки",
    currency: "Валюта",
    som: "сом (KGS)",
    association: "Ассоциация ОВОП Иссык-Куля",
    date: "Дата",
    order: "Заказ",
    product: "Товар",
    quantity: "Кол-во",
    gross: "Выручка",
    commission: "Комиссия",
    fees: "Сборы",
    net: "Нетто",
    refund: "возврат",
    linesSold: "Продано позиций",
    total: "Итого за период",
    broughtForward: "Остаток с прошлого периода",
    paid: "Выплачено",
    carried: "Остаток на следующий период",
    paidHow: "Способ, номер и дата выплаты",
    methods: { bank: "банковский перевод", mobile_wallet: "электронный кошелёк", cash: "наличными" },
    notes: [
      "Выручка: сумма строки заказа после скидок, без налога. Комиссия ассоциации и сборы за платёж вычитаются из выручки; нетто причитается группе.",
      "Возвраты показаны со знаком минус. Отрицательный остаток переносится на следующий период.",
      "Вопросы по выписке: обращайтесь в ассоциацию.",
    ],
  },
  ky: {
    title: "Өндүрүүчүлөр тобунун көчүрмөсү",
    group: "Топ",
    period: "Мезгил",
    batch: "Төлөм (партия)",
    issued: "Көчүрмөнүн күнү",
    currency: "Валюта",
    som: "сом (KGS)",
    association: "Ысык-Көл БАБТ ассоциациясы",
    date: "Күнү",
    order: "Буйрутма",
    product: "Продукция",
    quantity: "Саны",
    gross: "Түшкөн акча",
    commission: "Комиссия",
    fees: "Төлөм чыгымы",
    net: "Таза",
    refund: "кайтарым",
    linesSold: "Сатылган саптар",
    total: "Мезгилдин жыйынтыгы",
    broughtForward: "Мурунку мезгилдин калдыгы",
    paid: "Төлөндү",
    carried: "Кийинки мезгилге калдык",
    paidHow: "Төлөмдүн ыкмасы, номери жана күнү",
    methods: { bank: "банк которуусу", mobile_wallet: "электрондук капчык", cash: "накталай" },
    notes: [
      "Түшкөн акча: буйрутма сабынын жеңилдиктен кийинки суммасы, салыксыз. Ассоциациянын комиссиясы жана төлөм чыгымы андан кемитилет; таза сумма топко тиешелүү.",
      "Кайтарымдар минус белгиси менен көрсөтүлгөн. Терс калдык кийинки мезгилге өтөт.",
      "Көчүрмө боюнча суроолоруңуз болсо, ассоциацияга кайрылыңыз.",
    ],
  },
} as const

/** A day as the groups write it: 2026-12-06 → 06.12.2026. */
export function dayText(day: string): string {
  const [year, month, date] = day.split("-")
  return `${date}.${month}.${year}`
}

/** Whole som with thin grouping for print: 1234567 → "1 234 567" (a minus sign for debts). */
export function somText(amount: number): string {
  const digits = String(Math.abs(Math.round(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, " ")
  return amount < 0 ? `−${digits}` : digits
}

/** Som with two decimals and a point, as files for machines take them: 1234 → "1234.00". */
export function somDecimal(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2)
}

/** One CSV field, quoted when it holds the separator, a quote or a line break. */
function csvField(value: string | number, separator: string): string {
  const text = String(value)
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV text: a byte-order mark (spreadsheets then read UTF-8 Cyrillic right), `;`, CRLF. */
export function csvText(rows: (string | number)[][], separator = ";"): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join("\r\n")}\r\n`
}

/**
 * A statement as CSV: one row per entry (date, order, product, quantity, gross, commission, fees,
 * net), then the period's totals and the balance, each a row whose label is in the product column
 * and whose figure is in the net column. Amounts with two decimals.
 */
export function statementCsv(statement: GroupStatement, language: PayoutDocumentLanguage): string {
  const text = STATEMENT_TEXT[language]
  const totals = statementTotals(statement)
  const summary = (label: string, amount: number): (string | number)[] => [
    "",
    "",
    label,
    "",
    "",
    "",
    "",
    somDecimal(amount),
  ]
  return csvText([
    [text.date, text.order, text.product, text.quantity, text.gross, text.commission, text.fees, text.net],
    ...statement.lines.map((line) => [
      line.date,
      line.order,
      line.kind === "debit" ? `${line.product} (${text.refund})` : line.product,
      // A refund (or a further payment) may be part of a line: its amounts say how much, not a count.
      line.kind === "debit" || line.creditedBefore ? "" : line.quantity,
      somDecimal(line.gross),
      somDecimal(line.commission),
      somDecimal(line.fees),
      somDecimal(line.net),
    ]),
    [
      "",
      "",
      text.total,
      totals.linesSold,
      somDecimal(totals.gross),
      somDecimal(totals.commission),
      somDecimal(totals.fees),
      somDecimal(totals.net),
    ],
    summary(text.broughtForward, totals.broughtForward),
    summary(text.paid, totals.paid),
    summary(text.carried, totals.carried),
  ])
}

/** A statement as a business document for the PDF renderer, in Kyrgyz or Russian. */
export function statementDocument(statement: GroupStatement, language: PayoutDocumentLanguage): BusinessDocumentSpec {
  const text = STATEMENT_TEXT[language]
  const totals = statementTotals(statement)
  const period = `${dayText(statement.period.start)} – ${dayText(statement.period.end)}`
  const payment = statement.payment
  return {
    title: `${text.title}: ${statement.group.name}`,
    reference: [
      { label: text.group, value: statement.group.name },
      { label: text.period, value: period },
      ...(statement.batchId ? [{ label: text.batch, value: statement.batchId }] : []),
      { label: text.issued, value: dayText(statement.issuedOn) },
      { label: text.currency, value: text.som },
      ...(payment
        ? [
            {
              label: text.paidHow,
              value: `${text.methods[payment.method as keyof typeof text.methods] ?? payment.method}, ${payment.reference}, ${dayText(payment.paidOn)}`,
            },
          ]
        : []),
    ],
    parties: [],
    columns: [
      { label: text.date, width: 11 },
      { label: text.order, width: 9 },
      { label: text.product, width: 30 },
      { label: text.quantity, width: 7, align: "right" },
      { label: text.gross, width: 11, align: "right" },
      { label: text.commission, width: 11, align: "right" },
      { label: text.fees, width: 10, align: "right" },
      { label: text.net, width: 11, align: "right" },
    ],
    rows: statement.lines.map((line) => [
      dayText(line.date),
      line.order,
      line.kind === "debit" ? `${line.product} (${text.refund})` : line.product,
      line.kind === "debit" || line.creditedBefore ? "" : String(line.quantity),
      somText(line.gross),
      somText(line.commission),
      somText(line.fees),
      somText(line.net),
    ]),
    totals: [
      { label: text.linesSold, value: String(totals.linesSold) },
      { label: `${text.total}: ${text.gross}`, value: somText(totals.gross) },
      { label: text.commission, value: somText(totals.commission) },
      { label: text.fees, value: somText(totals.fees) },
      { label: text.net, value: somText(totals.net) },
      { label: text.broughtForward, value: somText(totals.broughtForward) },
      { label: text.paid, value: somText(totals.paid) },
      { label: text.carried, value: somText(totals.carried) },
    ],
    notes: [...text.notes],
    // pdfkit needs every property it is given a value for (an undefined subject breaks its file id).
    info: { title: `${text.title}: ${statement.group.name}, ${period}`, author: text.association, subject: text.title },
    footer: text.association,
  }
}

/** A group to pay by bank transfer, with the details its record holds. */
export type BankPayee = {
  lineId: string
  groupId: string
  name: string
  bank: string | undefined
  account: string | undefined
  bik: string | undefined
  amount: number
}

/** The fields of a payee the bank needs, named as the producer group's record names them. */
export type MissingBankDetail = "payout_details.bank" | "payout_details.account" | "payout_details.bik"

/** A Kyrgyz bank account: 16 digits (spaces and dashes as people write them are dropped). */
export function bankAccountDigits(account: string | undefined): string | null {
  const digits = (account ?? "").replace(/[\s-]/g, "")
  return /^[0-9]{16}$/.test(digits) ? digits : null
}

/** What a payee lacks for a bank transfer: a bank name, a 16-digit account, a six-digit BIC. */
export function missingBankDetails(payee: BankPayee): MissingBankDetail[] {
  const missing: MissingBankDetail[] = []
  if (!payee.bank?.trim()) missing.push("payout_details.bank")
  if (!bankAccountDigits(payee.account)) missing.push("payout_details.account")
  if (!/^[0-9]{6}$/.test(payee.bik?.trim() ?? "")) missing.push("payout_details.bik")
  return missing
}

/** The columns of the bank file, in order (docs/api.md, Bank file, says what each holds). */
export const BANK_FILE_COLUMNS = [
  "Номер",
  "Получатель",
  "Счет получателя",
  "Банк получателя",
  "БИК банка получателя",
  "Сумма",
  "Валюта",
  "Назначение платежа",
  "Референс",
] as const

/**
 * The bulk-payment file for the bank: one row per payee (whose details must be complete: check
 * `missingBankDetails` first), amounts in som with two decimals, the purpose in Russian.
 */
export function bankFileCsv(input: {
  batchId: string
  period: { start: string; end: string }
  payees: BankPayee[]
}): string {
  const period = `${dayText(input.period.start)}–${dayText(input.period.end)}`
  return csvText([
    [...BANK_FILE_COLUMNS],
    ...input.payees.map((payee, index) => [
      index + 1,
      payee.name,
      bankAccountDigits(payee.account) ?? "",
      payee.bank?.trim() ?? "",
      payee.bik?.trim() ?? "",
      somDecimal(payee.amount),
      "KGS",
      `Выплата группе производителей «${payee.name}» за проданную продукцию, период ${period}, без НДС`,
      payee.lineId,
    ]),
  ])
}

/** A group paid in cash: one row of the receipt sheet. */
export type CashPayee = { groupId: string; name: string; leader: string | null; amount: number }

const RECEIPT_TEXT = {
  ru: {
    title: "Ведомость выдачи наличных группам производителей",
    batch: "Выплата (партия)",
    period: "Период",
    issued: "Дата",
    number: "№",
    group: "Группа",
    leader: "Получатель (руководитель)",
    amount: "Сумма, сом",
    signature: "Подпись",
    date: "Дата получения",
    total: "Итого к выдаче, сом",
    association: "Ассоциация ОВОП Иссык-Куля",
    notes: [
      "Подписью получатель подтверждает, что получил указанную сумму полностью.",
      "Выдал (кассир): ____________________   Проверил: ____________________",
    ],
  },
  ky: {
    title: "Өндүрүүчүлөр топторуна накталай акча берүү ведомосту",
    batch: "Төлөм (партия)",
    period: "Мезгил",
    issued: "Күнү",
    number: "№",
    group: "Топ",
    leader: "Алуучу (жетекчи)",
    amount: "Суммасы, сом",
    signature: "Колу",
    date: "Алган күнү",
    total: "Бардыгы берилет, сом",
    association: "Ысык-Көл БАБТ ассоциациясы",
    notes: [
      "Алуучу кол коюу менен көрсөтүлгөн сумманы толугу менен алганын ырастайт.",
      "Берген (кассир): ____________________   Текшерген: ____________________",
    ],
  },
} as const

/** The signed-receipt sheet for groups paid in cash: a row per group with its amount and a line to sign. */
export function cashReceiptDocument(
  input: { batchId: string; period: { start: string; end: string }; issuedOn: string; payees: CashPayee[] },
  language: PayoutDocumentLanguage,
): BusinessDocumentSpec {
  const text = RECEIPT_TEXT[language]
  const period = `${dayText(input.period.start)} – ${dayText(input.period.end)}`
  const signatureLine = "______________________"
  return {
    title: text.title,
    reference: [
      { label: text.batch, value: input.batchId },
      { label: text.period, value: period },
      { label: text.issued, value: dayText(input.issuedOn) },
    ],
    parties: [],
    columns: [
      { label: text.number, width: 5 },
      { label: text.group, width: 25 },
      { label: text.leader, width: 20 },
      { label: text.amount, width: 12, align: "right" },
      { label: text.signature, width: 22 },
      { label: text.date, width: 16 },
    ],
    // Tall rows leave room to sign.
    rows: input.payees.map((payee, index) => [
      String(index + 1),
      payee.name,
      payee.leader ?? "",
      somText(payee.amount),
      `\n${signatureLine}`,
      "\n____.____.________",
    ]),
    totals: [{ label: text.total, value: somText(input.payees.reduce((sum, payee) => sum + payee.amount, 0)) }],
    notes: [...text.notes],
    info: { title: `${text.title}, ${period}`, author: text.association, subject: input.batchId },
    footer: text.association,
  }
}
