import { Module } from "@medusajs/framework/utils"
import ProducerGroupModuleService from "./service"

/** The container key of the producer-group module. */
export const PRODUCER_GROUP_MODULE = "producerGroup"

export default Module(PRODUCER_GROUP_MODULE, { service: ProducerGroupModuleService })
