import { emailText } from "@ovop/domain/messages"
import type { NOTIFY_LOCALES } from "./models/back-in-stock-request"

type NotifyLocale = (typeof NOTIFY_LOCALES)[number]

/**
 * The back-in-stock email in the shopper's language, with the product page's address; the texts
 * are the domain's email catalogues (`domain/messages/emails/<locale>.json`, `back_in_stock`).
 */
export function backInStockMessage(
  locale: NotifyLocale,
  title: string,
  url: string,
): { subject: string; text: string } {
  return {
    subject: emailText(locale, "back_in_stock", "subject", { title }),
    text: emailText(locale, "back_in_stock", "body", { title, url }),
  }
}
