import { emailText } from "@ovop/domain/messages"
import { resolveStoreLocale, type StoreLocale } from "./locales"

/** How long Medusa's reset token works (its `generateResetPasswordTokenWorkflow`: 15 minutes). */
export const RESET_LINK_MINUTES = 15

/** The language of the email: the one the request asked in, else the customer's own, else English. */
export function passwordResetLocale(requested: unknown, customerLocale: unknown): StoreLocale {
  for (const candidate of [requested, customerLocale]) {
    const locale = typeof candidate === "string" ? resolveStoreLocale(candidate) : undefined
    if (locale) return locale
  }
  return "en"
}

/**
 * The password-reset email in `locale`, with the link to the storefront's reset page (the domain's
 * `passwordResetPageUrl`); the texts are the domain's email catalogues (`password_reset`).
 */
export function passwordResetMessage(locale: StoreLocale, url: string): { subject: string; text: string } {
  return {
    subject: emailText(locale, "password_reset", "subject"),
    text: emailText(locale, "password_reset", "body", { url, minutes: RESET_LINK_MINUTES }),
  }
}
