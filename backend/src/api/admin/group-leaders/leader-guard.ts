import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminScopeOf, leaderRefusal } from "./leader-scope"

/**
 * What a group leader may call: reads only, each naming its own group where the path names one.
 * Everything else under /admin (Medusa's routes, ours, and every route added later) is refused:
 * deny by default. `group` is the index of the path's producer group id, which must be the
 * leader's. The handlers of the unscoped reads (balances, batches) narrow their answer to the
 * leader's group themselves (`leaderGroupOf`).
 */
export const LEADER_ROUTES: readonly { method: "GET"; path: RegExp; group?: number }[] = [
  // The dashboard's own user, and which group the user leads.
  { method: "GET", path: /^\/admin\/users\/me$/i },
  { method: "GET", path: /^\/admin\/group-leaders\/me$/i },
  { method: "GET", path: /^\/admin\/payouts\/balances$/i },
  { method: "GET", path: /^\/admin\/payouts\/groups\/([^/]+)\/(?:ledger|statement)$/i, group: 1 },
  { method: "GET", path: /^\/admin\/payouts\/batches$/i },
  { method: "GET", path: /^\/admin\/payouts\/batches\/[^/]+$/i },
  { method: "GET", path: /^\/admin\/payouts\/batches\/[^/]+\/groups\/([^/]+)\/statement$/i, group: 1 },
]

/** True when a leader of `producerGroupId` may send `method` to `pathname` (the raw path, query excluded). */
export function leaderMayCall(method: string, pathname: string, producerGroupId: string): boolean {
  // Express answers HEAD with the GET route; a trailing slash reaches the same route.
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname
  for (const route of LEADER_ROUTES) {
    if (route.method !== verb) continue
    const match = route.path.exec(path)
    if (!match) continue
    if (route.group === undefined) return true
    try {
      // Express decodes the parameter before the route reads it: compare what the route will see.
      return decodeURIComponent(match[route.group] ?? "") === producerGroupId
    } catch {
      return false
    }
  }
  return false
}

/**
 * Every /admin request of a group leader must be on `LEADER_ROUTES` (403 otherwise, whether the
 * record exists or not); staff and secret API keys pass untouched. A token of a user that no
 * longer exists (a revoked leader's) answers 401. Runs after Medusa's authentication.
 */
export async function guardGroupLeaders(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const scope = await adminScopeOf(req)
    if (scope.kind === "staff") return next()
    const pathname = new URL(req.originalUrl, "http://admin.invalid").pathname
    if (!leaderMayCall(req.method, pathname, scope.producerGroupId)) return next(leaderRefusal())
    return next()
  } catch (error) {
    return next(error)
  }
}
