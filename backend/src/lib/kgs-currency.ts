import { defaultCurrencies } from "@medusajs/framework/utils"

/**
 * The Kyrgyz som, which Medusa's currency list does not carry (it jumps from KES to KHR).
 * ISO 4217 gives it two minor digits (tyiyn); prices are kept in whole som all the same.
 */
export const kyrgyzSom = {
  code: "KGS",
  name: "Kyrgyzstani Som",
  name_plural: "Kyrgyzstani soms",
  symbol: "KGS",
  symbol_native: "сом",
  decimal_digits: 2,
  rounding: 0,
}

/**
 * Adds the som to the defaults that the currency module writes to its table at every boot,
 * so that stores, regions and prices accept `kgs` like any built-in currency. Idempotent.
 */
export function registerKyrgyzSom(): void {
  defaultCurrencies.KGS ??= kyrgyzSom
}
