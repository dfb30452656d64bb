// Form state, client-side checks and request bodies of the producer-group forms. The checks
// repeat the API's rules (api/admin/producer-groups/validators.ts) so staff see a mistake next
// to the field before sending; the server still has the last word and its 400 is shown too.
import { handleFromName } from "../../workflows/producer-group/types"
import {
  type AdminProducerGroup,
  commissionFraction,
  DISTRICTS,
  type District,
  PAYOUT_METHOD_VALUES,
  type PayoutMethod,
  type ProducerGroupText,
  TRANSLATED_FIELDS,
  type TranslatedField,
  type UpdateProducerGroupBody,
} from "./producer-groups"

/** A message for a field: an i18n key and the values it interpolates. */
export type FieldError = { key: string; values?: Record<string, string | number> }

/** The errors of a form, by field; a form is valid when this is empty. */
export type FieldErrors<Field extends string> = Partial<Record<Field, FieldError>>

/** Whether a form's checks found nothing. */
export function hasNoErrors(errors: FieldErrors<string>): boolean {
  return Object.keys(errors).length === 0
}

const MAX_COUNT = 100_000
const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PHONE_PATTERN = /^\+?[0-9 ()-]{6,20}$/
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const MAX_COMMISSION_PERCENT = 50

const error = (key: string, values?: FieldError["values"]): FieldError => ({ key, values })

function checkText(value: string, max: number, required: boolean): FieldError | undefined {
  const text = value.trim()
  if (required && !text) return error("producerGroups.validation.required")
  if (text.length > max) return error("producerGroups.validation.tooLong", { max })
  return undefined
}

function checkCount(value: string): FieldError | undefined {
  const text = value.trim()
  if (!text) return error("producerGroups.validation.required")
  if (/^-\d+$/.test(text)) return error("producerGroups.validation.notNegative")
  if (!/^\d+$/.test(text)) return error("producerGroups.validation.wholeNumber")
  if (Number(text) > MAX_COUNT) return error("producerGroups.validation.tooLarge")
  return undefined
}

/** A real calendar day written YYYY-MM-DD (what a date input gives). */
function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The YYYY-MM-DD day of a stored certificate date (stored at UTC midnight), or "". */
export function dayOf(isoDate: string | null | undefined): string {
  return isoDate ? isoDate.slice(0, 10) : ""
}

// General details ---------------------------------------------------------------------------

/** The general fields as the form holds them (inputs give strings). */
export type GeneralFormValues = {
  name: string
  handle: string
  village: string
  district: District | ""
  founded_year: string
  member_count: string
  women_member_count: string
  craft: string
  story: string
}

/** One general field. */
export type GeneralField = keyof GeneralFormValues

/** An empty general form, for a new group. */
export const emptyGeneralForm: GeneralFormValues = {
  name: "",
  handle: "",
  village: "",
  district: "",
  founded_year: "",
  member_count: "",
  women_member_count: "",
  craft: "",
  story: "",
}

/** The general form filled from a stored group. */
export function generalFormFrom(group: AdminProducerGroup): GeneralFormValues {
  return {
    name: group.name,
    handle: group.handle,
    village: group.village,
    district: group.district,
    founded_year: group.founded_year === null ? "" : String(group.founded_year),
    member_count: String(group.member_count),
    women_member_count: String(group.women_member_count),
    craft: group.craft,
    story: group.story,
  }
}

/**
 * Checks the general form. A new group may leave the handle empty when the server can derive
 * one from the name (Latin letters); a stored group always keeps one.
 */
