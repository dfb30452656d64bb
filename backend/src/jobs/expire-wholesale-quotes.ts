import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { quoteDay } from "@ovop/domain"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"

/** Marks quoted quotes whose validity ended before today (Bishkek) expired; a second run finds none. */
export async function expireWholesaleQuotes(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  return wholesale.expireQuotes(quoteDay(now))
}

/** The daily job: quotes past their validity expire (accepting one is refused before it runs). */
export default async function expireWholesaleQuotesJob(container: MedusaContainer): Promise<void> {
  const expired = await expireWholesaleQuotes(container)
  if (expired.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`wholesale quotes past their validity expired: ${expired.join(", ")}`)
  }
}

// 18:10 UTC = 00:10 in Bishkek, just after the day changes there.
export const config = { name: "expire-wholesale-quotes", schedule: "10 18 * * *" }
