import type { Locale } from "@ovop/domain"
import { emailText } from "@ovop/domain/messages"

/** The email telling a customer a buyer admin added them to the company's wholesale account, in the company's language. */
export function companyMemberAddedMessage(input: { locale: Locale; name: string; admin: string; company: string }): {
  subject: string
  text: string
} {
  const params = { name: input.name, admin: input.admin, company: input.company }
  return {
    subject: emailText(input.locale, "wholesale_company_user", "added_subject", params),
    text: emailText(input.locale, "wholesale_company_user", "added_body", params),
  }
}
