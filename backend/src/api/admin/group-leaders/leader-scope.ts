import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Who an admin user is for the payouts: staff (every group) or the leader of one group. */
export type AdminScope = { kind: "staff" } | { kind: "leader"; producerGroupId: string }

const SCOPE = Symbol("ovop.adminScope")
type ScopedRequest = MedusaRequest & { [SCOPE]?: AdminScope | null }

/**
 * The scope of admin user `userId`, read from the user <-> producer group link (one indexed
 * query); null when the user no longer exists (a revoked leader's token).
 */
export async function adminScopeOfUser(container: MedusaContainer, userId: string): Promise<AdminScope | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "producer_group.id"],
    filters: { id: userId },
  })
  const user = data[0] as { id: string; producer_group?: { id: string } | null } | undefined
  if (!user) return null
  return user.producer_group?.id ? { kind: "leader", producerGroupId: user.producer_group.id } : { kind: "staff" }
}

/**
 * The scope of the request's admin user, as the leader guard found it (read again if the guard did
 * not run). A secret API key acts as staff. 401 for a user that no longer exists.
 */
export async function adminScopeOf(req: MedusaRequest): Promise<AdminScope> {
  const scoped = req as ScopedRequest
  if (scoped[SCOPE] === undefined) scoped[SCOPE] = await lookUp(req)
  const scope = scoped[SCOPE]
  if (!scope) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return scope
}

async function lookUp(req: MedusaRequest): Promise<AdminScope | null> {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  if (auth?.actor_type !== "user" || !auth.actor_id) return { kind: "staff" }
  return adminScopeOfUser(req.scope, auth.actor_id)
}

/** The group a leader reads, or null for staff. */
export async function leaderGroupOf(req: MedusaRequest): Promise<string | null> {
  const scope = await adminScopeOf(req)
  return scope.kind === "leader" ? scope.producerGroupId : null
}

/** The refusal a group leader gets for anything outside its group's payouts (403, record or not). */
export function leaderRefusal(): MedusaError {
  return new MedusaError(MedusaError.Types.FORBIDDEN, "A group leader may only read its own producer group's payouts")
}
