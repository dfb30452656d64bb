import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerGroupModule from "../modules/producer-group"

/** Every product is made by exactly one producer group; a group makes many products. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  ProducerGroupModule.linkable.producerGroup,
)
