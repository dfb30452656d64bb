import { describe, expect, it } from "vitest"
import { type BrandCertificate, certificateDisplay } from "./certificate"

const certificate = (validFrom: string, validTo: string): BrandCertificate => ({
  number: "IK-2024-003",
  issuer: "Issyk-Kul Brand Certification Committee",
  validFrom: `${validFrom}T00:00:00.000Z`,
  validTo: `${validTo}T00:00:00.000Z`,
})
const buildDay = new Date("2026-11-29T08:00:00Z")

describe("certificateDisplay", () => {
  it("shows the badge with the certificate while the group is certified", () => {
    const valid = certificate("2024-03-01", "2027-02-28")
    expect(certificateDisplay({ brandCertified: true, certificate: valid }, buildDay)).toEqual({
      kind: "badge",
      certificate: valid,
    })
  })

  it("notes an expired certificate instead of the badge", () => {
    const expired = certificate("2022-04-01", "2025-03-31")
    expect(certificateDisplay({ brandCertified: false, certificate: expired }, buildDay).kind).toBe("expired")
  })

  it("notes a certificate that is not valid yet", () => {
    const future = certificate("2027-06-15", "2030-06-14")
    expect(certificateDisplay({ brandCertified: false, certificate: future }, buildDay).kind).toBe("pending")
  })

  it("says nothing about a group that was never certified", () => {
    expect(certificateDisplay({ brandCertified: false, certificate: null }, buildDay)).toEqual({ kind: "none" })
  })
})
