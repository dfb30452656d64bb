import { emailText } from "@ovop/domain/messages"
import type { WholesaleApplicationRecord } from "../modules/wholesale/types"

/** The email telling an applicant staff's decision, in the applicant's preferred language. */
export function applicationDecisionMessage(
  application: Pick<
    WholesaleApplicationRecord,
    "status" | "preferred_language" | "contact_person" | "company_name" | "rejection_reason"
  >,
): { subject: string; text: string } {
  const locale = application.preferred_language
  const params = {
    contact: application.contact_person,
    company: application.company_name,
    reason: application.rejection_reason ?? "",
  }
  const kind = application.status === "approved" ? "approved" : "rejected"
  return {
    subject: emailText(locale, "wholesale_application", `${kind}_subject`, params),
    text: emailText(locale, "wholesale_application", `${kind}_body`, params),
  }
}
