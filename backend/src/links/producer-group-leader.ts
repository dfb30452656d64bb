import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import ProducerGroupModule from "../modules/producer-group"

/**
 * A group leader: an admin user who may read only its own producer group's payouts (ledger,
 * balance, statements, its lines of paid batches). A user leads at most one group; a group may
 * have several leaders. The rules are in `api/admin/group-leaders/leader-guard.ts`.
 */
export default defineLink(
  { linkable: UserModule.linkable.user, isList: true },
  ProducerGroupModule.linkable.producerGroup,
)
