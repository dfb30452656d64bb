import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BankTransferProviderService, CashOnDeliveryProviderService } from "./service"

/**
 * Offline ways to pay in Kyrgyzstan, registered with id "ovop": `pp_cash-on-delivery_ovop` and
 * `pp_bank-transfer_ovop`. Both authorize at checkout; staff capture when the money arrives.
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [CashOnDeliveryProviderService, BankTransferProviderService],
})
