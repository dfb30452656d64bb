import Medusa from "@medusajs/js-sdk"

// The backend tsconfig checks src/admin as CommonJS, where import.meta is an error (TS1470);
// Vite bundles these files as ES modules, in which import.meta.env holds the VITE_ variables.
// @ts-expect-error TS1470, see above
const configuredBackendUrl: string | undefined = import.meta.env.VITE_BACKEND_URL

/**
 * The admin API client of the extensions. It rides on the dashboard's own session cookie,
 * so the extensions never see or store a token.
 */
export const sdk = new Medusa({
  baseUrl: configuredBackendUrl || "/",
  auth: { type: "session" },
})

/** The URL of a backend path for a plain link (a file to download rides on the same session cookie). */
export function backendHref(path: string): string {
  return `${(configuredBackendUrl || "").replace(/\/$/, "")}${path}`
}
