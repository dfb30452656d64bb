import fs from "node:fs"
import path from "node:path"
import type { ApiKeyDTO, RegionDTO } from "@medusajs/framework/types"
import type { SeedRun } from "../run"
import { RETAIL_CHANNEL, WHOLESALE_CHANNEL } from "../settings"
import type { SeedChannels } from "./sales-channels"

/** What the storefront build reads to talk to the backend. */
export type StorefrontSeedConfig = {
  publishableKey: string
  salesChannelId: string
  wholesale: { publishableKey: string; salesChannelId: string }
  regions: { id: string; name: string; currency_code: string; countries: string[] }[]
}

/** Writes the configuration the storefront build reads to OVOP_STOREFRONT_CONFIG (when set), only if it changed. */
export function writeStorefrontConfig(
  { logger }: SeedRun,
  { keys, channels, regions }: { keys: ApiKeyDTO[]; channels: SeedChannels; regions: RegionDTO[] },
): void {
  const configPath = process.env.OVOP_STOREFRONT_CONFIG
  if (!configPath) return
  const keyOf = (channel: string) => {
    const key = keys.find((k) => k.title === `${channel} storefront`)
    if (!key) throw new Error(`no publishable key for ${channel}`)
    return key.token
  }
  const config: StorefrontSeedConfig = {
    publishableKey: keyOf(RETAIL_CHANNEL),
    salesChannelId: channels.idOf(RETAIL_CHANNEL),
    wholesale: { publishableKey: keyOf(WHOLESALE_CHANNEL), salesChannelId: channels.idOf(WHOLESALE_CHANNEL) },
    regions: regions
      .map((r) => ({
        id: r.id,
        name: r.name,
        currency_code: r.currency_code,
        countries: (r.countries ?? []).map((c) => c.iso_2).sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
  fs.mkdirSync(path.dirname(configPath), { recursive: true })
  const next = `${JSON.stringify(config, null, 2)}\n`
  const previous = fs.existsSync(configPath) ? fs.readFileSync(configPath, "utf8") : ""
  if (next !== previous) fs.writeFileSync(configPath, next)
  logger.info(`seed: storefront configuration ${next === previous ? "unchanged" : "written"}: ${configPath}`)
}
