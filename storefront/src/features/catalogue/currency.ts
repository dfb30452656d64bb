import type { Locale } from "../../i18n/locales"

/** A currency the store's regions price in (lower case, as Medusa writes it). */
export type StoreCurrency = "kgs" | "jpy" | "usd"

const currencyByLocale: Record<Locale, StoreCurrency> = {
  // Japanese readers shop from Japan; Russian and Kyrgyz readers from Kyrgyzstan; English readers abroad.
  ja: "jpy",
  ru: "kgs",
  ky: "kgs",
  en: "usd",
}

/** The currency a shopper reading `locale` sees, until the region picker exists. */
export function currencyForLocale(locale: Locale): StoreCurrency {
  return currencyByLocale[locale]
}
