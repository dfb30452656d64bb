import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import InvoiceTaxProvider from "./service"

/**
 * The tax provider of the shop's tax-inclusive regions, registered with id "ovop":
 * `tp_invoice_ovop` (see `service.ts`; the seed sets it on the Kyrgyz and Japanese tax regions).
 */
export default ModuleProvider(Modules.TAX, { services: [InvoiceTaxProvider] })
