import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { styleHashSource } from "../../storefront/src/build/style-hashes"
import { repoRoot } from "./config"
import {
  cacheControl,
  cacheControlFor,
  contentSecurityPolicy,
  readStyleHashes,
  securityHeaders,
} from "./security-headers"

/** The directives of a policy, by name. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ")
      return [name, sources]
    }),
  )

/**
 * What `deploy/nginx.conf` sends, with `${MEDUSA_BACKEND_URL}` and the build's
 * `${OVOP_CSP_STYLE_HASHES}` filled in as nginx's image does (`deploy/nginx-csp.envsh`): each
 * `add_header` of the server block and the two values of the Cache-Control map.
 */
function nginxHeaders(backendUrl: string, styleHashes: readonly string[]) {
  const conf = fs
    .readFileSync(path.join(repoRoot, "deploy", "nginx.conf"), "utf8")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's placeholder, not a template
    .replaceAll("${MEDUSA_BACKEND_URL}", backendUrl)
    // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's placeholder, not a template
    .replaceAll("${OVOP_CSP_STYLE_HASHES}", styleHashes.join(" "))
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

  it("admit inline styles only by the hashes the build lists, and refuse anything else there", () => {
    const hashes = [styleHashSource("body{margin:0}"), styleHashSource(".price{font-weight:700}")]
    const policy = directives(contentSecurityPolicy(origins, hashes))
    expect(policy["style-src"]).toEqual(["'self'", ...hashes])
    expect(contentSecurityPolicy(origins, hashes)).not.toMatch(/unsafe-inline/)
    expect(() => contentSecurityPolicy(origins, ["'unsafe-inline'"])).toThrow("not a 'sha256-…' source")
    expect(() => contentSecurityPolicy(origins, [`${hashes[0]}; script-src *`])).toThrow("not a 'sha256-…' source")
  })

  it("read a build's hashes from its csp-style-hashes.txt, and none from a build without one", () => {
    const release = fs.mkdtempSync(path.join(os.tmpdir(), "ovop-release-"))
    try {
      expect(readStyleHashes(release)).toEqual([])
      const hash = styleHashSource("h1{font-size:2rem}")
      fs.writeFileSync(path.join(release, "csp-style-hashes.txt"), `${hash}\n`)
      expect(readStyleHashes(release)).toEqual([hash])
      fs.writeFileSync(path.join(release, "csp-style-hashes.txt"), "'unsafe-inline'\n")
      expect(() => readStyleHashes(release)).toThrow("not a 'sha256-…' source")
    } finally {
      fs.rmSync(release, { recursive: true, force: true })
    }
  })

  it("are exactly what deploy/nginx.conf sends", () => {
    const hashes = [styleHashSource("main{display:block}")]
    const nginx = nginxHeaders(origins.backendUrl, hashes)
    expect(nginx.headers).toEqual({ ...securityHeaders(origins, hashes), "Cache-Control": "$ovop_cache_control" })
    expect(nginx.hashedAsset).toBe(cacheControl.hashedAsset)
    expect(nginx.other).toBe(cacheControl.other)
  })
})
