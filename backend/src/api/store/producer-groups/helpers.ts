import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { present } from "../../../lib/query-graph"
import { carriesBrandBadge } from "../../../modules/producer-group/certificate"
import { storeProducerGroupFields, storeProducerGroupProductFields } from "./query-config"

/** A producer group as the store shows it: public fields, brand badge and products on sale. */
export type StoreProducerGroup = Record<string, unknown> & {
  id: string
  brand_certified: boolean
  products: Record<string, unknown>[]
}

/**
 * Reads active producer groups with their published products in the caller's sales channels,
 * translated into the request's locale. Only public fields are ever selected.
 */
export async function listStoreProducerGroups(
  req: MedusaStoreRequest,
  filters: Record<string, unknown>,
  pagination: { skip: number; take: number },
): Promise<{ groups: StoreProducerGroup[]; count: number }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer_group",
    fields: [
      ...storeProducerGroupFields,
      ...storeProducerGroupProductFields.map((field) => `products.${field}`),
      "products.status",
      "products.sales_channels.id",
    ],
    filters: { ...filters, status: "active" },
    pagination: { ...pagination, order: { name: "ASC" } },
  })
  const channels = new Set(req.publishable_key_context?.sales_channel_ids ?? [])
  const now = new Date()
  const groups = data.map((group) => ({
    ...group,
    brand_certified: carriesBrandBadge(group, now),
    products: present(group.products)
      .filter((product) => product.status === "published")
      .filter((product) => present(product.sales_channels).some((channel) => channels.has(channel.id)))
      .map((product) => pick(product, storeProducerGroupProductFields)),
  }))
  await applyTranslations({ localeCode: req.locale, objects: groups, container: req.scope })
  return { groups, count: metadata?.count ?? groups.length }
}

function pick(source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, source[field] ?? null]))
}
