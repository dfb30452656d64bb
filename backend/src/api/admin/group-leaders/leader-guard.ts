import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminScopeOf, leaderRefusal } from "./leader-scope"

/** A route a group leader may call; `fields`, when set, replaces whatever fields the request asks for. */
type LeaderRoute = { method: "GET"; path: RegExp; group?: number; fields?: string }

/**
 * What a group leader may call: reads only, each naming its own group where the path names one.
 * Everything else under /admin (Medusa's routes, ours, and every route added later) is refused:
 * deny by default. `group` is the index of the path's producer group id, which must be the
 * leader's. The handlers of the unscoped reads (balances, batches) narrow their answer to the
 * leader's group themselves (`leaderGroupOf`).
 */
export const LEADER_ROUTES: readonly LeaderRoute[] = [
  // The dashboard's shell fails without its user and the store's name: the name only.
  { method: "GET", path: /^\/admin\/users\/me$/i },
  { method: "GET", path: /^\/admin\/stores$/i, fields: "id,name" },
  { method: "GET", path: /^\/admin\/group-leaders\/me$/i },
  { method: "GET", path: /^\/admin\/payouts\/balances$/i },
  { method: "GET", path: /^\/admin\/payouts\/groups\/([^/]+)\/(?:ledger|statement)$/i, group: 1 },
  { method: "GET", path: /^\/admin\/payouts\/batches$/i },
  // A batch id only, so a route added later beside :id (batches/summary) is not let through.
  { method: "GET", path: /^\/admin\/payouts\/batches\/pbat_[0-9a-z]+$/i },
  { method: "GET", path: /^\/admin\/payouts\/batches\/pbat_[0-9a-z]+\/groups\/([^/]+)\/statement$/i, group: 1 },
]

/** The route a leader of `producerGroupId` may send `method` to `pathname` by (the raw path, query excluded), or null. */
export function leaderRouteOf(method: string, pathname: string, producerGroupId: string): LeaderRoute | null {
  // Express answers HEAD with the GET route; a trailing slash reaches the same route.
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname
  for (const route of LEADER_ROUTES) {
    if (route.method !== verb) continue
    const match = route.path.exec(path)
    if (!match) continue
    if (route.group === undefined) return route
    try {
      // Express decodes the parameter before the route reads it: compare what the route will see.
      return decodeURIComponent(match[route.group] ?? "") === producerGroupId ? route : null
    } catch {
      return null
    }
  }
  return null
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
    const route = leaderRouteOf(req.method, pathname, scope.producerGroupId)
    if (!route) return next(leaderRefusal())
    if (route.fields) req.query = { ...req.query, fields: route.fields }
    return next()
  } catch (error) {
    return next(error)
  }
}
