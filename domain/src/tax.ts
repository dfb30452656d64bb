import { fromMinorUnits, includedTax, toMinorUnits } from "./money.js"

/**
 * The tax an order's prices include, computed once per rate per order (Japan's qualified-invoice
 * rule, used for the som's VAT as well): the tax-inclusive amounts taxed at one rate are added up
 * in whole smallest units, and the tax inside that sum is rounded down once (`includedTax`).
 * Medusa's own per-line tax lines would keep fractions of a yen, so the shop's tax-inclusive
 * regions carry none and the order keeps this breakdown instead (`ovop_tax` in its metadata).
 */

/** A tax-inclusive amount (a line's total, a shipping method's) and the rate it is taxed at. */
export type TaxedAmount = {
  /** The amount in the currency's main unit, tax included. */
  amount: number
  /** The rate in percent (10 for 10%); 0 when the amount is not taxed. */
  ratePercent: number
  /** The rate's code and name as staff configured it (`JCT`, `VAT`), when known. */
  code?: string | null
  name?: string | null
}

/** One rate of an order's tax breakdown. */
export type TaxBreakdownRate = {
  /** The rate in percent. */
  rate: number
  code: string | null
  name: string | null
  /** The sum of the tax-inclusive amounts taxed at this rate, in the main unit. */
  gross: number
  /** The tax those amounts include, rounded down once to the smallest unit. */
  tax: number
}

/** An order's (or a cart's) tax breakdown: what is stored on the order and shown everywhere tax is. */
export type TaxBreakdown = {
  currency_code: string
  /** One entry per rate above zero, highest rate first. */
  rates: TaxBreakdownRate[]
  /** The sum of the rates' taxes. */
  tax_total: number
}

/** The breakdown of `amounts` in `currencyCode`: one rounding per rate, never per line. */
export function taxBreakdown(amounts: readonly TaxedAmount[], currencyCode: string): TaxBreakdown {
  const code = currencyCode.toLowerCase()
  const byRate = new Map<number, { grossMinor: number; code: string | null; name: string | null }>()
  for (const taxed of amounts) {
    // Two decimals of a percent at most, so 10 and 10.000000001 are one rate.
    const rate = Math.round(taxed.ratePercent * 100) / 100
    if (!(rate > 0)) continue
    const entry = byRate.get(rate) ?? { grossMinor: 0, code: taxed.code ?? null, name: taxed.name ?? null }
    entry.grossMinor += toMinorUnits(taxed.amount, code)
    byRate.set(rate, entry)
  }
  const rates = [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, entry]) => {
      const gross = fromMinorUnits(entry.grossMinor, code)
      return { rate, code: entry.code, name: entry.name, gross, tax: includedTax(gross, rate, code) }
    })
  const taxMinor = rates.reduce((sum, rate) => sum + toMinorUnits(rate.tax, code), 0)
  return { currency_code: code, rates, tax_total: fromMinorUnits(taxMinor, code) }
}

/** True when `value` has the shape of a stored breakdown (an order's `metadata.ovop_tax`). */
export function isTaxBreakdown(value: unknown): value is TaxBreakdown {
  if (!value || typeof value !== "object") return false
  const breakdown = value as Partial<TaxBreakdown>
  return (
    typeof breakdown.currency_code === "string" &&
    typeof breakdown.tax_total === "number" &&
    Array.isArray(breakdown.rates) &&
    breakdown.rates.every(
      (rate) =>
        Boolean(rate) &&
        typeof rate.rate === "number" &&
        typeof rate.gross === "number" &&
        typeof rate.tax === "number",
    )
  )
}
