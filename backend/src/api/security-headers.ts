import { subscribe } from "node:diagnostics_channel"
import type { IncomingMessage, ServerResponse } from "node:http"
import onHeaders from "on-headers"

/** Where Medusa serves the admin dashboard (`admin.path`, Medusa's default; medusa-config.ts keeps it). */
const adminPath = /^\/app(?:[/?#]|$)/i

/**
 * The admin's Content-Security-Policy. The built dashboard (Vite) loads its scripts, styles and
 * fonts as files from its own origin and has no inline script; its components set inline styles
 * (Radix positions popovers that way), hence `'unsafe-inline'` for styles only. Images may come
 * from anywhere over https (product images in S3 or on a CDN). Not sent under `medusa develop`,
 * whose Vite dev server injects inline scripts.
 */
export const adminContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

/** Everything else the backend serves is data (JSON, files): it may load nothing, run nothing, be framed nowhere. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox"

/** The security headers of one backend response, chosen by its path (a route may still set its own CSP). */
export function securityHeadersFor(url: string, options: { development: boolean }): Record<string, string> {
  const admin = adminPath.test(url)
  const csp = admin ? (options.development ? undefined : adminContentSecurityPolicy) : apiContentSecurityPolicy
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(csp ? { "Content-Security-Policy": csp } : {}),
  }
}

let installed = false

/**
 * Gives every response of this process the security headers above and drops Express's
 * `X-Powered-By`. Hooked on Node's `http.server.request.start` diagnostics channel, which fires
 * before Express sees the request: Medusa mounts the admin dashboard (`/app`) before the project's
 * middlewares, so a middleware in `middlewares.ts` never sees the admin's responses, and the
 * Express app itself is not reachable from the project's code. Idempotent.
 */
export function installSecurityHeaders(): void {
  if (installed) return
  installed = true
  const development = (process.env.NODE_ENV || "development").startsWith("dev")
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse }
    for (const [name, value] of Object.entries(securityHeadersFor(request.url ?? "/", { development }))) {
      response.setHeader(name, value)
    }
    onHeaders(response, function removePoweredBy(this: ServerResponse) {
      this.removeHeader("X-Powered-By")
    })
  })
}
