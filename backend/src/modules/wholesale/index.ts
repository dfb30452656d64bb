import { Module } from "@medusajs/framework/utils"
import WholesaleModuleService from "./service"

/** The container key of the wholesale module (buyer applications, companies, case packs, minimum orders). */
export const WHOLESALE_MODULE = "wholesale"

export default Module(WHOLESALE_MODULE, { service: WholesaleModuleService })
