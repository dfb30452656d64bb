import type { MedusaContainer } from "@medusajs/framework/types"
import { setStoreSetting, storeSetting } from "./store-settings"

// How the association packs an export order: cases go into master cartons of a standard outer
// size. The packing list and the gross weights on the invoices are computed from it. Staff set it
// in the store settings (the admin's store page); an accepted quote's order keeps the packing of
// the day it was accepted, so a document printed again later says what was agreed.

/** The association's export packing. */
export type ExportPacking = {
  /** Cases a master carton holds. */
  cases_per_carton: number
  /** The carton's outer size, length × width × height, whole centimetres. */
  carton_cm: [number, number, number]
  /** The empty carton's own weight, kg. */
  carton_tare_kg: number
  /** A case's own weight (box or tray without the goods), kg. */
  case_tare_kg: number
}

/** The packing when staff have set none: 2 cases in a 60 × 40 × 30 cm carton of 0.9 kg, cases of 0.45 kg. */
export const DEFAULT_EXPORT_PACKING: ExportPacking = {
  cases_per_carton: 2,
  carton_cm: [60, 40, 30],
  carton_tare_kg: 0.9,
  case_tare_kg: 0.45,
}

/** The bounds staff's values must keep (the validator says the same). */
export const PACKING_LIMITS = {
  casesPerCarton: { min: 1, max: 200 },
  cartonCm: { min: 5, max: 300 },
  tareKg: { min: 0, max: 50 },
} as const

/** Where the store settings keep it: the store's metadata. */
export const STORE_PACKING_KEY = "ovop_export_packing"

const wholeIn = (value: unknown, { min, max }: { min: number; max: number }) =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
const kgIn = (value: unknown, { min, max }: { min: number; max: number }) =>
  typeof value === "number" && Number.isFinite(value) && value >= min && value <= max

/** `value` as a packing when it is a complete, sensible one; null otherwise (a hand-edited or old metadata value). */
export function packingOf(value: unknown): ExportPacking | null {
  if (!value || typeof value !== "object") return null
  const packing = value as Partial<Record<keyof ExportPacking, unknown>>
  const size = packing.carton_cm
  if (
    !wholeIn(packing.cases_per_carton, PACKING_LIMITS.casesPerCarton) ||
    !Array.isArray(size) ||
    size.length !== 3 ||
    !size.every((side) => wholeIn(side, PACKING_LIMITS.cartonCm)) ||
    !kgIn(packing.carton_tare_kg, PACKING_LIMITS.tareKg) ||
    !kgIn(packing.case_tare_kg, PACKING_LIMITS.tareKg)
  ) {
    return null
  }
  return {
    cases_per_carton: packing.cases_per_carton as number,
    carton_cm: [size[0], size[1], size[2]],
    carton_tare_kg: packing.carton_tare_kg as number,
    case_tare_kg: packing.case_tare_kg as number,
  }
}

/** The store's export packing, or the default when none (or an unreadable one) is set. */
export async function exportPacking(scope: MedusaContainer): Promise<ExportPacking> {
  return packingOf(await storeSetting(scope, STORE_PACKING_KEY)) ?? DEFAULT_EXPORT_PACKING
}

/** Sets the store's export packing (its other metadata kept); orders already accepted keep theirs. */
export async function setExportPacking(scope: MedusaContainer, packing: ExportPacking): Promise<ExportPacking> {
  await setStoreSetting(scope, STORE_PACKING_KEY, packing)
  return packing
}
