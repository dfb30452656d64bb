import { Module } from "@medusajs/framework/utils"
import PayoutModuleService from "./service"

/** The container key of the payout module (ledger, exchange rates, payout batches). */
export const PAYOUT_MODULE = "payout"

export default Module(PAYOUT_MODULE, { service: PayoutModuleService })
