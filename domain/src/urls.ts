import { isLocale, type Locale } from "./locales.js"

/**
 * Localised storefront URLs, built in one place: the storefront's links, and the backend's
 * links in emails (order page, password reset, back in stock).
 */

/** Where the storefront is served when `STOREFRONT_URL` is not set: the local default of `npm start`. */
export const DEFAULT_STOREFRONT_URL = "http://localhost:4321"

/** The storefront's public address from the environment (`STOREFRONT_URL`), without a trailing slash. */
export function storefrontBaseUrl(env: Record<string, string | undefined>): string {
  const configured = env.STOREFRONT_URL?.trim()
  return (configured || DEFAULT_STOREFRONT_URL).replace(/\/+$/, "")
}

/**
 * The path of `path` in `locale`: `/ja/products/apricot-jam/`. Paths are written without the
 * locale and always end with a slash, matching the built directory layout.
 */
export function localizedPath(locale: Locale, path = "/"): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "")
  return trimmed ? `/${locale}/${trimmed}/` : `/${locale}/`
}

/** The same page in another language: swaps the first path segment when it is a locale. */
export function switchLocale(currentPath: string, target: Locale): string {
  const segments = currentPath.split("/").filter(Boolean)
  const first = segments[0]
  const rest = first !== undefined && isLocale(first) ? segments.slice(1) : segments
  return localizedPath(target, rest.join("/"))
}

/**
 * The absolute URL of a storefront page in `locale`, with its query: for links that leave the
 * site (emails). Query values are encoded; empty ones are left out.
 */
export function storefrontUrl(
  baseUrl: string,
  locale: Locale,
  path: string,
  query: Record<string, string | null | undefined> = {},
): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}${localizedPath(locale, path)}`)
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value)
  return url.href
}

/** The order page: `<storefront>/<locale>/order/?id=<order>`, with `&token=` for a guest's order. */
export function orderPageUrl(baseUrl: string, locale: Locale, orderId: string, token?: string): string {
  return storefrontUrl(baseUrl, locale, "order", { id: orderId, token })
}

/** A product's page: `<storefront>/<locale>/products/<handle>/`. */
export function productPageUrl(baseUrl: string, locale: Locale, handle: string): string {
  return storefrontUrl(baseUrl, locale, `products/${encodeURIComponent(handle)}`)
}

/** The password-reset page a reset email links to, carrying the reset token and the account's email. */
export function passwordResetPageUrl(baseUrl: string, locale: Locale, token: string, email: string): string {
  return storefrontUrl(baseUrl, locale, "account/reset", { token, email })
}
