import { yearMonthLabel } from "./dates.js"
import type { Locale } from "./locales.js"
import { formatMoney, fromMinorUnits, toMinorUnits } from "./money.js"

/**
 * What a buyer in Japan may pay at delivery for goods the shop posts from Kyrgyzstan: import duty,
 * import consumption tax and the post's customs fee. The shop ships delivery duty unpaid (DDU) by
 * default: its Japanese prices carry no Japanese tax and the buyer pays these charges to the post
 * on delivery. With `OVOP_JAPAN_DUTY_PAID` on (DDP), checkout adds `estimateImportCharges` to the
 * cart as one line and the shop pays them as the importer.
 *
 * The rules are data (`JAPAN_IMPORT_RULES`): a change of Japan Customs' rules is one edit here.
 * Read from Japan Customs' "Customs Answer" pages (税関 カスタムアンサー) and its page of simplified
 * rates, stated as current in `statedAsOf`; README (Money and tax) names them.
 */

/** One row of the duty-rate table: the goods whose HS code starts with one of `hsPrefixes`. */
export type DutyRateRow = {
  /** The goods, as the customs table names them. */
  goods: string
  /** HS code prefixes (chapters "01", headings "2203"): the longest matching prefix wins. */
  hsPrefixes: readonly string[]
  /** The duty in percent of the taxable value (the simplified rate for postal items). */
  dutyPercent: number
  /** Food and non-alcoholic drinks: import consumption tax at the reduced rate. */
  reducedConsumptionTax: boolean
}

/** The rules of a destination's import charges on goods for personal use. */
export type ImportRules = {
  /** Destination country (ISO 3166, lower case). */
  country: string
  /** The currency the rules' amounts are in. */
  currencyCode: string
  /** The month the rules are stated as current (YYYY-MM). */
  statedAsOf: string
  /** Where the rules come from: title and address of each page. */
  sources: readonly { title: string; url: string }[]
  /** Goods for personal use are valued at this share of the overseas retail price, in percent. */
  personalUseValuePercent: number
  /** No duty and no consumption tax when the order's total taxable value is at most this. */
  exemptUpTo: number
  /** The simplified duty rates apply to postal items up to this taxable value (above it: estimate only). */
  simplifiedRatesUpTo: number
  /** Import consumption tax in percent: standard, and reduced for food and non-alcoholic drinks. */
  consumptionTaxPercent: { standard: number; reduced: number }
  /** The post's fee for clearing and collecting the charges, when there are any. */
  customsFee: number
  /** Duty rates by HS code; goods matching no row pay `otherDutyPercent`. */
  dutyRates: readonly DutyRateRow[]
  otherDutyPercent: number
}

/**
 * Japan as the rules name it: its country code and the currency of its prices. Apart from the
 * rules so that a page asking "is this Japan?" does not load the whole table.
 */
export const JAPAN = { country: "jp", currencyCode: "jpy" } as const

/** Japan's rules for goods posted to a person for their own use, as stated in 2026-12. */
export const JAPAN_IMPORT_RULES: ImportRules = {
  // The same as `JAPAN` (a unit test holds them together), written out so bundlers can leave the table out.
  country: "jp",
  currencyCode: "jpy",
  statedAsOf: "2026-12",
  sources: [
    {
      title: "Customs Answer: taxable value of goods imported for personal use (個人的に使用する物品の課税価格)",
      url: "https://www.customs.go.jp/tsukan/",
    },
    {
      title:
        "Customs Answer: exemption of goods with a total taxable value of 10,000 yen or less (課税価格の合計額が1万円以下の物品の免税)",
      url: "https://www.customs.go.jp/tsukan/",
    },
    {
      title: "Simplified tariff rates for small-value imports (少額輸入貨物の簡易税率)",
      url: "https://www.customs.go.jp/tsukan/kanizeiritsu.htm",
    },
    {
      title: "Customs Answer: consumption tax on imported goods (輸入貨物に係る消費税)",
      url: "https://www.customs.go.jp/tsukan/",
    },
  ],
  personalUseValuePercent: 60,
  exemptUpTo: 10_000,
  simplifiedRatesUpTo: 200_000,
  consumptionTaxPercent: { standard: 10, reduced: 8 },
  customsFee: 200,
  dutyRates: [
    {
      goods: "Food and drink (HS chapters 01-24)",
      hsPrefixes: [
        "01",
        "02",
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
      ],
      dutyPercent: 15,
      reducedConsumptionTax: true,
    },
    {
      goods: "Alcoholic drinks (HS 2203-2208)",
      hsPrefixes: ["2203", "2204", "2205", "2206", "2207", "2208"],
      dutyPercent: 15,
      reducedConsumptionTax: false,
    },
    {
      goods: "Clothing (HS chapters 61-62)",
      hsPrefixes: ["61", "62"],
      dutyPercent: 10,
      reducedConsumptionTax: false,
    },
    { goods: "Toys (HS 9503)", hsPrefixes: ["9503"], dutyPercent: 0, reducedConsumptionTax: false },
  ],
  otherDutyPercent: 3,
}

