import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createTaxRegionsWorkflow, updateTaxRatesWorkflow, updateTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { INVOICE_TAX_PROVIDER_ID } from "./order-tax"

/**
 * The taxes the shop's tax-inclusive prices include, per country: a tax region with this default
 * rate and the invoice provider (tax once per rate per order, README: Money and tax). A rate of 0
 * collects no tax there. Japan is 0: the shop sells from abroad, delivery duty unpaid, so its yen
 * prices carry no Japanese consumption tax; the buyer pays import consumption tax and duty at
 * delivery (or, duty paid, the cart's duty-and-tax line: `lib/import-charges.ts`).
 */
export const SHOP_TAX_REGIONS = [
  { country_code: "kg", rate: 12, code: "VAT", name: "VAT (НДС)" },
  { country_code: "jp", rate: 0, code: "NONE", name: "No Japanese tax (sold from abroad)" },
] as const

/** What the seed did to the tax regions: created, brought in line (provider or default rate), already right. */
export type TaxRegionSeedResult = { created: number; updated: number; unchanged: number }

/**
 * Makes the shop's tax regions match `SHOP_TAX_REGIONS`, also on a database seeded before: missing
 * regions are created; existing ones get the invoice provider and the configured default rate,
 * code and name (a database seeded with Japan's former 10% consumption tax loses it; a rate staff
 * changed in the admin lasts until the next seed). Running it again changes nothing.
 */
export async function seedTaxRegions(container: MedusaContainer): Promise<TaxRegionSeedResult> {
  const taxModule = container.resolve(Modules.TAX)
  // Country regions only: a province's region (parent_id set) keeps its own provider.
  const existing = (
    await taxModule.listTaxRegions({ country_code: SHOP_TAX_REGIONS.map((t) => t.country_code) })
  ).filter((region) => !region.parent_id)
  const defaultRates = existing.length
    ? (await taxModule.listTaxRates({ tax_region_id: existing.map((region) => region.id) })).filter(
        (rate) => rate.is_default,
      )
    : []
  const missing = SHOP_TAX_REGIONS.filter((t) => !existing.some((e) => e.country_code === t.country_code))
  if (missing.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((t) => ({
        country_code: t.country_code,
        provider_id: INVOICE_TAX_PROVIDER_ID,
        default_tax_rate: { rate: t.rate, code: t.code, name: t.name },
      })),
    })
  }
  let updated = 0
  for (const region of existing) {
    const wanted = SHOP_TAX_REGIONS.find((t) => t.country_code === region.country_code)
    if (!wanted) continue
    let changed = false
    if (region.provider_id !== INVOICE_TAX_PROVIDER_ID) {
      await updateTaxRegionsWorkflow(container).run({
        input: [{ id: region.id, provider_id: INVOICE_TAX_PROVIDER_ID }],
      })
      changed = true
    }
    const defaultRate = defaultRates.find((rate) => rate.tax_region_id === region.id)
    if (
      defaultRate &&
      (Number(defaultRate.rate) !== wanted.rate || defaultRate.code !== wanted.code || defaultRate.name !== wanted.name)
    ) {
      await updateTaxRatesWorkflow(container).run({
        input: {
          selector: { id: defaultRate.id },
          update: { rate: wanted.rate, code: wanted.code, name: wanted.name },
        },
      })
      changed = true
    }
    if (changed) updated++
  }
  return { created: missing.length, updated, unchanged: existing.length - updated }
}
