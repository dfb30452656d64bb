import { z } from "@medusajs/framework/zod"
import { PAYMENT_TERMS, QUOTE_STATUSES, WHOLESALE_APPLICATION_STATUSES } from "@ovop/domain"
import { PACKING_LIMITS } from "../../../lib/export-packing"
import { calendarDay, listLimit, listOffset, recordId } from "../../input/fields"
import { requiredText } from "../../store/wholesale/validators"

/** Query of GET /admin/wholesale/applications. */
export const AdminGetWholesaleApplicationsParams = z
  .object({
    status: z
      .enum([...WHOLESALE_APPLICATION_STATUSES], {
        error: `status must be one of ${WHOLESALE_APPLICATION_STATUSES.join(", ")}`,
      })
      .optional(),
    limit: listLimit(200, 50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetWholesaleApplicationsParamsType = z.infer<typeof AdminGetWholesaleApplicationsParams>

/** Body of POST /admin/wholesale/applications/:id/approve (nothing to say). */
export const AdminApproveWholesaleApplication = z.object({}).strict()

/** Body of POST /admin/wholesale/applications/:id/reject: the reason, sent to the applicant. */
export const AdminRejectWholesaleApplication = z.object({ reason: requiredText("reason", 2000) }).strict()
export type AdminRejectWholesaleApplicationType = z.infer<typeof AdminRejectWholesaleApplication>

/** Query of GET /admin/wholesale/quotes. */
export const AdminGetWholesaleQuotesParams = z
  .object({
    status: z.enum([...QUOTE_STATUSES], { error: `status must be one of ${QUOTE_STATUSES.join(", ")}` }).optional(),
    company_id: recordId("company_id").optional(),
    limit: listLimit(200, 50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetWholesaleQuotesParamsType = z.infer<typeof AdminGetWholesaleQuotesParams>

/** A price in the main unit of the quote's currency: zero or more, at most two decimals (checked against the currency in the route). */
const price = (field: string) =>
  z
    .number({ error: `${field} must be a number (the currency's main unit, e.g. 3.58 USD or 560 JPY)` })
    .finite({ error: `${field} must be a number` })
    .min(0, { error: `${field} must not be negative` })
    .max(100_000_000, { error: `${field} is implausibly large` })

/** Body of POST /admin/wholesale/quotes/:id/quote: staff's answer. */
export const AdminAnswerWholesaleQuote = z
  .object({
    lines: z
      .array(z.object({ id: recordId("lines[].id"), unit_price: price("lines[].unit_price") }).strict(), {
        error: "lines must list each line's id and unit_price",
      })
      .min(1, { error: "lines must price every line of the quote" })
      .max(500, { error: "lines may list at most 500 lines" }),
    freight: price("freight"),
    valid_until: calendarDay("valid_until"),
    ships_on: calendarDay("ships_on"),
    payment_terms: z.enum([...PAYMENT_TERMS], { error: `payment_terms must be one of ${PAYMENT_TERMS.join(", ")}` }),
    message: requiredText("message", 4000).optional(),
  })
  .strict()
export type AdminAnswerWholesaleQuoteType = z.infer<typeof AdminAnswerWholesaleQuote>

/** Body of POST /admin/wholesale/quotes/:id/cancel: the reason, shown to the buyer. */
export const AdminCancelWholesaleQuote = z.object({ reason: requiredText("reason", 2000) }).strict()
export type AdminCancelWholesaleQuoteType = z.infer<typeof AdminCancelWholesaleQuote>

/** Body of POST /admin/wholesale/quotes/:id/payments: a payment received. */
export const AdminRecordWholesalePayment = z
  .object({
    amount: price("amount").refine((amount) => amount > 0, { error: "amount must be more than 0" }),
    received_on: calendarDay("received_on"),
    reference: requiredText("reference", 200),
  })
  .strict()
export type AdminRecordWholesalePaymentType = z.infer<typeof AdminRecordWholesalePayment>

/** Body of POST /admin/wholesale/companies/:id: the company's trust (net 30) and default terms. */
export const AdminUpdateCompany = z
  .object({
    trusted: z.boolean({ error: "trusted must be true or false" }).optional(),
    payment_terms: z
      .enum([...PAYMENT_TERMS], { error: `payment_terms must be one of ${PAYMENT_TERMS.join(", ")}` })
      .optional(),
  })
  .strict()
  .refine((body) => body.trusted !== undefined || body.payment_terms !== undefined, {
    error: "name trusted or payment_terms to change",
  })
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>

const wholeNumber = (field: string, { min, max }: { min: number; max: number }, unit: string) =>
  z
    .number({ error: `${field} must be a whole number of ${unit} from ${min} to ${max}` })
    .int({ error: `${field} must be a whole number of ${unit} from ${min} to ${max}` })
    .min(min, { error: `${field} must be a whole number of ${unit} from ${min} to ${max}` })
    .max(max, { error: `${field} must be a whole number of ${unit} from ${min} to ${max}` })

const kilograms = (field: string) => {
  const { min, max } = PACKING_LIMITS.tareKg
  const error = `${field} must be a weight in kg from ${min} to ${max}, to the gram (0.45)`
  return z
    .number({ error })
    .min(min, { error })
    .max(max, { error })
    .refine((kg) => Math.abs(kg * 1000 - Math.round(kg * 1000)) < 1e-6, { error })
}

/** Body of POST /admin/wholesale/packing: the association's export packing (all four figures). */
export const AdminUpdateExportPacking = z
  .object({
    cases_per_carton: wholeNumber("cases_per_carton", PACKING_LIMITS.casesPerCarton, "cases"),
    carton_cm: z.tuple(
      [
        wholeNumber("carton_cm[0] (length)", PACKING_LIMITS.cartonCm, "cm"),
        wholeNumber("carton_cm[1] (width)", PACKING_LIMITS.cartonCm, "cm"),
        wholeNumber("carton_cm[2] (height)", PACKING_LIMITS.cartonCm, "cm"),
      ],
      { error: "carton_cm must be the carton's [length, width, height] in whole cm" },
    ),
    carton_tare_kg: kilograms("carton_tare_kg"),
    case_tare_kg: kilograms("case_tare_kg"),
  })
  .strict()
export type AdminUpdateExportPackingType = z.infer<typeof AdminUpdateExportPacking>
