import { model } from "@medusajs/framework/utils"
import { LOCALES, WHOLESALE_APPLICATION_STATUSES } from "@ovop/domain"

/**
 * A signed-in customer's request to buy wholesale: the company, who to talk to and what it
 * expects to buy. Staff approve it (the customer becomes the buyer admin of a new company in the
 * Wholesale customer group) or reject it with a reason sent to the applicant. The statuses and
 * their transitions table are the shop's shared rules (`@ovop/domain`, wholesale.ts).
 */
export const WholesaleApplication = model
  .define("wholesale_application", {
    id: model.id({ prefix: "wapp" }).primaryKey(),
    customer_id: model.text(),
    /** The applicant's email when applying (the rejection or approval is sent there). */
    email: model.text(),
    company_name: model.text(),
    /** ISO 3166-1 alpha-2, lower case. */
    country_code: model.text(),
    registration_number: model.text(),
    contact_person: model.text(),
    /** What the company expects to buy in a year, in US dollars. */
    expected_yearly_volume_usd: model.number(),
    preferred_language: model.enum([...LOCALES]),
    status: model.enum([...WHOLESALE_APPLICATION_STATUSES]).default("pending"),
    rejection_reason: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The staff user who decided. */
    decided_by: model.text().nullable(),
    /** The company an approval made. */
    company_id: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"] }, { on: ["status"] }])
