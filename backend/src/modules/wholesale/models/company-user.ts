import { model } from "@medusajs/framework/utils"
import { COMPANY_ROLES } from "@ovop/domain"
import { Company } from "./company"

/** A customer buying for a company: its buyer admin (manages the company's users) or a buyer. One company per customer. */
export const CompanyUser = model.define("company_user", {
  id: model.id({ prefix: "cusr" }).primaryKey(),
  customer_id: model.text().unique(),
  role: model.enum([...COMPANY_ROLES]).default("buyer"),
  company: model.belongsTo(() => Company, { mappedBy: "users" }),
})
