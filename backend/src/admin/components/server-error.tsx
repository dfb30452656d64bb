import { Alert } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { requestErrorMessage } from "../lib/producer-groups"

/**
 * The server's refusal of a form (nothing while there is none), shown next to the form. The
 * server's text is English and names the field, so it is shown as sent, under a lead-in in
 * the dashboard's language.
 */
export function ServerErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <Alert variant="error" role="alert">
      <span className="font-medium">{t("producerGroups.common.serverRejected")}</span>{" "}
      {requestErrorMessage(error) ?? t("producerGroups.common.requestFailed")}
    </Alert>
  )
}
