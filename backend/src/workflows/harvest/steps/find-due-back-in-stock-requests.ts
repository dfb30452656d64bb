import type { ITranslationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productPageUrl, storefrontBaseUrl } from "@ovop/domain"
import { present, seasonMonthsOf } from "../../../lib/query-graph"
import { HARVEST_MODULE } from "../../../modules/harvest"
import { onShelf } from "../../../modules/harvest/availability"
import { backInStockMessage } from "../../../modules/harvest/back-in-stock-message"
import { effectiveWindow, isInSeason } from "../../../modules/harvest/season"
import type HarvestModuleService from "../../../modules/harvest/service"

export const findDueBackInStockRequestsStepId = "find-due-back-in-stock-requests"

/**
 * The waiting requests of variants that can be bought again (in season, with stock on a
 * shelf), each with its message in the shopper's language. Writes nothing.
 */
export const findDueBackInStockRequestsStep = createStep(
  findDueBackInStockRequestsStepId,
  async (input: { variant_ids: string[] }, { container }) => {
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const waiting = await harvest.listBackInStockRequests({ variant_id: input.variant_ids, notified_at: null })
    if (!waiting.length) return new StepResponse([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "metadata",
        "product.id",
        "product.title",
        "product.handle",
        "product.metadata",
        "inventory_items.inventory.location_levels.stocked_quantity",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: [...new Set(waiting.map((r) => r.variant_id))] },
    })
    const variants = data
    // The product titles in every language the waiting shoppers read: one read for all of them.
    const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
    const productIds = [
      ...new Set(variants.map((variant) => variant.product?.id).filter((id): id is string => Boolean(id))),
    ]
    const translations = productIds.length
      ? await translationModule.listTranslations(
          { reference_id: productIds, locale_code: [...new Set(waiting.map((r) => r.locale))] },
          { take: null },
        )
      : []
    const now = new Date()
    const storefront = storefrontBaseUrl(process.env)
    const due: { request_id: string; to: string; subject: string; text: string; variant_id: string }[] = []
    for (const variant of variants) {
      const shelf = onShelf(
        present(variant.inventory_items).flatMap((item) => present(item.inventory?.location_levels)),
      )
      const inSeason = isInSeason(
        effectiveWindow(seasonMonthsOf(variant.product?.metadata), seasonMonthsOf(variant.metadata)),
        now,
      )
      if (shelf <= 0 || !inSeason) continue
      const product = variant.product
      for (const request of waiting.filter((r) => r.variant_id === variant.id)) {
        const translated = translations.find((t) => t.reference_id === product?.id && t.locale_code === request.locale)
          ?.translations?.title as string | undefined
        const title = translated || product?.title || "Your product"
        const url = productPageUrl(storefront, request.locale, variant.product?.handle ?? "")
        due.push({
          request_id: request.id,
          to: request.email,
          variant_id: variant.id,
          ...backInStockMessage(request.locale, title, url),
        })
      }
    }
    return new StepResponse(due)
  },
)