export function checkGeneralForm(
  values: GeneralFormValues,
  options: { handleRequired: boolean },
  now = new Date(),
): FieldErrors<GeneralField> {
  const errors: FieldErrors<GeneralField> = {}
  const set = (field: GeneralField, found: FieldError | undefined) => {
    if (found) errors[field] = found
  }
  set("name", checkText(values.name, 200, true))
  set("village", checkText(values.village, 120, true))
  set("craft", checkText(values.craft, 300, true))
  set("story", checkText(values.story, 5000, true))
  if (!values.district || !DISTRICTS.includes(values.district)) {
    errors.district = error("producerGroups.validation.chooseDistrict")
  }

  const handle = values.handle.trim()
  if (handle && !HANDLE_PATTERN.test(handle)) {
    errors.handle = error("producerGroups.validation.handleFormat")
  } else if (!handle && options.handleRequired) {
    errors.handle = error("producerGroups.validation.required")
  } else if (!handle && values.name.trim() && !handleFromName(values.name)) {
    errors.handle = error("producerGroups.validation.handleNeeded")
  }

  const year = values.founded_year.trim()
  const thisYear = now.getFullYear()
  if (year && (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > thisYear)) {
    errors.founded_year = error("producerGroups.validation.foundedYear", { year: thisYear })
  }

  set("member_count", checkCount(values.member_count))
  set("women_member_count", checkCount(values.women_member_count))
  if (!errors.member_count && !errors.women_member_count) {
    const members = Number(values.member_count.trim())
    if (Number(values.women_member_count.trim()) > members) {
      errors.women_member_count = error("producerGroups.validation.womenOverMembers", { members })
    }
  }
  return errors
}

/** The request body of a checked general form (an empty handle lets the server derive one). */
export function generalBody(values: GeneralFormValues) {
  const year = values.founded_year.trim()
  return {
    name: values.name.trim(),
    handle: values.handle.trim() || undefined,
    village: values.village.trim(),
    // Only called once checkGeneralForm passed, so the district is set.
    district: values.district as District,
    founded_year: year ? Number(year) : null,
    member_count: Number(values.member_count.trim()),
    women_member_count: Number(values.women_member_count.trim()),
    craft: values.craft.trim(),
    story: values.story.trim(),
  } satisfies UpdateProducerGroupBody
}

// Certificate -------------------------------------------------------------------------------

/** The certificate as the form holds it. */
export type CertificateFormValues = { number: string; issuer: string; valid_from: string; valid_to: string }

/** One certificate field. */
export type CertificateField = keyof CertificateFormValues

/** The certificate form filled from a stored group (empty when it has none). */
export function certificateFormFrom(group: AdminProducerGroup): CertificateFormValues {
  return {
    number: group.certificate_number ?? "",
    issuer: group.certificate_issuer ?? "",
    valid_from: dayOf(group.certificate_valid_from),
    valid_to: dayOf(group.certificate_valid_to),
  }
}

/** Checks the certificate form: every field set, and the last day after the first. */
export function checkCertificateForm(values: CertificateFormValues): FieldErrors<CertificateField> {
  const errors: FieldErrors<CertificateField> = {}
  const number = checkText(values.number, 60, true)
  if (number) errors.number = number
  const issuer = checkText(values.issuer, 200, true)
  if (issuer) errors.issuer = issuer
  if (!isDay(values.valid_from)) errors.valid_from = error("producerGroups.validation.date")
  if (!isDay(values.valid_to)) errors.valid_to = error("producerGroups.validation.date")
  // Same-format days compare correctly as strings.
  if (!errors.valid_from && !errors.valid_to && values.valid_to <= values.valid_from) {
    errors.valid_to = error("producerGroups.validation.dateOrder")
  }
  return errors
}

/** The request body of a checked certificate form. */
export function certificateBody(values: CertificateFormValues) {
  return {
    certificate: {
      number: values.number.trim(),
      issuer: values.issuer.trim(),
      valid_from: values.valid_from,
      valid_to: values.valid_to,
    },
  } satisfies UpdateProducerGroupBody
}

// Staff-only details ------------------------------------------------------------------------

/** The staff-only details as the form holds them; the commission is in percent. */
export type StaffFormValues = {
  leader_name: string
  leader_phone: string
  payout_method: PayoutMethod | ""
  bank: string
  account: string
  bik: string
  provider: string
  wallet_phone: string
  commission_percent: string
}

/** One staff-only field. */
export type StaffField = keyof StaffFormValues

/** A fraction as a percentage with at most two decimals (0.155 → "15.5"). */
function percentText(fraction: number): string {
  return String(Math.round(fraction * 10_000) / 100)
}

/** The staff form filled from a stored group. */
export function staffFormFrom(group: AdminProducerGroup): StaffFormValues {
  const details = group.payout_details ?? {}
  return {
    leader_name: group.leader_name ?? "",
    leader_phone: group.leader_phone ?? "",
    payout_method: group.payout_method ?? "",
    bank: details.bank ?? "",
    account: details.account ?? "",
    bik: details.bik ?? "",
    provider: details.provider ?? "",
    wallet_phone: details.phone ?? "",
    commission_percent: percentText(commissionFraction(group)),
  }
}

