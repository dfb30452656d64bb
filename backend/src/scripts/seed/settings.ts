// What the seed creates around the catalogue: sales channels, the warehouse, regions and taxes.

export const RETAIL_CHANNEL = "Retail web"
export const WHOLESALE_CHANNEL = "Export wholesale"
export const WAREHOUSE = "OVOP warehouse, Karakol"
export const WAREHOUSE_SHIPPING = "Karakol warehouse shipping"

/** Regions the store sells in; som and yen prices include VAT and consumption tax. */
export const REGIONS = [
  { name: "Kyrgyzstan", currency_code: "kgs", countries: ["kg"], is_tax_inclusive: true },
  { name: "Japan", currency_code: "jpy", countries: ["jp"], is_tax_inclusive: true },
  {
    name: "International",
    currency_code: "usd",
    countries: [
      "kz",
      "uz",
      "ru",
      "kr",
      "cn",
      "tr",
      "ae",
      "de",
      "fr",
      "gb",
      "it",
      "es",
      "nl",
      "ch",
      "se",
      "pl",
      "us",
      "ca",
      "au",
    ],
    is_tax_inclusive: false,
  },
] as const
