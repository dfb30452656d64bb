import type { InferTypeOf } from "@medusajs/framework/types"
import type { Company } from "./models/company"
import type { WholesaleApplication } from "./models/wholesale-application"

/** A buyer application as the module stores it. */
export type WholesaleApplicationRecord = InferTypeOf<typeof WholesaleApplication>

/** A company as the module stores it. */
export type CompanyRecord = InferTypeOf<typeof Company>