/** A line of goods: its HS code and what the buyer pays for it (its total, in the rules' currency). */
export type ImportGoodsLine = { hsCode: string | null | undefined; amount: number }

/** What is owed at one consumption-tax rate. */
export type ImportTaxAtRate = { ratePercent: number; base: number; tax: number }

/** The estimated charges on one order; every amount a whole number of the currency's smallest unit. */
export type ImportChargesEstimate = {
  currency_code: string
  /** The rules' date (YYYY-MM). */
  stated_as_of: string
  /** The order's taxable value: the goods at the personal-use share, plus the shipping. */
  taxable_value: number
  /** True when the taxable value is at most the exemption threshold: nothing is owed. */
  exempt: boolean
  /** True when the taxable value is over the simplified rates' ceiling: the customs' own assessment may differ more. */
  approximate: boolean
  duty: number
  consumption_tax: ImportTaxAtRate[]
  customs_fee: number
  /** Duty, consumption tax and fee together: the amount of the cart's duty-and-tax line. */
  total: number
}

/** The row of `rules.dutyRates` for `hsCode` (the longest matching prefix), or null for "other goods". */
export function dutyRateRow(hsCode: string | null | undefined, rules: ImportRules): DutyRateRow | null {
  const code = (hsCode ?? "").replace(/\D/g, "")
  let best: { row: DutyRateRow; length: number } | null = null
  for (const row of rules.dutyRates) {
    for (const prefix of row.hsPrefixes) {
      if (code.startsWith(prefix) && prefix.length > (best?.length ?? 0)) best = { row, length: prefix.length }
    }
  }
  return best?.row ?? null
}

/** Whole units of `percent` % of `minor` (an amount in the smallest unit), rounded down: the buyer's favour. */
const percentOf = (minor: number, percent: number) => Math.floor((minor * Math.round(percent * 100)) / 10_000)

/**
 * The duty, import consumption tax and customs fee a buyer in the rules' country is likely to pay
 * for `lines` posted with `shipping`: the goods are valued at the personal-use share of their
 * price, the shipping added in full (the value at the border includes freight), spread over the
 * lines by value; nothing is owed up to the exemption threshold; duty by each line's HS code; the
 * consumption tax on value plus duty, at the reduced rate for food. Every amount is rounded down
 * to the currency's smallest unit (the domain's money rules), once per line for duty and once per
 * rate for the tax.
 */
