import type { ShippingProfileDTO, StockLocationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedRun } from "../run"
import { REGIONS, WAREHOUSE, WAREHOUSE_SHIPPING } from "../settings"
import { SHIPPING_OPTIONS } from "../shipping-options"
import type { SeedChannels } from "./sales-channels"

/** The Karakol warehouse, stocking every sales channel and shipping through the manual provider. */
export async function seedWarehouse({ container, report }: SeedRun, channels: SeedChannels): Promise<StockLocationDTO> {
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  let [warehouse] = await stockLocationModule.listStockLocations({ name: WAREHOUSE })
  const warehouseExisted = Boolean(warehouse)
  if (!warehouse) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: WAREHOUSE,
            address: {
              address_1: "Toktogul street",
              city: "Karakol",
              country_code: "kg",
              province: "Issyk-Kul region",
            },
          },
        ],
      },
    })
    warehouse = result[0]
    if (!warehouse) throw new Error("could not create the warehouse")
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: warehouse.id, add: channels.all.map((c) => c.id) },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }
  report("stock location", warehouseExisted ? 0 : 1, warehouseExisted ? 1 : 0)
  return warehouse
}

/**
 * The default shipping profile, the warehouse's service zones (one per region) and the shipping
 * options of each zone. Returns the profile, which every product ships under.
 */
export async function seedShipping(
  { container, report }: SeedRun,
  warehouse: StockLocationDTO,
): Promise<ShippingProfileDTO> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  if (!profile) throw new Error("no shipping profile")

  const [existingSet] = await fulfillmentModule.listFulfillmentSets(
    { name: WAREHOUSE_SHIPPING },
    { relations: ["service_zones"] },
  )
  let fulfillmentSet = existingSet
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: WAREHOUSE_SHIPPING,
      type: "shipping",
      service_zones: REGIONS.map((r) => ({
        name: r.name,
        geo_zones: r.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })),
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const existingOptions = await fulfillmentModule.listShippingOptions({}, { relations: ["type"] })
  const newOptions = SHIPPING_OPTIONS.filter((o) => !existingOptions.some((e) => e.type?.code === o.code))
  if (newOptions.length) {
    const zones = fulfillmentSet.service_zones ?? []
    const shippingProfileId = profile.id
    await createShippingOptionsWorkflow(container).run({
      input: newOptions.map((option) => {
        const zone = zones.find((z) => z.name === option.zone)
        if (!zone) throw new Error(`no service zone ${option.zone}`)
        return {
          name: option.name,
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: zone.id,
          shipping_profile_id: shippingProfileId,
          type: { label: option.name, description: option.name, code: option.code },
          prices: [{ currency_code: option.currency, amount: option.amount }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        }
      }),
    })
  }
  report("shipping options", newOptions.length, SHIPPING_OPTIONS.length - newOptions.length)
  return profile
}
