import { type CertificateDates, certificateState } from "@ovop/domain"

/**
 * A certificate's state is the shop's shared rule (`@ovop/domain`: the storefront's badge and the
 * backend's sale rules read the dates alike, as Bishkek calendar days); this module adds what the
 * store does about an expired one.
 */
export {
  ASSOCIATION_TIME_ZONE,
  associationDay,
  type CertificateDates,
  type CertificateState,
  carriesBrandBadge,
  certificateDay,
  certificateState,
} from "@ovop/domain"

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
