import { MedusaService } from "@medusajs/framework/utils"
import { BackInStockRequest } from "./models/back-in-stock-request"
import { HarvestLot } from "./models/harvest-lot"

/** Stores harvest lots and back-in-stock requests; stock and orders change through workflows. */
export default class HarvestModuleService extends MedusaService({ HarvestLot, BackInStockRequest }) {}
