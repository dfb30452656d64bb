import type { RegionDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { nextPaymentProviders, STRIPE_PAYMENT_PROVIDER, wantedPaymentProviders } from "../../../lib/payment-providers"
import { seedTaxRegions as seedShopTaxRegions } from "../../../lib/tax-regions"
import type { SeedRun } from "../run"
import { REGIONS } from "../settings"

/** The seeded regions (with their countries) and whether card payments (Stripe) are configured. */
export type SeedRegions = { regions: RegionDTO[]; stripeConfigured: boolean }

/** Regions Kyrgyzstan, Japan and International. Cards (Stripe) only where the provider is configured and loaded. */
export async function seedRegions({ container, report }: SeedRun): Promise<SeedRegions> {
  const regionModule = container.resolve(Modules.REGION)
  const [stripe] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: STRIPE_PAYMENT_PROVIDER, is_enabled: true })
  const stripeConfigured = Boolean(stripe)
  const listRegions = () =>
    regionModule.listRegions({ name: { $in: REGIONS.map((r) => r.name) } }, { relations: ["countries"] })
  let regions = await listRegions()
  const newRegions = REGIONS.filter((r) => !regions.some((e) => e.name === r.name))
  if (newRegions.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: newRegions.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: [...r.countries],
          is_tax_inclusive: r.is_tax_inclusive,
          automatic_taxes: true,
          payment_providers: wantedPaymentProviders(r.name, stripeConfigured),
        })),
      },
    })
    if (result.length !== newRegions.length) throw new Error("could not create the regions")
    regions = await listRegions()
  }
  report("regions", newRegions.length, REGIONS.length - newRegions.length)
  return { regions, stripeConfigured }
}

/**
 * Ways to pay, also on a database seeded before they existed: Kyrgyzstan cash on delivery and
 * bank transfer; Japan and International cards when Stripe is configured, else the system provider.
 */
export async function seedRegionPaymentProviders(
  { container, report }: SeedRun,
  { regions, stripeConfigured }: SeedRegions,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regionProviders } = await query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
    filters: { id: regions.map((r) => r.id) },
  })
  let changedRegions = 0
  for (const region of regionProviders as { id: string; name: string; payment_providers?: { id: string }[] }[]) {
    const current = (region.payment_providers ?? []).map((p) => p.id)
    const next = nextPaymentProviders(current, wantedPaymentProviders(region.name, stripeConfigured))
    if (!next) continue
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: next } },
    })
    changedRegions++
  }
  report("region payment providers", changedRegions, regionProviders.length - changedRegions)
}

/**
 * VAT in Kyrgyzstan and consumption tax in Japan, with the invoice tax provider (the tax the
 * prices include, once per rate per order: README, Money and tax); also on a database seeded before.
 */
export async function seedTaxRegions({ container, report }: SeedRun): Promise<void> {
  const taxRegions = await seedShopTaxRegions(container)
  report("tax regions", taxRegions.created, taxRegions.updated + taxRegions.unchanged)
  report("tax region providers and rates", taxRegions.updated, taxRegions.unchanged)
}
