import { MedusaService } from "@medusajs/framework/utils"
import { ProducerGroup } from "./models/producer-group"

/** Stores producer groups; everything that spans modules goes through workflows and links. */
export default class ProducerGroupModuleService extends MedusaService({ ProducerGroup }) {}
