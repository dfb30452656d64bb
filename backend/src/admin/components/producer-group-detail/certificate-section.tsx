import { Button, Container, Heading, Input, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatDay } from "../../lib/format"
import {
  type CertificateField,
  type CertificateFormValues,
  certificateBody,
  certificateFormFrom,
  checkCertificateForm,
} from "../../lib/forms"
import { type AdminProducerGroupDetail, requestErrorMessage } from "../../lib/producer-groups"
import { useUpdateProducerGroup } from "../../lib/queries"
import { useCheckedForm } from "../../lib/use-checked-form"
import { CertificateStateBadge } from "../badges"
import { FormDrawer } from "../form-drawer"
import { FormField } from "../form-field"
import { SectionRow } from "../section-row"

/** The group's Issyk-Kul brand certificate: where it stands today, its details, and editing. */
export function CertificateSection({ group }: { group: AdminProducerGroupDetail }) {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const update = useUpdateProducerGroup(group.id)
  const [editing, setEditing] = useState(false)
  const hasCertificate = Boolean(group.certificate_number)

  const removeCertificate = async () => {
    const confirmed = await prompt({
      title: t("producerGroups.detail.certificate.removeTitle"),
      description: t("producerGroups.detail.certificate.removeDescription", { name: group.name }),
      confirmText: t("producerGroups.detail.certificate.remove"),
      cancelText: t("producerGroups.common.cancel"),
    })
    if (!confirmed) return
    update.mutate(
      { certificate: null },
      {
        onSuccess: () => toast.success(t("producerGroups.common.saved")),
        onError: (error) =>
          toast.error(t("producerGroups.common.serverRejected"), {
            description: requestErrorMessage(error) ?? t("producerGroups.common.requestFailed"),
          }),
      },
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">{t("producerGroups.detail.certificate.title")}</Heading>
          <CertificateStateBadge state={group.certificate_state} />
        </div>
        <div className="flex items-center gap-x-2">
          {hasCertificate && (
            <Button size="small" variant="transparent" onClick={removeCertificate} isLoading={update.isPending}>
              {t("producerGroups.detail.certificate.remove")}
            </Button>
          )}
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            {t(hasCertificate ? "producerGroups.common.edit" : "producerGroups.detail.certificate.add")}
          </Button>
        </div>
      </div>
      {hasCertificate ? (
        <>
          <SectionRow label={t("producerGroups.fields.certificateNumber")} value={group.certificate_number ?? ""} />
          <SectionRow label={t("producerGroups.fields.certificateIssuer")} value={group.certificate_issuer ?? ""} />
          <SectionRow
            label={t("producerGroups.fields.certificateValidFrom")}
            value={formatDay(group.certificate_valid_from, i18n.language)}
          />
          <SectionRow
            label={t("producerGroups.fields.certificateValidTo")}
            value={formatDay(group.certificate_valid_to, i18n.language)}
          />
        </>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("producerGroups.detail.certificate.none")}
          </Text>
        </div>
      )}
      {editing && <EditCertificateDrawer group={group} onClose={() => setEditing(false)} />}
    </Container>
  )
}

/** The drawer that adds or replaces the certificate. */
function EditCertificateDrawer({ group, onClose }: { group: AdminProducerGroupDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const update = useUpdateProducerGroup(group.id)
  const { values, errors, validate, id, input } = useCheckedForm<CertificateFormValues, CertificateField>(
    () => certificateFormFrom(group),
    checkCertificateForm,
  )

  return (
    <FormDrawer
      title={t("producerGroups.detail.certificate.editTitle")}
      description={t("producerGroups.detail.certificate.editDescription")}
      validate={validate}
      body={() => certificateBody(values)}
      mutation={update}
      savedMessage={() => t("producerGroups.common.saved")}
      onClose={onClose}
    >
      <FormField id={id("number")} label={t("producerGroups.fields.certificateNumber")} error={errors.number}>
        <Input {...input("number")} autoComplete="off" />
      </FormField>
      <FormField id={id("issuer")} label={t("producerGroups.fields.certificateIssuer")} error={errors.issuer}>
        <Input {...input("issuer")} />
      </FormField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField
          id={id("valid_from")}
          label={t("producerGroups.fields.certificateValidFrom")}
          error={errors.valid_from}
        >
          <Input {...input("valid_from")} type="date" />
        </FormField>
        <FormField
          id={id("valid_to")}
          label={t("producerGroups.fields.certificateValidTo")}
          hint={t("producerGroups.detail.certificate.validToHint")}
          error={errors.valid_to}
        >
          <Input {...input("valid_to")} type="date" min={values.valid_from || undefined} />
        </FormField>
      </div>
    </FormDrawer>
  )
}
