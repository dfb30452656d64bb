import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

// Settings staff keep on the store itself (its metadata, edited from widgets on the admin's store
// page): the default commission, the export packing. Each setting owns one key and validates what
// it reads back (`commission-default.ts`, `export-packing.ts`).

async function theStore(scope: MedusaContainer) {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["id", "metadata"], take: 1 })
  if (!store) throw new MedusaError(MedusaError.Types.NOT_FOUND, "the store has not been set up (run the seed)")
  return store
}

/** The raw value of the store setting `key` (undefined when unset). */
export async function storeSetting(scope: MedusaContainer, key: string): Promise<unknown> {
  return (await theStore(scope)).metadata?.[key]
}

/** Sets the store setting `key`, the store's other metadata kept. */
export async function setStoreSetting(scope: MedusaContainer, key: string, value: unknown): Promise<void> {
  const store = await theStore(scope)
  await scope.resolve(Modules.STORE).updateStores(store.id, { metadata: { ...(store.metadata ?? {}), [key]: value } })
}
