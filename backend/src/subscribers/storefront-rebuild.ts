import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  isStorefrontContentEvent,
  RebuildScheduler,
  requestStorefrontRebuild,
  storefrontRebuildConfig,
} from "../lib/storefront-rebuild"

// One scheduler per process: the process that handles events (the worker, or the one shared process).
let scheduler: RebuildScheduler | undefined
const changedBy = new Set<string>()

/**
 * When staff change what the static storefront shows (products, variants, prices, categories,
 * collections, producer groups, translations), asks for one storefront rebuild once the edits
 * have been quiet for a while (`OVOP_STOREFRONT_REBUILD_QUIET_SECONDS`, at the latest after
 * `OVOP_STOREFRONT_REBUILD_MAX_WAIT_SECONDS`), by a POST to `OVOP_STOREFRONT_REBUILD_URL`.
 * Without that URL nothing is asked.
 */
export default async function storefrontRebuildSubscriber({ event, container }: SubscriberArgs<unknown>) {
  if (!isStorefrontContentEvent(event.name)) return
  const config = storefrontRebuildConfig(process.env)
  if (!config.url) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  changedBy.add(event.name)
  scheduler ??= new RebuildScheduler(config, async () => {
    const reason = [...changedBy].sort().join(", ")
    changedBy.clear()
    try {
      await requestStorefrontRebuild(config, reason)
      logger.info(`storefront rebuild asked (${reason})`)
    } catch (error) {
      // The next change asks again; the storefront keeps its current build meanwhile.
      logger.warn(`storefront rebuild could not be asked: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  scheduler.notify()
}

// Every event, filtered by name above: the module events of producer groups, prices and
// translations carry generated names, so a list here would silently miss some.
export const config: SubscriberConfig = { event: "*", context: { subscriberId: "storefront-rebuild" } }
