/** The association's time zone: a certificate's days begin and end in Bishkek. */
export const ASSOCIATION_TIME_ZONE = "Asia/Bishkek"

/** Where an Issyk-Kul brand certificate stands on a given day. */
export type CertificateState = "valid" | "expired" | "not_yet_valid" | "none"

/** The dates of a certificate, as stored (dates or ISO strings) or absent. */
export type CertificateDates = {
  certificate_number?: string | null
  certificate_valid_from?: Date | string | null
  certificate_valid_to?: Date | string | null
}

/** The calendar day (YYYY-MM-DD) that `instant` falls on in Bishkek. */
export function associationDay(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: ASSOCIATION_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant)
}

/** The calendar day a stored certificate date stands for (dates are stored at UTC midnight). */
export function certificateDay(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`)
  return date.toISOString().slice(0, 10)
}

/**
 * The state of a group's certificate at `now`: valid from its first day through its last
 * day inclusive, both read as Bishkek calendar days.
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

/** The store metadata key of the setting "take products off sale when their group's certificate expires". */
export const OFF_SALE_WHEN_CERTIFICATE_EXPIRED = "ovop_off_sale_when_certificate_expired"

/** Why a group's products cannot be bought now, or `undefined` when they can. */
export type OffSaleReason = "group_paused" | "certificate_expired"

/**
 * Whether a group's products are off sale at `now`: always while the group is paused, and
 * after its certificate expires when the store setting says so. A group that never had a
 * certificate keeps selling (it simply carries no badge).
 */
export function offSaleReason(
  group: CertificateDates & { status?: string | null },
  offSaleWhenCertificateExpired: boolean,
  now: Date,
): OffSaleReason | undefined {
  if (group.status === "paused") return "group_paused"
  if (offSaleWhenCertificateExpired && certificateState(group, now) === "expired") return "certificate_expired"
  return undefined
}
