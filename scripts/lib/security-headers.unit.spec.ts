import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { repoRoot } from "./config"
import { cacheControl, cacheControlFor, contentSecurityPolicy, securityHeaders } from "./security-headers"

/** The directives of a policy, by name. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ")
      return [name, sources]
    }),
  )

/**
 * What `deploy/nginx.conf` sends, with `${MEDUSA_BACKEND_URL}` filled in as nginx's image does:
 * each `add_header` of the server block and the two values of the Cache-Control map.
 */
function nginxHeaders(backendUrl: string) {
  const conf = fs
    .readFileSync(path.join(repoRoot, "deploy", "nginx.conf"), "utf8")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's placeholder, not a template
    .replaceAll("${MEDUSA_BACKEND_URL}", backendUrl)
  const headers: Record<string, string> = {}
  for (const [, name = "", doubleQuoted, singleQuoted, bare] of conf.matchAll(
    /^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|'([^']*)'|(\S+))\s+always;/gm,
  ))
    headers[name] = doubleQuoted ?? singleQuoted ?? bare ?? ""
  const map = /map \$uri \$ovop_cache_control \{([^}]*)\}/.exec(conf)?.[1] ?? ""
  const entry = (key: string) => new RegExp(`^\\s*${key}\\s+"([^"]*)";`, "m").exec(map)?.[1]
  return { headers, hashedAsset: entry("~\\^/_astro/"), other: entry("default") }
}

describe("the storefront's security headers", () => {
  const origins = { backendUrl: "https://api.ovop.example.kg" }

  it("allow scripts from the site and Stripe.js only: no inline script, no eval", () => {
    const policy = directives(contentSecurityPolicy(origins))
    expect(policy["script-src"]).toEqual(["'self'", "https://js.stripe.com", "https://*.js.stripe.com"])
    expect(policy["style-src"]).toEqual(["'self'"])
    expect(policy["default-src"]).toEqual(["'self'"])
    expect(policy["object-src"]).toEqual(["'none'"])
    expect(policy["frame-ancestors"]).toEqual(["'none'"])
    expect(contentSecurityPolicy(origins)).not.toMatch(/unsafe-inline|unsafe-eval|\bdata:/)
  })

  it("let the pages call the backend and Stripe, and show the backend's images", () => {
    const policy = directives(contentSecurityPolicy({ backendUrl: "http://localhost:9000/" }))
    expect(policy["connect-src"]).toEqual(["'self'", "http://localhost:9000", "https://api.stripe.com"])
    expect(policy["img-src"]).toEqual(["'self'", "http://localhost:9000"])
    expect(policy["frame-src"]).toEqual([
      "https://js.stripe.com",
      "https://*.js.stripe.com",
      "https://hooks.stripe.com",
    ])
  })

  it("add the local Stripe server to connect-src only when a test build confirms cards on it", () => {
    const policy = directives(
      contentSecurityPolicy({ backendUrl: "http://localhost:9200", stripeTestConfirmUrl: "http://127.0.0.1:12111/" }),
    )
    expect(policy["connect-src"]).toContain("http://127.0.0.1:12111")
    expect(contentSecurityPolicy(origins)).not.toContain("127.0.0.1")
  })

  it("refuse a backend address that is not an http(s) URL, naming the variable", () => {
    expect(() => contentSecurityPolicy({ backendUrl: "localhost:9000 'unsafe-inline'" })).toThrow(
      "MEDUSA_BACKEND_URL=localhost:9000 'unsafe-inline' is not an http(s) URL",
    )
    expect(() =>
      contentSecurityPolicy({ backendUrl: "http://localhost:9000", stripeTestConfirmUrl: "javascript:1" }),
    ).toThrow("PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL")
  })

  it("keep hashed assets for a year and revalidate everything else", () => {
    expect(cacheControlFor("/_astro/BuyBox.astro_astro_type_script_index_0_lang.CGyjHCZi.js")).toBe(
      "public, max-age=31536000, immutable",
    )
    expect(cacheControlFor("/en/products/tosor-apricot-jam/")).toBe("no-cache")
    expect(cacheControlFor("/sitemap.xml")).toBe("no-cache")
  })

  it("are exactly what deploy/nginx.conf sends", () => {
    const nginx = nginxHeaders(origins.backendUrl)
    expect(nginx.headers).toEqual({ ...securityHeaders(origins), "Cache-Control": "$ovop_cache_control" })
    expect(nginx.hashedAsset).toBe(cacheControl.hashedAsset)
    expect(nginx.other).toBe(cacheControl.other)
  })
})
