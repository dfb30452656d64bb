import { describe, expect, it } from "vitest"
import { adminContentSecurityPolicy, apiContentSecurityPolicy, securityHeadersFor } from "./security-headers"

describe("securityHeadersFor", () => {
  const common = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  }

  it.each(["/app", "/app/", "/app/orders?x=1", "/APP/products", "/app?x"])(
    "gives the admin dashboard at %s its own policy, never framed",
    (url) => {
      expect(securityHeadersFor(url, { development: false })).toEqual({
        ...common,
        "Content-Security-Policy": adminContentSecurityPolicy,
      })
      expect(adminContentSecurityPolicy).toContain("frame-ancestors 'none'")
      expect(adminContentSecurityPolicy).toContain("script-src 'self'")
      expect(adminContentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/)
    },
  )

  it("leaves the admin's policy out under medusa develop (Vite's dev server injects inline scripts)", () => {
    expect(securityHeadersFor("/app/orders", { development: true })).toEqual(common)
  })

  it.each(["/store/products", "/admin/orders", "/uploads/x.webp", "/static/private-1-export.csv", "/application", "/"])(
    "gives %s the data policy: nothing loads, nothing runs",
    (url) => {
      expect(securityHeadersFor(url, { development: false })).toEqual({
        ...common,
        "Content-Security-Policy": apiContentSecurityPolicy,
      })
    },
  )
})
