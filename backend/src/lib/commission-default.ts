import type { MedusaContainer } from "@medusajs/framework/types"
import { setStoreSetting, storeSetting } from "./store-settings"

/** The association's commission on a group's sales when staff have set no other default (15 %). */
export const FALLBACK_COMMISSION_RATE = 0.15
/** The highest commission a group may be charged (the producer groups' validator says the same). */
export const MAX_COMMISSION_RATE = 0.5
/** Where the store settings keep the default: the store's metadata, edited on the admin's store page. */
export const STORE_COMMISSION_KEY = "ovop_default_commission_rate"

const validRate = (value: unknown): number | null => {
  const rate = typeof value === "string" ? Number(value) : value
  return typeof rate === "number" && Number.isFinite(rate) && rate >= 0 && rate <= MAX_COMMISSION_RATE ? rate : null
}

/**
 * The default commission a new producer group gets: the store settings' value, or 15 % when none
 * (or an unreadable one) is set. Changing it leaves existing groups' rates as they are.
 */
export async function defaultCommissionRate(scope: MedusaContainer): Promise<number> {
  return validRate(await storeSetting(scope, STORE_COMMISSION_KEY)) ?? FALLBACK_COMMISSION_RATE
}

/** Sets the store's default commission (its other metadata kept). */
export async function setDefaultCommissionRate(scope: MedusaContainer, rate: number): Promise<number> {
  await setStoreSetting(scope, STORE_COMMISSION_KEY, rate)
  return rate
}
