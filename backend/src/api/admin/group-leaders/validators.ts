import { z } from "@medusajs/framework/zod"
import { recordId } from "../../input/fields"

/** Query of GET /admin/group-leaders: optionally one group's leaders. */
export const AdminGetGroupLeadersParams = z
  .object({ producer_group_id: recordId("producer_group_id").optional() })
  .strict()
export type AdminGetGroupLeadersParamsType = z.infer<typeof AdminGetGroupLeadersParams>

/** Body of POST /admin/group-leaders: the admin user who leads the group from now on. */
export const AdminSetGroupLeader = z
  .object({ user_id: recordId("user_id"), producer_group_id: recordId("producer_group_id") })
  .strict()
export type AdminSetGroupLeaderType = z.infer<typeof AdminSetGroupLeader>
