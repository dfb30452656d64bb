import { z } from "@medusajs/framework/zod"
import { isTranslatedLocale, TRANSLATED_LOCALES } from "@ovop/domain"
import {
  ISSYK_KUL_DISTRICTS,
  PAYOUT_METHODS,
  PRODUCER_GROUP_STATUSES,
} from "../../../modules/producer-group/models/producer-group"
import { calendarDay, handle as handleField, listLimit, listOffset, recordId, text } from "../../input/fields"

const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` })

const count = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int({ error: `${field} must be a whole number` })
    .min(0, { error: `${field} must not be negative` })
    .max(100_000, { error: `${field} is implausibly large` })

const day = calendarDay
const optionalText = (field: string, max: number) => text(field, max).trim()

/** An Issyk-Kul brand certificate; its last day must come after its first. */
export const ProducerGroupCertificate = z
  .object({
    number: requiredText("certificate.number", 60),
    issuer: requiredText("certificate.issuer", 200),
    valid_from: day("certificate.valid_from"),
    valid_to: day("certificate.valid_to"),
  })
  .strict()
  .refine((certificate) => certificate.valid_from < certificate.valid_to, {
    error: "certificate.valid_to must be after certificate.valid_from",
    path: ["valid_to"],
  })

/** The text of one language; every field optional (missing fields fall back). */
const ProducerGroupTranslation = z
  .object({
    name: optionalText("name", 200).optional(),
    village: optionalText("village", 120).optional(),
    craft: optionalText("craft", 300).optional(),
    story: optionalText("story", 5000).optional(),
    certificate_issuer: optionalText("certificate_issuer", 200).optional(),
  })
  .strict()

/** Translations keyed by locale; English is the record itself, so only ja, ru and ky are accepted. */
export const ProducerGroupTranslations = z
  .record(z.string(), ProducerGroupTranslation)
  .superRefine((translations, context) => {
    for (const locale of Object.keys(translations)) {
      if (!isTranslatedLocale(locale)) {
        context.addIssue({
          code: "custom",
          path: [locale],
          message: `translations.${locale}: unknown locale '${locale}' (use ${TRANSLATED_LOCALES.slice(0, -1).join(", ")} or ${TRANSLATED_LOCALES.at(-1)}; English is the group's own fields)`,
        })
      }
    }
  })

const payoutDetails = z
  .object({
    bank: optionalText("payout_details.bank", 120).optional(),
    account: optionalText("payout_details.account", 60).optional(),
    provider: optionalText("payout_details.provider", 60).optional(),
    phone: optionalText("payout_details.phone", 30).optional(),
    /** The bank's BIC (БИК) in Kyrgyzstan: six digits, the bank's first three. */
    bik: z
      .string({ error: "payout_details.bik must be the bank's six-digit BIC (БИК), e.g. 109018" })
      .trim()
      .regex(/^[0-9]{6}$/, { error: "payout_details.bik must be the bank's six-digit BIC (БИК), e.g. 109018" })
      .optional(),
  })
  .strict()

const handle = handleField("handle")

const fields = {
  handle: handle.optional(),
  name: requiredText("name", 200),
  village: requiredText("village", 120),
  district: z.enum([...ISSYK_KUL_DISTRICTS], {
    error: `district must be one of ${ISSYK_KUL_DISTRICTS.join(", ")}`,
  }),
  founded_year: z
    .number({ error: "founded_year must be a year" })
    .int({ error: "founded_year must be a year" })
    .min(1900, { error: "founded_year must be 1900 or later" })
    .max(new Date().getFullYear(), { error: "founded_year cannot be in the future" })
    .nullable()
    .optional(),
  member_count: count("member_count"),
  women_member_count: count("women_member_count"),
  craft: requiredText("craft", 300),
  story: requiredText("story", 5000),
  photo_url: optionalText("photo_url", 2000).nullable().optional(),
  certificate: ProducerGroupCertificate.nullable().optional(),
  status: z
    .enum([...PRODUCER_GROUP_STATUSES], { error: `status must be one of ${PRODUCER_GROUP_STATUSES.join(", ")}` })
    .optional(),
  leader_name: optionalText("leader_name", 200).nullable().optional(),
  leader_phone: z
    .string({ error: "leader_phone must be a phone number, e.g. +996 555 123 456" })
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, { error: "leader_phone must be a phone number, e.g. +996 555 123 456" })
    .nullable()
    .optional(),
  payout_method: z
    .enum([...PAYOUT_METHODS], { error: `payout_method must be one of ${PAYOUT_METHODS.join(", ")}` })
    .nullable()
    .optional(),
  payout_details: payoutDetails.nullable().optional(),
  commission_rate: z
    .number({ error: "commission_rate must be a number between 0 and 0.5" })
    .min(0, { error: "commission_rate must be between 0 and 0.5" })
    .max(0.5, { error: "commission_rate must be between 0 and 0.5" })
    .optional(),
  translations: ProducerGroupTranslations.optional(),
}

const womenWithinMembers = (group: { member_count?: number; women_member_count?: number }) =>
  group.member_count === undefined ||
  group.women_member_count === undefined ||
  group.women_member_count <= group.member_count

const womenMessage = {
  error: "women_member_count cannot be more than member_count",
  path: ["women_member_count"],
}

/** Body of POST /admin/producer-groups. */
export const AdminCreateProducerGroup = z.object(fields).strict().refine(womenWithinMembers, womenMessage)
export type AdminCreateProducerGroupType = z.infer<typeof AdminCreateProducerGroup>

/** Body of POST /admin/producer-groups/:id: any subset of the fields. */
export const AdminUpdateProducerGroup = z.object(fields).partial().strict().refine(womenWithinMembers, womenMessage)
export type AdminUpdateProducerGroupType = z.infer<typeof AdminUpdateProducerGroup>

/** Query of GET /admin/producer-groups. */
export const AdminGetProducerGroupsParams = z
  .object({
    q: optionalText("q", 100).optional(),
    status: z
      .enum([...PRODUCER_GROUP_STATUSES], { error: `status must be one of ${PRODUCER_GROUP_STATUSES.join(", ")}` })
      .optional(),
    district: z
      .enum([...ISSYK_KUL_DISTRICTS], { error: `district must be one of ${ISSYK_KUL_DISTRICTS.join(", ")}` })
      .optional(),
    // 200: the admin's group picker reads every group in one page.
    limit: listLimit(200, 50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetProducerGroupsParamsType = z.infer<typeof AdminGetProducerGroupsParams>

/** Body of POST /admin/products/:id/producer-group. */
export const AdminSetProductProducerGroup = z.object({ producer_group_id: recordId("producer_group_id") }).strict()
export type AdminSetProductProducerGroupType = z.infer<typeof AdminSetProductProducerGroup>
