import { currencies } from "@medusajs/dashboard/lib"

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

registerKyrgyzSomInDashboard()
