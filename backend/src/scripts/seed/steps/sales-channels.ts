import type { ApiKeyDTO, SalesChannelDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedRun } from "../run"
import { RETAIL_CHANNEL, WHOLESALE_CHANNEL } from "../settings"

/** The retail and wholesale sales channels. */
export type SeedChannels = {
  all: SalesChannelDTO[]
  /** The id of the channel of this name; throws when it is missing. */
  idOf: (name: string) => string
}

/** The retail and wholesale sales channels. */
export async function seedSalesChannels({ container, report }: SeedRun): Promise<SeedChannels> {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const channels = await salesChannelModule.listSalesChannels({ name: [RETAIL_CHANNEL, WHOLESALE_CHANNEL] })
  const newChannels = [
    { name: RETAIL_CHANNEL, description: "Shoppers on the web storefront, in som, yen and dollars" },
    { name: WHOLESALE_CHANNEL, description: "Export wholesale buyers ordering by the case" },
  ].filter((c) => !channels.some((e) => e.name === c.name))
  if (newChannels.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: newChannels } })
    channels.push(...result)
  }
  report("sales channels", newChannels.length, channels.length - newChannels.length)
  return {
    all: channels,
    idOf: (name) => {
      const channel = channels.find((c) => c.name === name)
      if (!channel) throw new Error(`sales channel ${name} is missing`)
      return channel.id
    },
  }
}

/** A publishable API key per sales channel, titled "<channel> storefront". */
export async function seedPublishableKeys(
  { container, report }: SeedRun,
  channels: SeedChannels,
): Promise<ApiKeyDTO[]> {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const keys = await apiKeyModule.listApiKeys({ type: "publishable" })
  let createdKeys = 0
  for (const channel of [RETAIL_CHANNEL, WHOLESALE_CHANNEL]) {
    const title = `${channel} storefront`
    if (keys.some((k) => k.title === title)) continue
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title, type: "publishable", created_by: "seed" }] },
    })
    const key = result[0]
    if (!key) throw new Error(`could not create the key ${title}`)
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channels.idOf(channel)] } })
    keys.push(key)
    createdKeys++
  }
  report("publishable API keys", createdKeys, 2 - createdKeys)
  return keys
}
