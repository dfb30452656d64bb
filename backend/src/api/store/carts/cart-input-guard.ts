import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_LINE_QUANTITY } from "../../../workflows/hooks/preorder-rules"

/** Metadata keys starting with this are the store's own (pre-order records' display copies); shoppers may not write them. */
export const STORE_METADATA_PREFIX = "ovop_"

/**
 * Why `value` is not a line quantity (a whole number from `min` to `MAX_LINE_QUANTITY`), as a
 * message naming `field`; null when it is one. Medusa's validators take any positive number and
 * round it later (1.5 became 2, 0.0001 became 0).
 */
export function quantityProblem(field: string, value: unknown, min: 0 | 1 = 1, max = MAX_LINE_QUANTITY): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return null
  return min === 0
    ? `${field} must be a whole number from 0 (removes the line) to ${max}`
    : `${field} must be a whole number from 1 to ${max}`
}

/** The most units one `POST /store/carts/:id/preorders` asks for. */
export const MAX_PREORDER_QUANTITY = 1000

/** Why `metadata` may not be written by a shopper (it names a store-only key), or null. */
export function metadataProblem(field: string, metadata: unknown): string | null {
  if (!metadata || typeof metadata !== "object") return null
  const key = Object.keys(metadata).find((k) => k.toLowerCase().startsWith(STORE_METADATA_PREFIX))
  return key === undefined ? null : `${field}.${key} is written by the store only: leave it out`
}

/** Which of Medusa's store routes a body is for: what it may carry differs. */
export type CartInputRoute =
  | "create-cart"
  | "update-cart"
  | "add-line-item"
  | "update-line-item"
  | "create-return"
  | "add-preorder"

/** The first problem with a body for `route` (quantities, store-only metadata), or null. */
export function cartInputProblem(route: CartInputRoute, body: unknown): string | null {
  if (!body || typeof body !== "object") return null
  const fields = body as { quantity?: unknown; metadata?: unknown; items?: unknown }
  const items = Array.isArray(fields.items) ? (fields.items as unknown[]) : []
  const itemProblems = () =>
    items.map((item, index) => {
      const line = (item ?? {}) as { quantity?: unknown; metadata?: unknown }
      // Medusa refuses an item without a quantity itself; one that is there must be whole.
      return (
        (line.quantity !== undefined ? quantityProblem(`items[${index}].quantity`, line.quantity) : null) ??
        metadataProblem(`items[${index}].metadata`, line.metadata)
      )
    })
  switch (route) {
    case "create-cart":
      return metadataProblem("metadata", fields.metadata) ?? itemProblems().find(Boolean) ?? null
    case "update-cart":
      return metadataProblem("metadata", fields.metadata)
    case "add-line-item":
      return quantityProblem("quantity", fields.quantity) ?? metadataProblem("metadata", fields.metadata)
    case "update-line-item":
      return quantityProblem("quantity", fields.quantity, 0) ?? metadataProblem("metadata", fields.metadata)
    case "create-return":
      return itemProblems().find(Boolean) ?? null
    // Its validator refuses the rest; a wrong quantity gets the same wording as on Medusa's routes.
    case "add-preorder":
      return fields.quantity === undefined
        ? null
        : quantityProblem("quantity", fields.quantity, 1, MAX_PREORDER_QUANTITY)
  }
}

/** The route a store request is for, when it is one whose body this guard checks (by method and path). */
export function cartInputRouteOf(method: string, path: string): CartInputRoute | null {
  if (method !== "POST") return null
  // Compared as Express matches routes: without regard to case, escapes decoded.
  const segments = (path.split("?")[0]?.split("/").filter(Boolean) ?? []).map((segment) => {
    try {
      return decodeURIComponent(segment).toLowerCase()
    } catch {
      return segment.toLowerCase()
    }
  })
  if (segments[0] !== "store") return null
  if (segments[1] === "returns") return segments.length === 2 ? "create-return" : null
  if (segments[1] !== "carts") return null
  if (segments.length === 2) return "create-cart"
  if (segments.length === 3) return "update-cart"
  if (segments[3] === "line-items")
    return segments.length === 4 ? "add-line-item" : segments.length === 5 ? "update-line-item" : null
  if (segments[3] === "preorders" && segments.length === 4) return "add-preorder"
  return null
}

/**
 * Middleware (mounted without a method, so it runs before Medusa's own body validators) for
 * Medusa's cart and return routes and the pre-order route: answers 400 naming the field for a
 * quantity that is not a whole number in range and for `ovop_*` metadata, before Medusa runs.
 */
export function guardCartInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const route = cartInputRouteOf(req.method, req.originalUrl ?? "")
  const problem = route ? cartInputProblem(route, req.body) : null
  if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  return next()
}
