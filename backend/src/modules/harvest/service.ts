import { MedusaService } from "@medusajs/framework/utils"
import { HarvestLot } from "./models/harvest-lot"

/** Stores harvest lots; stock and orders change through workflows. */
export default class HarvestModuleService extends MedusaService({ HarvestLot }) {}
