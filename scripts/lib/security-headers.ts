/**
 * The storefront's response headers: security headers on every answer, and the cache rule. One
 * source for both servers that serve the built site: the local one (`storefront-server.ts`, under
 * `npm start`, the end-to-end tier and the benchmark) and nginx in production
 * (`deploy/nginx.conf`, checked against this module by `security-headers.unit.spec.ts`).
 */

import fs from "node:fs"
import path from "node:path"
import { parseStyleHashes, styleHashesFileName } from "../../storefront/src/build/style-hashes"

/** What the pages talk to besides their own origin; the same values the storefront build reads. */
export type StorefrontOrigins = {
  /** `MEDUSA_BACKEND_URL`: the store API the islands call, and the uploads. */
  backendUrl: string
  /** `PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL`: tests only, the local Stripe server the test build posts cards to. */
  stripeTestConfirmUrl?: string | undefined
}

/** Stripe.js and its Payment Element (the checkout's card step): script, frames and API. */
export const stripeOrigins = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
} as const

/** The origin of `url` (`http://localhost:9000/` -> `http://localhost:9000`); throws on a value that is not a URL. */
export function originOf(url: string, name: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("not http(s)")
    return parsed.origin
  } catch {
    throw new Error(`${name}=${url} is not an http(s) URL`)
  }
}

/**
 * The Content-Security-Policy of every storefront page. No inline script: the build writes every
 * script as a file (`astro.config.mjs`), and JSON data blocks (`application/json`,
 * `application/ld+json`) are not scripts the policy governs. Inline styles only by hash: the
 * build inlines its stylesheets and lists their hashes (`styleHashes`, from `readStyleHashes`).
 */
export function contentSecurityPolicy(origins: StorefrontOrigins, styleHashes: readonly string[] = []): string {
  const backend = originOf(origins.backendUrl, "MEDUSA_BACKEND_URL")
  const testConfirm = origins.stripeTestConfirmUrl
    ? [originOf(origins.stripeTestConfirmUrl, "PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL")]
    : []
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...stripeOrigins.script],
    ["style-src", "'self'", ...parseStyleHashes(styleHashes.join(" "))],
    ["img-src", "'self'", backend],
    ["font-src", "'self'"],
    ["connect-src", "'self'", backend, ...stripeOrigins.connect, ...testConfirm],
    ["frame-src", ...stripeOrigins.frame],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ]
  return directives.map((directive) => directive.join(" ")).join("; ")
}

/**
 * Browser features no page uses are switched off; `payment` stays for the page and Stripe's frame
 * (wallets in the Payment Element).
 */
export const permissionsPolicy =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), usb=(), payment=(self "https://js.stripe.com")'

/** The security headers every storefront answer carries (pages, assets, 404 and errors alike). */
export function securityHeaders(
  origins: StorefrontOrigins,
  styleHashes: readonly string[] = [],
): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(origins, styleHashes),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": permissionsPolicy,
  }
}

/**
 * The hash sources of the inline stylesheets of the build in `release` (its `csp-style-hashes.txt`,
 * written by the build); none for a folder without one. Throws on a file that holds anything else.
 */
export function readStyleHashes(release: string): string[] {
  let text: string
  try {
    text = fs.readFileSync(path.join(release, styleHashesFileName), "utf8")
  } catch {
    return []
  }
  return parseStyleHashes(text)
}

/** Astro writes its bundled scripts, stylesheets and images under this folder, with a content hash in each name. */
export const hashedAssetsPrefix = "/_astro/"

/** Hashed assets never change under their name; everything else (pages, sitemap) is revalidated on each use. */
export const cacheControl = {
  hashedAsset: "public, max-age=31536000, immutable",
  other: "no-cache",
} as const

/** The Cache-Control of the file at `pathname`. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith(hashedAssetsPrefix) ? cacheControl.hashedAsset : cacheControl.other
}
