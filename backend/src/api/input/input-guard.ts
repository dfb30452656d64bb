import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkRequestInput, problemMessage } from "./request-input"

/** The namespaces the guard covers: every route of the store, ours and Medusa's. */
export const GUARDED_NAMESPACES = ["store", "admin", "auth", "hooks", "uploads"] as const

/**
 * Refuses, with 400 naming the field, a request whose path does not decode, or whose path,
 * query or JSON body carries a NUL byte or another control character (tab and line breaks are
 * text in a body), or whose `limit`/`offset` is not a whole number in range. Registered first
 * for every namespace, so no route, ours or Medusa's, hands such a value to PostgreSQL (which
 * refuses NUL in text and JSON, and a negative LIMIT, with a 500).
 */
export function refuseUnsafeInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): void {
  const url = req.originalUrl ?? req.url ?? ""
  const rawPath = url.split("?")[0] ?? ""
  const problem = checkRequestInput({
    rawPath,
    query: req.query,
    body: req.body,
    namespace: rawPath.split("/")[1] ?? "",
  })
  if (!problem) {
    next()
    return
  }
  next(new MedusaError(MedusaError.Types.INVALID_DATA, problemMessage(problem)))
}