export function estimateImportCharges(
  lines: readonly ImportGoodsLine[],
  shipping: number,
  rules: ImportRules,
): ImportChargesEstimate {
  const code = rules.currencyCode
  const goods = lines
    .filter((line) => line.amount > 0)
    .map((line) => ({ ...line, minor: toMinorUnits(line.amount, code) }))
  const goodsMinor = goods.reduce((sum, line) => sum + line.minor, 0)
  const shippingMinor = Math.max(0, toMinorUnits(shipping, code))
  const valued = goods.map((line) => ({ ...line, value: percentOf(line.minor, rules.personalUseValuePercent) }))
  // The shipping spread over the lines in proportion to their price; the rest goes to the first lines.
  const shippingShares = valued.map((line) => (goodsMinor ? Math.floor((shippingMinor * line.minor) / goodsMinor) : 0))
  let leftOver = shippingMinor - shippingShares.reduce((sum, share) => sum + share, 0)
  for (let index = 0; leftOver > 0 && index < shippingShares.length; index++, leftOver--) {
    shippingShares[index] = (shippingShares[index] ?? 0) + 1
  }
  const taxableMinor = valued.reduce((sum, line) => sum + line.value, 0) + (goods.length ? shippingMinor : 0)
  const estimate = (
    exempt: boolean,
    duty: number,
    consumption: ImportTaxAtRate[],
    fee: number,
  ): ImportChargesEstimate => {
    const taxMinor = consumption.reduce((sum, rate) => sum + toMinorUnits(rate.tax, code), 0)
    return {
      currency_code: code,
      stated_as_of: rules.statedAsOf,
      taxable_value: fromMinorUnits(taxableMinor, code),
      exempt,
      approximate: taxableMinor > toMinorUnits(rules.simplifiedRatesUpTo, code),
      duty,
      consumption_tax: consumption,
      customs_fee: fee,
      total: fromMinorUnits(toMinorUnits(duty, code) + taxMinor + toMinorUnits(fee, code), code),
    }
  }
  if (!goods.length || taxableMinor <= toMinorUnits(rules.exemptUpTo, code)) return estimate(true, 0, [], 0)

  let dutyMinor = 0
  const baseByRate = new Map<number, number>()
  valued.forEach((line, index) => {
    const row = dutyRateRow(line.hsCode, rules)
    const value = line.value + (shippingShares[index] ?? 0)
    const lineDuty = percentOf(value, row ? row.dutyPercent : rules.otherDutyPercent)
    dutyMinor += lineDuty
    const rate = row?.reducedConsumptionTax ? rules.consumptionTaxPercent.reduced : rules.consumptionTaxPercent.standard
    baseByRate.set(rate, (baseByRate.get(rate) ?? 0) + value + lineDuty)
  })
  const consumption = [...baseByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([ratePercent, baseMinor]) => ({
      ratePercent,
      base: fromMinorUnits(baseMinor, code),
      tax: fromMinorUnits(percentOf(baseMinor, ratePercent), code),
    }))
  return estimate(false, fromMinorUnits(dutyMinor, code), consumption, rules.customsFee)
}

/** True when `value` has the shape of a stored estimate (the duty line's `metadata.ovop_import_charges`). */
export function isImportChargesEstimate(value: unknown): value is ImportChargesEstimate {
  if (!value || typeof value !== "object") return false
  const estimate = value as Partial<ImportChargesEstimate>
  return (
    typeof estimate.currency_code === "string" &&
    typeof estimate.total === "number" &&
    typeof estimate.duty === "number" &&
    Array.isArray(estimate.consumption_tax)
  )
}

/** The environment variable that switches Japan to duty-paid shipping (backend and storefront build read it). */
export const JAPAN_DUTY_PAID_ENV = "OVOP_JAPAN_DUTY_PAID"

/**
 * True when the shop ships to Japan duty paid (DDP): `OVOP_JAPAN_DUTY_PAID` is `true` or `1`.
 * Unset, empty, `false` or `0` is the default, delivery duty unpaid; any other value is refused,
 * naming the variable, so a typo cannot silently charge or not charge duty.
 */
export function isJapanDutyPaid(env: Record<string, string | undefined>): boolean {
  const value = (env[JAPAN_DUTY_PAID_ENV] ?? "").trim().toLowerCase()
  if (value === "true" || value === "1") return true
  if (value === "" || value === "false" || value === "0") return false
  throw new Error(`${JAPAN_DUTY_PAID_ENV} must be true or false (got "${env[JAPAN_DUTY_PAID_ENV]}")`)
}

/** Where a cart or order line carries its duty-and-tax estimate: the line is the estimate (`metadata.ovop_import_charges`). */
export const IMPORT_CHARGES_METADATA_KEY = "ovop_import_charges"

/** True when a cart or order line is the duty-and-tax line (not goods). */
export function isImportChargesLine(line: { metadata?: Record<string, unknown> | null } | null | undefined): boolean {
  return isImportChargesEstimate(line?.metadata?.[IMPORT_CHARGES_METADATA_KEY])
}

/**
 * The rules' figures for the texts that state them to a reader of `locale` (the storefront's
 * duty note, the confirmation email): `{share}`, `{threshold}`, `{ceiling}`, `{standard}`,
 * `{reduced}`, `{fee}` and `{asOf}`, so the texts never repeat a figure of the rules.
 */
export function importRuleTexts(rules: ImportRules, locale: Locale): Record<string, string> {
  const money = (amount: number) => formatMoney(amount, rules.currencyCode, locale)
  return {
    share: String(rules.personalUseValuePercent),
    threshold: money(rules.exemptUpTo),
    ceiling: money(rules.simplifiedRatesUpTo),
    standard: String(rules.consumptionTaxPercent.standard),
    reduced: String(rules.consumptionTaxPercent.reduced),
    fee: money(rules.customsFee),
    asOf: yearMonthLabel(rules.statedAsOf, locale) ?? rules.statedAsOf,
  }
}
