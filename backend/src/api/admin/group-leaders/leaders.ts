import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A group leader as the admin lists it: the user and the group it leads. */
export type GroupLeader = {
  user_id: string
  email: string
  first_name: string | null
  last_name: string | null
  producer_group_id: string
  group_name: string | null
}

type UserRow = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  producer_group?: { id: string; name: string } | null
}

/** The group leaders, all or one group's (`producerGroupId`) or one user's (`userId`), by email. */
export async function listGroupLeaders(
  container: MedusaContainer,
  filter: { producerGroupId?: string; userId?: string } = {},
): Promise<GroupLeader[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name", "producer_group.id", "producer_group.name"],
    filters: filter.userId ? { id: filter.userId } : {},
  })
  return (data as UserRow[])
    .filter((user) => user.producer_group?.id)
    .filter((user) => !filter.producerGroupId || user.producer_group?.id === filter.producerGroupId)
    .map((user) => ({
      user_id: user.id,
      email: user.email,
      first_name: user.first_name,
      last_name: user.last_name,
      producer_group_id: user.producer_group?.id ?? "",
      group_name: user.producer_group?.name ?? null,
    }))
    .sort((a, b) => a.email.localeCompare(b.email))
}
