import { currencies } from "@medusajs/dashboard/lib"
import { SOM_SIGN, somAfterSign, withSomWord } from "./som-word"

/**
 * The Kyrgyz som in the shape of the dashboard's currency table. The backend registers the
 * same currency for the currency module (src/lib/kgs-currency.ts); this is the browser half.
 */
export const kyrgyzSomDashboardCurrency = {
  code: "KGS",
  name: "Kyrgyzstani Som",
  symbol_native: "сом",
  decimal_digits: 2,
}

/**
 * Adds the som to the dashboard's hard-coded currency table, which lacks it: the region and
 * price screens look every currency up there and break on KGS. Idempotent.
 */
export function registerKyrgyzSomInDashboard(): void {
  // The table is a plain object shared by every dashboard screen, so adding a key is enough.
  currencies.KGS ??= kyrgyzSomDashboardCurrency
}

/**
 * Makes every currency formatter for KGS write "сом" instead of the som sign, which the
 * dashboard's font has no glyph for (Medusa's order, payment and price screens format money with
 * `Intl.NumberFormat` and `currencyDisplay: "narrowSymbol"`, and showed an empty box). The
 * dashboard has no setting for a currency's symbol there, so the constructor is wrapped once:
 * formatters of any other currency are the browser's own, untouched. Idempotent.
 */
export function writeSomInDashboard(): void {
  const intl = Intl as typeof Intl & { __ovopSom?: boolean }
  if (intl.__ovopSom) return
  intl.__ovopSom = true
  const Native = Intl.NumberFormat
  const Wrapped = function somAwareNumberFormat(locales?: string | string[], options?: Intl.NumberFormatOptions) {
    const formatter = new Native(locales, options)
    if (options?.style !== "currency" || options.currency?.toUpperCase() !== "KGS") return formatter
    const format = formatter.format.bind(formatter)
    const formatToParts = formatter.formatToParts.bind(formatter)
    Object.defineProperty(formatter, "format", {
      value: (value: number | bigint) => withSomWord(format(value)),
    })
    Object.defineProperty(formatter, "formatToParts", {
      value: (value: number | bigint) =>
        formatToParts(value).map((part, index, parts) =>
          part.type === "currency" ? { ...part, value: somAfterSign(part.value, parts[index + 1]?.type) } : part,
        ),
    })
    return formatter
  } as unknown as typeof Intl.NumberFormat
  Object.assign(Wrapped, { supportedLocalesOf: Native.supportedLocalesOf.bind(Native) })
  Object.defineProperty(Wrapped, "prototype", { value: Native.prototype })
  Intl.NumberFormat = Wrapped
}

registerKyrgyzSomInDashboard()
writeSomInDashboard()