/** A percentage typed with a decimal point or, as is usual in Russian, a comma. */
function parsePercent(value: string): number {
  const text = value.trim().replace(",", ".")
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
}

/** Checks the staff form. */
export function checkStaffForm(values: StaffFormValues): FieldErrors<StaffField> {
  const errors: FieldErrors<StaffField> = {}
  const set = (field: StaffField, found: FieldError | undefined) => {
    if (found) errors[field] = found
  }
  set("leader_name", checkText(values.leader_name, 200, false))
  const phone = values.leader_phone.trim()
  if (phone && !PHONE_PATTERN.test(phone)) errors.leader_phone = error("producerGroups.validation.phone")
  if (values.payout_method && !PAYOUT_METHOD_VALUES.includes(values.payout_method)) {
    errors.payout_method = error("producerGroups.validation.required")
  }
  if (values.payout_method === "bank") {
    set("bank", checkText(values.bank, 120, false))
    set("account", checkText(values.account, 60, false))
    if (values.bik.trim() && !/^[0-9]{6}$/.test(values.bik.trim())) errors.bik = error("producerGroups.validation.bik")
  }
  if (values.payout_method === "mobile_wallet") {
    set("provider", checkText(values.provider, 60, false))
    set("wallet_phone", checkText(values.wallet_phone, 30, false))
  }
  const percent = parsePercent(values.commission_percent)
  if (Number.isNaN(percent) || percent < 0 || percent > MAX_COMMISSION_PERCENT) {
    errors.commission_percent = error("producerGroups.validation.commission", { max: MAX_COMMISSION_PERCENT })
  }
  return errors
}

/** Drops empty entries, so a cleared input is not stored as "". */
function withoutEmpty(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ""),
  )
}

/** The request body of a checked staff form; only the chosen method's details are kept. */
export function staffBody(values: StaffFormValues) {
  const method = values.payout_method || null
  const details =
    method === "bank"
      ? withoutEmpty({ bank: values.bank, account: values.account, bik: values.bik })
      : method === "mobile_wallet"
        ? withoutEmpty({ provider: values.provider, phone: values.wallet_phone })
        : null
  return {
    leader_name: values.leader_name.trim() || null,
    leader_phone: values.leader_phone.trim() || null,
    payout_method: method,
    payout_details: details,
    // Rounded so that 12.5 % is sent as 0.125, not 0.12500000000000003.
    commission_rate: Math.round(parsePercent(values.commission_percent) * 100) / 10_000,
  } satisfies UpdateProducerGroupBody
}

// Translations ------------------------------------------------------------------------------

/** One language's text as the form holds it. */
export type TranslationFormValues = Record<TranslatedField, string>

const translationLimits: Record<TranslatedField, number> = { name: 200, village: 120, craft: 300, story: 5000 }

/** The translation form of one language, filled from what is stored. */
export function translationFormFrom(text: ProducerGroupText | undefined): TranslationFormValues {
  return {
    name: text?.name ?? "",
    village: text?.village ?? "",
    craft: text?.craft ?? "",
    story: text?.story ?? "",
  }
}

/** The translated fields a language still lacks (absent or blank). */
export function missingTranslatedFields(text: ProducerGroupText | undefined): TranslatedField[] {
  return TRANSLATED_FIELDS.filter((field) => !text?.[field]?.trim())
}

/** Checks one language's text: every field optional, but within the API's lengths. */
export function checkTranslationForm(values: TranslationFormValues): FieldErrors<TranslatedField> {
  const errors: FieldErrors<TranslatedField> = {}
  for (const field of TRANSLATED_FIELDS) {
    const found = checkText(values[field], translationLimits[field], false)
    if (found) errors[field] = found
  }
  return errors
}

/** The translated text to send: trimmed; a cleared field is sent empty so it is cleared too. */
export function translationText(values: TranslationFormValues): ProducerGroupText {
  return {
    name: values.name.trim(),
    village: values.village.trim(),
    craft: values.craft.trim(),
    story: values.story.trim(),
  }
}
