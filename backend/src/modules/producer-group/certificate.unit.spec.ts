import { describe, expect, it } from "vitest"
import { associationDay, carriesBrandBadge, certificateState, offSaleReason } from "./certificate"

const certificate = {
  certificate_number: "IK-2024-017",
  certificate_valid_from: "2024-03-01T00:00:00.000Z",
  certificate_valid_to: "2026-11-30T00:00:00.000Z",
}

describe("certificateState", () => {
  it("is valid between its first and last day", () => {
    expect(certificateState(certificate, new Date("2025-06-15T12:00:00Z"))).toBe("valid")
  })

  it("is still valid all through its last day in Bishkek", () => {
    // 23:30 on 30 November in Bishkek (UTC+6) is 17:30 UTC.
    expect(certificateState(certificate, new Date("2026-11-30T17:30:00Z"))).toBe("valid")
  })

  it("has expired once the last day is over in Bishkek, even while it is still that day in UTC", () => {
    // 00:30 on 1 December in Bishkek is 18:30 UTC on 30 November.
    expect(certificateState(certificate, new Date("2026-11-30T18:30:00Z"))).toBe("expired")
  })

  it("is not yet valid before its first day", () => {
    expect(certificateState(certificate, new Date("2024-02-29T12:00:00Z"))).toBe("not_yet_valid")
  })

  it("is none without a number or without dates", () => {
    expect(certificateState({ ...certificate, certificate_number: null }, new Date())).toBe("none")
    expect(certificateState({ ...certificate, certificate_valid_to: null }, new Date())).toBe("none")
  })

  it("accepts Date objects as stored by the database", () => {
    const stored = { ...certificate, certificate_valid_to: new Date("2025-01-31T00:00:00Z") }
    expect(certificateState(stored, new Date("2025-02-01T06:00:00Z"))).toBe("expired")
  })
})

describe("carriesBrandBadge", () => {
  it("follows a valid certificate only", () => {
    expect(carriesBrandBadge(certificate, new Date("2025-06-15T12:00:00Z"))).toBe(true)
    expect(carriesBrandBadge(certificate, new Date("2027-01-01T12:00:00Z"))).toBe(false)
  })
})

describe("associationDay", () => {
  it("reads the calendar day in Bishkek", () => {
    expect(associationDay(new Date("2026-12-31T18:00:00Z"))).toBe("2027-01-01")
  })
})

describe("offSaleReason", () => {
  const expired = { ...certificate, certificate_valid_to: "2025-01-31T00:00:00Z", status: "active" }
  const now = new Date("2026-06-01T12:00:00Z")

  it("takes a paused group's products off sale whatever the setting", () => {
    expect(offSaleReason({ ...certificate, status: "paused" }, false, now)).toBe("group_paused")
  })

  it("keeps selling after the certificate expires unless the store setting says otherwise", () => {
    expect(offSaleReason(expired, false, now)).toBeUndefined()
    expect(offSaleReason(expired, true, now)).toBe("certificate_expired")
  })

  it("keeps selling a group that never had a certificate", () => {
    expect(offSaleReason({ status: "active", certificate_number: null }, true, now)).toBeUndefined()
  })

  it("keeps selling while the certificate is valid", () => {
    expect(offSaleReason({ ...certificate, status: "active" }, true, new Date("2025-06-01T12:00:00Z"))).toBeUndefined()
  })
})
