import { z } from "@medusajs/framework/zod"
import { COMPANY_ROLES, deliveryDateRefusal, INCOTERMS, LOCALES, quoteDay, SHORT_HARVEST_CHOICES } from "@ovop/domain"
import { calendarDay, email, recordId } from "../../input/fields"

// Macro-regions and "unknown" that Intl names but no company is registered in.
const NOT_COUNTRIES = new Set(["ZZ", "EU", "EZ", "UN", "QO"])
const regionNames = new Intl.DisplayNames(["en"], { type: "region" })

/** True when `code` (two letters) is a country Intl knows. */
export function isCountryCode(code: string): boolean {
  const upper = code.toUpperCase()
  if (!/^[A-Z]{2}$/.test(upper) || NOT_COUNTRIES.has(upper)) return false
  return regionNames.of(upper) !== upper
}

/** Required text of 1 to `max` characters, trimmed. */
export const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} is required (text)` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` })

/** Body of POST /store/wholesale/applications. */
export const StoreCreateWholesaleApplication = z
  .object({
    company_name: requiredText("company_name", 200),
    country_code: z
      .string({ error: "country_code must be a country's two-letter code (ISO 3166-1), e.g. jp" })
      .refine(isCountryCode, { error: "country_code must be a country's two-letter code (ISO 3166-1), e.g. jp" })
      .transform((code) => code.toLowerCase()),
    registration_number: requiredText("registration_number", 60),
    contact_person: requiredText("contact_person", 200),
    expected_yearly_volume_usd: z
      .number({ error: "expected_yearly_volume_usd must be a whole number of US dollars" })
      .int({ error: "expected_yearly_volume_usd must be a whole number of US dollars" })
      .min(1, { error: "expected_yearly_volume_usd must be at least 1" })
      .max(1_000_000_000, { error: "expected_yearly_volume_usd is implausibly large" }),
    preferred_language: z.enum([...LOCALES], { error: `preferred_language must be one of ${LOCALES.join(", ")}` }),
  })
  .strict()
export type StoreCreateWholesaleApplicationType = z.infer<typeof StoreCreateWholesaleApplication>

/** A country's two-letter code, lower-cased (ISO 3166-1). */
export const countryCode = (field: string) =>
  z
    .string({ error: `${field} must be a country's two-letter code (ISO 3166-1), e.g. jp` })
    .refine(isCountryCode, { error: `${field} must be a country's two-letter code (ISO 3166-1), e.g. jp` })
    .transform((code) => code.toLowerCase())

/** Body of POST /store/wholesale/quotes: a wholesale cart asked to be quoted. */
export const StoreCreateWholesaleQuote = z
  .object({
    cart_id: recordId("cart_id"),
    requested_delivery_date: calendarDay("requested_delivery_date").superRefine((day, ctx) => {
      const refused = deliveryDateRefusal(day, quoteDay(new Date()))
      if (refused) ctx.addIssue({ code: "custom", message: refused })
    }),
    destination: z
      .object(
        {
          country_code: countryCode("destination.country_code"),
          city: requiredText("destination.city", 120),
        },
        { error: "destination must name country_code and city (the city or port goods go to)" },
      )
      .strict(),
    incoterm: z.enum([...INCOTERMS], {
      error: `incoterm must be one of ${INCOTERMS.join(", ")} (EXW Karakol, FCA Bishkek, CPT or DAP destination)`,
    }),
    consignee: requiredText("consignee", 300).optional(),
    message: requiredText("message", 4000).optional(),
  })
  .strict()
export type StoreCreateWholesaleQuoteType = z.infer<typeof StoreCreateWholesaleQuote>

/** Body of POST /store/wholesale/quotes/:id/decline and /withdraw: why, optional. */
export const StoreCloseWholesaleQuote = z.object({ reason: requiredText("reason", 2000).optional() }).strict()
export type StoreCloseWholesaleQuoteType = z.infer<typeof StoreCloseWholesaleQuote>

/** Body of POST /store/wholesale/quotes/:id/accept (nothing to say). */
export const StoreAcceptWholesaleQuote = z.object({}).strict()

/** Body of POST …/quotes/:id/messages (store and admin): the message. */
export const CreateWholesaleQuoteMessage = z.object({ body: requiredText("body", 4000) }).strict()
export type CreateWholesaleQuoteMessageType = z.infer<typeof CreateWholesaleQuoteMessage>

/** Query of GET /store/wholesale/offers: the currency whose wholesale price list to read. */
export const StoreGetWholesaleOffers = z
  .object({
    currency_code: z.enum(["usd", "jpy"], {
      error: "currency_code must be one of usd, jpy (wholesale prices are in these currencies)",
    }),
  })
  .strict()
export type StoreGetWholesaleOffersType = z.infer<typeof StoreGetWholesaleOffers>

const companyRole = z.enum([...COMPANY_ROLES], { error: `role must be one of ${COMPANY_ROLES.join(", ")}` })

/** Body of POST /store/wholesale/company/users: a customer with an account, added by their email. */
export const StoreAddCompanyUser = z
  .object({
    email: email("email"),
    role: companyRole.default("buyer"),
  })
  .strict()
export type StoreAddCompanyUserType = z.infer<typeof StoreAddCompanyUser>

/** Body of POST /store/wholesale/company/users/:id: the user's new role. */
export const StoreUpdateCompanyUser = z.object({ role: companyRole }).strict()
export type StoreUpdateCompanyUserType = z.infer<typeof StoreUpdateCompanyUser>

const bookingQuantityMessage = "quantity must be a whole number of units from 1 to 10000 (whole cases)"

/** Body of POST /store/wholesale/carts/:id/bookings: the whole line wanted of a variant (shelf now, the rest booked). */
export const StoreSetWholesaleBooking = z
  .object({
    variant_id: recordId("variant_id"),
    quantity: z
      .number({ error: bookingQuantityMessage })
      .int({ error: bookingQuantityMessage })
      .min(1, { error: bookingQuantityMessage })
      .max(10_000, { error: bookingQuantityMessage }),
    if_short: z
      .enum([...SHORT_HARVEST_CHOICES], { error: `if_short must be one of ${SHORT_HARVEST_CHOICES.join(", ")}` })
      .default("wait"),
  })
  .strict()
export type StoreSetWholesaleBookingType = z.infer<typeof StoreSetWholesaleBooking>
