import { MedusaError } from "@medusajs/framework/utils"

/** Where the stripe SDK sends its requests: the SDK's own `host`, `port` and `protocol` options. */
export type StripeApiHost = { host: string; port: number; protocol: "http" | "https" }

/**
 * Reads `STRIPE_API_BASE_URL` (e.g. `http://127.0.0.1:12111`) into the stripe SDK's host options;
 * unset or empty means Stripe's own API. Anything but a bare http(s) origin is refused at boot, so
 * a typo never sends card payments somewhere unexpected.
 */
export function parseStripeApiBaseUrl(baseUrl: string | undefined): StripeApiHost | undefined {
  const text = baseUrl?.trim()
  if (!text) return undefined
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `STRIPE_API_BASE_URL: '${text}' is not a URL; use e.g. http://127.0.0.1:12111`,
    )
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `STRIPE_API_BASE_URL: '${text}' must start with http:// or https://`,
    )
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username || url.password) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `STRIPE_API_BASE_URL: '${text}' must be an origin only (scheme, host, port), without path, query or credentials`,
    )
  }
  const protocol = url.protocol === "http:" ? "http" : "https"
  const port = url.port ? Number(url.port) : protocol === "http" ? 80 : 443
  // URL keeps the brackets of an IPv6 literal; the SDK wants the bare address.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1")
  return { host, port, protocol }
}
