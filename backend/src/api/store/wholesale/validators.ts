import { z } from "@medusajs/framework/zod"
import { LOCALES } from "@ovop/domain"

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
