import { model } from "@medusajs/framework/utils"
import { LOCALES, PAYMENT_TERMS } from "@ovop/domain"
import { CompanyUser } from "./company-user"

/** A wholesale buyer's company: an importer or a shop, with its users and the payment terms it trades on. */
export const Company = model.define("company", {
  id: model.id({ prefix: "comp" }).primaryKey(),
  name: model.text(),
  country_code: model.text(),
  registration_number: model.text(),
  preferred_language: model.enum([...LOCALES]),
  /** The terms its orders carry unless staff agree others (net 30 for trusted buyers). */
  payment_terms: model.enum([...PAYMENT_TERMS]).default("prepayment"),
  /** Set by staff: a trusted buyer may be given net 30. */
  trusted: model.boolean().default(false),
  users: model.hasMany(() => CompanyUser, { mappedBy: "company" }),
})
