/** An Issyk-Kul brand certificate as the store API gives it (dates as ISO strings). */
export type BrandCertificate = {
  number: string
  issuer: string | null
  validFrom: string
  validTo: string
}

/**
 * What a group page says about the Issyk-Kul brand: the badge with the certificate, or a note
 * that the certificate has expired or is not valid yet, or nothing when the group has none.
 */
export type CertificateDisplay =
  | { kind: "badge"; certificate: BrandCertificate }
  | { kind: "expired"; certificate: BrandCertificate }
  | { kind: "pending"; certificate: BrandCertificate }
  | { kind: "none" }

/**
 * How a group's certificate is shown. The badge follows the backend's `brand_certified` (it
 * reads the dates in the association's time zone); the dates only say why a group lacks it.
 */
export function certificateDisplay(
  group: { brandCertified: boolean; certificate: BrandCertificate | null },
  now: Date,
): CertificateDisplay {
  const { certificate } = group
  if (!certificate) return { kind: "none" }
  if (group.brandCertified) return { kind: "badge", certificate }
  return new Date(certificate.validFrom) > now ? { kind: "pending", certificate } : { kind: "expired", certificate }
}
