import { associationDay } from "./dates.js"

/** Where an Issyk-Kul brand certificate stands on a given day. */
export type CertificateState = "valid" | "expired" | "not_yet_valid" | "none"

/** The dates of a certificate, as stored (dates or ISO strings) or absent. */
export type CertificateDates = {
  certificate_number?: string | null
  certificate_valid_from?: Date | string | null
  certificate_valid_to?: Date | string | null
}

/** The calendar day a stored certificate date stands for (dates are stored at UTC midnight). */
export function certificateDay(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`)
  return date.toISOString().slice(0, 10)
}

/**
 * The state of a group's certificate at `now`: valid from its first day through its last day
 * inclusive, both read as Bishkek calendar days.
 */
export function certificateState(certificate: CertificateDates, now: Date): CertificateState {
  const { certificate_number, certificate_valid_from, certificate_valid_to } = certificate
  if (!certificate_number || !certificate_valid_from || !certificate_valid_to) return "none"
  const today = associationDay(now)
  if (today < certificateDay(certificate_valid_from)) return "not_yet_valid"
  if (today > certificateDay(certificate_valid_to)) return "expired"
  return "valid"
}

/** Whether the group's products carry the Issyk-Kul brand badge at `now`. */
export function carriesBrandBadge(certificate: CertificateDates, now: Date): boolean {
  return certificateState(certificate, now) === "valid"
}
