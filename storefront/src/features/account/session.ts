import type { Locale } from "../../i18n/locales"

/**
 * The browser side of the customer account: the session token and one small request helper for
 * Medusa's auth and store routes. The token is Medusa's customer JWT (emailpass), kept in
 * localStorage and sent as a bearer header, so no cookie has to cross from the storefront's
 * origin to the backend's.
 */

/** What every account island reads from its page: the backend, the retail key, the page's language and strings. */
export type AccountConfig = {
  backendUrl: string
  publishableKey: string
  locale: Locale
  /** Localised paths of the account pages. */
  paths: { account: string; signIn: string; addresses: string; order: string }
  strings: Record<string, string>
}

/** A request's outcome: the answer, or the status and Medusa's message when it was refused. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; retryAfterSeconds?: number }

const tokenKey = "ovop.customer.token"

// Storage can be refused (private windows, blocked site data): the session then lasts one page.
let memoryToken: string | null = null
const storage = (): Storage | null => {
  try {
    return localStorage
  } catch {
    return null
  }
}

/** The signed-in customer's token, or null. */
export const readToken = (): string | null => storage()?.getItem(tokenKey) ?? memoryToken

/** Keeps the token of a customer who just signed in. */
export function saveToken(token: string): void {
  memoryToken = token
  try {
    storage()?.setItem(tokenKey, token)
  } catch {}
}

/** Signs out in this browser (the token is a JWT: forgetting it is signing out). */
export function forgetToken(): void {
  memoryToken = null
  storage()?.removeItem(tokenKey)
}

/** The config a page wrote into its `<script type="application/json" data-account-config>`. */
export function readConfig(): AccountConfig | null {
  const element = document.querySelector("script[data-account-config]")
  return element ? (JSON.parse(element.textContent ?? "{}") as AccountConfig) : null
}

/**
 * Calls the backend: JSON in and out, the publishable key on store routes, the bearer token when
 * given. Throws only when the backend cannot be reached.
 */
export async function callApi<T>(
  config: AccountConfig,
  path: string,
  options: { method?: string; body?: unknown; token?: string | null } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { "x-publishable-api-key": config.publishableKey }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const response = await fetch(`${config.backendUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
  })
  const answer = (await response.json().catch(() => ({}))) as T & { message?: unknown }
  if (response.ok) return { ok: true, data: answer }
  // The body's `retry_after`: a cross-origin page cannot read the Retry-After header (not exposed by CORS).
  const retryAfter = Number((answer as { retry_after?: unknown }).retry_after)
  return {
    ok: false,
    status: response.status,
    message: typeof answer.message === "string" ? answer.message : "",
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  }
}

/**
 * The page's words for a refusal the backend's rate limits gave (429: too many sign-ins, sign-ups
 * or reset requests from this address or for this email), with the minutes to wait; none otherwise.
 */
export function tooManyText(config: AccountConfig, result: ApiResult<unknown>): string | undefined {
  if (result.ok || result.status !== 429) return undefined
  const minutes = Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60))
  return (config.strings["account.tooMany"] ?? "").replace("{minutes}", String(minutes))
}

/** The form's fields as text, by name. */
export function formText(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value
  return values
}

/** Shows a form its script runs (the forms are rendered hidden, so without JavaScript none half works). */
export function reveal(): void {
  for (const element of document.querySelectorAll<HTMLElement>("[data-account-js]")) element.hidden = false
}
