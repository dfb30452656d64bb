import fs from "node:fs"
import path from "node:path"
import { expect, type Page } from "@playwright/test"
import { extractText, getDocumentProxy } from "unpdf"
import { repoRoot } from "../../scripts/lib/config"
import { backendUrl, e2eStack } from "./stack"

// Staff in the admin dashboard: who they are, how they sign in, and what the dashboard's pages say.

/** A staff member's sign-in. */
export type StaffCredentials = { email: string; password: string }

/** The first staff member, whose credentials `npm start` saved. */
export const firstStaff = (): StaffCredentials =>
  JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "admin.json"), "utf8")) as StaffCredentials

/** The admin dashboard's strings in `language` (backend/src/admin/i18n/json). */
export type AdminStrings = Record<string, unknown>
export const adminStrings = (language: "en" | "ru"): AdminStrings =>
  JSON.parse(
    fs.readFileSync(path.join(repoRoot, "backend", "src", "admin", "i18n", "json", `${language}.json`), "utf8"),
  ) as AdminStrings

/** The admin string at `key` ("payouts.batches.create") in `language`, `{{placeholders}}` filled from `values`. */
export function adminText(language: "en" | "ru", key: string, values: Record<string, string> = {}): string {
  const found = key
    .split(".")
    .reduce<unknown>((node, part) => (node as AdminStrings | undefined)?.[part], adminStrings(language))
  if (typeof found !== "string") throw new Error(`the admin has no string ${key} in ${language}`)
  return found.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder)
}

/** Every string of the admin's `section` ("payouts") in `language`, flattened. */
export function sectionStrings(language: "en" | "ru", section: string): string[] {
  const flatten = (node: unknown): string[] =>
    typeof node === "string" ? [node] : Object.values(node as AdminStrings).flatMap(flatten)
  return flatten(adminStrings(language)[section])
}

/** Calls the admin API (or an auth route) as `token`'s staff member; a refusal throws with the route's answer. */
export async function adminCall<T>(route: string, init: { token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${backendUrl}${route}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers: {
      "content-type": "application/json",
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  })
  const answer = (await response.json().catch(() => ({}))) as T
  if (!response.ok) throw new Error(`${route} answered ${response.status}: ${JSON.stringify(answer)}`)
  return answer
}

/** A staff token for `staff`, for the API calls a test's setup makes. */
export async function staffToken(staff: StaffCredentials = firstStaff()): Promise<string> {
  return (await adminCall<{ token: string }>("/auth/user/emailpass", { body: staff })).token
}

/** Invites a second staff member and accepts the invite as they would: their credentials. */
export async function inviteStaff(email: string, name: { first: string; last: string }): Promise<StaffCredentials> {
  const password = "second-staff-member-e2e"
  const { invite } = await adminCall<{ invite: { token: string } }>("/admin/invites", {
    token: await staffToken(),
    body: { email },
  })
  const { token: registration } = await adminCall<{ token: string }>("/auth/user/emailpass/register", {
    body: { email, password },
  })
  await adminCall(`/admin/invites/accept?token=${encodeURIComponent(invite.token)}`, {
    token: registration,
    body: { email, first_name: name.first, last_name: name.last },
  })
  return { email, password }
}

/** Signs `staff` in to the dashboard in `language` (the dashboard keeps its language in localStorage). */
export async function signInToAdmin(page: Page, staff: StaffCredentials, language: "en" | "ru"): Promise<void> {
  await page.addInitScript((lng) => window.localStorage.setItem("lng", lng), language)
  await page.goto(`${backendUrl}/app/login`)
  // The dashboard's sign-in fields are named by their placeholders.
  await page.getByRole("textbox", { name: "Email" }).fill(staff.email)
  await page.getByPlaceholder(/password|пароль/i).fill(staff.password)
  await page.getByRole("button", { name: /continue|продолжить|войти/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
}

/**
 * Checks that the dashboard's page (its main area) is all in Russian: none of the English strings of
 * its `sections` that Russian writes otherwise, and no raw string key ("payouts.batches.title").
 */
export async function expectNoEnglishLeft(page: Page, sections: string[]): Promise<void> {
  const text = (await page.getByRole("main").textContent()) ?? ""
  const russian = new Set(sections.flatMap((section) => sectionStrings("ru", section)))
  // Only texts without placeholders, as they are shown whole.
  const english = sections
    .flatMap((section) => sectionStrings("en", section))
    .filter((string) => !russian.has(string) && !string.includes("{{"))
  expect(english.filter((string) => text.includes(string))).toEqual([])
  expect(text.match(/\b(?:payouts|wholesale|producerGroups)\.[A-Za-z_.]+/g) ?? []).toEqual([])
}

/** A PDF's text as a reader extracts it, whitespace folded (the integration tests read documents the same way). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text.replace(/\s+/g, " ")
}
