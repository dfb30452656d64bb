import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import HarvestModule from "../modules/harvest"

/** A harvest lot is a batch of one variant (read through the lot's `variant_id`). */
export default defineLink(
  { linkable: HarvestModule.linkable.harvestLot, field: "variant_id", isList: true },
  ProductModule.linkable.productVariant,
  { readOnly: true },
)
