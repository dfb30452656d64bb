import en from "../messages/emails/en.json"
import ja from "../messages/emails/ja.json"
import ky from "../messages/emails/ky.json"
import ru from "../messages/emails/ru.json"
import type { Locale } from "./locales.js"

/**
 * The shop's email texts, one JSON catalogue per locale (`messages/emails/<locale>.json`): a
 * section per email, a message per key, `{name}` placeholders filled by `emailText`. English is
 * the schema: a unit test fails on a key or a placeholder another locale lacks.
 */

/** One locale's email texts: email (section) -> key -> message. */
export type EmailCatalogue = typeof en

/** An email the catalogues hold texts for. */
export type EmailName = keyof EmailCatalogue

/** The email texts of every locale. */
export const EMAIL_CATALOGUES: Record<Locale, EmailCatalogue> = { en, ja, ru, ky }

/**
 * The text `key` of `email` in `locale`, its `{name}` placeholders filled from `params`; the
 * English text when the locale lacks it, the key itself when English does too.
 */
export function emailText(
  locale: Locale,
  email: EmailName,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const texts = EMAIL_CATALOGUES[locale][email] as Record<string, string>
  const template = texts[key] ?? (EMAIL_CATALOGUES.en[email] as Record<string, string>)[key] ?? key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  )
}

/** True when `email`'s catalogue has a text `key` (delivery names and countries are looked up by code). */
export function hasEmailText(locale: Locale, email: EmailName, key: string): boolean {
  return key in (EMAIL_CATALOGUES[locale][email] as Record<string, string>)
}
