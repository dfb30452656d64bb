import { Module } from "@medusajs/framework/utils"
import HarvestModuleService from "./service"

/** The container key of the harvest module (seasons and harvest lots). */
export const HARVEST_MODULE = "harvest"

export default Module(HARVEST_MODULE, { service: HarvestModuleService })
