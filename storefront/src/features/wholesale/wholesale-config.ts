import { readSeedConfig } from "../../data/store-config"

/*
 * The wholesale page's build-time settings: the "Export wholesale" channel's publishable key and the
 * regions its carts are made in, from the seed's `storefront.json` (`wholesale.publishableKey`).
 */

/** The "Export wholesale" publishable key (`PUBLIC_MEDUSA_WHOLESALE_PUBLISHABLE_KEY` overrides the seed's). */
export function wholesalePublishableKey(): string {
  const config = readSeedConfig() as ReturnType<typeof readSeedConfig> & { wholesale?: { publishableKey?: string } }
  const key = process.env.PUBLIC_MEDUSA_WHOLESALE_PUBLISHABLE_KEY || config.wholesale?.publishableKey
  if (!key) throw new Error("storefront.json has no wholesale.publishableKey: run the seed (npm run seed) again")
  return key
}

/** The region a wholesale cart in each wholesale currency (yen, dollars) is made in. */
export function wholesaleRegions(): Partial<Record<"jpy" | "usd", string>> {
  const regions: Partial<Record<"jpy" | "usd", string>> = {}
  for (const region of readSeedConfig().regions) {
    const currency = region.currency_code.toLowerCase()
    if ((currency === "jpy" || currency === "usd") && !regions[currency]) regions[currency] = region.id
  }
  return regions
}
