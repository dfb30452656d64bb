import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { STORE_LOCALES } from "../../../lib/locales"
import type { SeedRun } from "../run"
import { REGIONS } from "../settings"

/** The store: som (default), yen and dollar; the four locales. */
export async function seedStore({ container, report }: SeedRun): Promise<void> {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies", "supported_locales"] })
  if (!store) throw new Error("no store found: run the migrations first")
  const haveCurrencies = new Set((store.supported_currencies ?? []).map((c) => c.currency_code))
  const haveLocales = new Set((store.supported_locales ?? []).map((l) => l.locale_code))
  const storeChanges =
    REGIONS.filter((r) => !haveCurrencies.has(r.currency_code)).length +
    STORE_LOCALES.filter((code) => !haveLocales.has(code)).length
  if (storeChanges) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Issyk-Kul OVOP",
          supported_currencies: REGIONS.map((r) => ({
            currency_code: r.currency_code,
            is_default: r.currency_code === "kgs",
            is_tax_inclusive: r.is_tax_inclusive,
          })),
          supported_locales: STORE_LOCALES.map((locale_code) => ({ locale_code })),
        },
      },
    })
  }
  report("store currencies and locales", storeChanges, haveCurrencies.size + haveLocales.size)
}
