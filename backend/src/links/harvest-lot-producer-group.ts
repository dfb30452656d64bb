import { defineLink } from "@medusajs/framework/utils"
import HarvestModule from "../modules/harvest"
import ProducerGroupModule from "../modules/producer-group"

/** A harvest lot is made by one producer group (read through the lot's `producer_group_id`). */
export default defineLink(
  { linkable: HarvestModule.linkable.harvestLot, field: "producer_group_id", isList: true },
  ProducerGroupModule.linkable.producerGroup,
  { readOnly: true },
)
