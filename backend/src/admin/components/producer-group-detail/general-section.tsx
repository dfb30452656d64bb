import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  checkGeneralForm,
  type GeneralField,
  type GeneralFormValues,
  generalBody,
  generalFormFrom,
} from "../../lib/forms"
import { type AdminProducerGroupDetail, requestErrorMessage } from "../../lib/producer-groups"
import { useSetProducerGroupPaused, useUpdateProducerGroup } from "../../lib/queries"
import { useCheckedForm } from "../../lib/use-checked-form"
import { ProducerGroupStatusBadge } from "../badges"
import { FormDrawer } from "../form-drawer"
import { GeneralFields } from "../general-fields"
import { SectionRow } from "../section-row"

/** The group's heading, general details and the edit, pause and resume actions. */
export function GeneralSection({ group }: { group: AdminProducerGroupDetail }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading>{group.name}</Heading>
            <ProducerGroupStatusBadge status={group.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {group.village}, {t(`producerGroups.districts.${group.district}`)}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <PauseResumeButton group={group} />
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            {t("producerGroups.common.edit")}
          </Button>
        </div>
      </div>
      {group.status === "paused" && (
        <div className="bg-ui-bg-subtle px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("producerGroups.detail.pausedNotice")}
          </Text>
        </div>
      )}
      <SectionRow label={t("producerGroups.fields.handle")} value={group.handle} />
      <SectionRow label={t("producerGroups.fields.village")} value={group.village} />
      <SectionRow label={t("producerGroups.fields.district")} value={t(`producerGroups.districts.${group.district}`)} />
      <SectionRow
        label={t("producerGroups.fields.foundedYear")}
        value={group.founded_year === null ? "—" : String(group.founded_year)}
      />
      <SectionRow
        label={t("producerGroups.detail.general.members")}
        value={t("producerGroups.detail.general.membersValue", {
          count: group.member_count,
          women: group.women_member_count,
        })}
      />
      <SectionRow label={t("producerGroups.fields.craft")} value={group.craft} />
      <SectionRow label={t("producerGroups.fields.story")} value={group.story} />
      {editing && <EditGeneralDrawer group={group} onClose={() => setEditing(false)} />}
    </Container>
  )
}

/** Pauses an active group or resumes a paused one, after staff confirm. */
function PauseResumeButton({ group }: { group: AdminProducerGroupDetail }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const setPaused = useSetProducerGroupPaused(group.id)
  const pausing = group.status === "active"
  const action = pausing ? "pause" : "resume"

  const confirmAndRun = async () => {
    const confirmed = await prompt({
      title: t(`producerGroups.detail.${action}.title`, { name: group.name }),
      description: t(`producerGroups.detail.${action}.description`),
      confirmText: t(`producerGroups.detail.${action}.confirm`),
      cancelText: t("producerGroups.common.cancel"),
      variant: pausing ? "danger" : "confirmation",
    })
    if (!confirmed) return
    setPaused.mutate(pausing, {
      onSuccess: () => toast.success(t(`producerGroups.detail.${action}.done`, { name: group.name })),
      onError: (error) =>
        toast.error(t("producerGroups.common.serverRejected"), {
          description: requestErrorMessage(error) ?? t("producerGroups.common.requestFailed"),
        }),
    })
  }

  return (
    <Button size="small" variant="secondary" isLoading={setPaused.isPending} onClick={confirmAndRun}>
      {t(`producerGroups.detail.${action}.button`)}
    </Button>
  )
}

/** The drawer that edits the general details (mounted only while open, so it starts fresh). */
function EditGeneralDrawer({ group, onClose }: { group: AdminProducerGroupDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const update = useUpdateProducerGroup(group.id)
  const { values, errors, change, validate } = useCheckedForm<GeneralFormValues, GeneralField>(
    () => generalFormFrom(group),
    (next) => checkGeneralForm(next, { handleRequired: true }),
  )

  return (
    <FormDrawer
      title={t("producerGroups.detail.general.editTitle")}
      validate={validate}
      body={() => generalBody(values)}
      mutation={update}
      savedMessage={() => t("producerGroups.common.saved")}
      onClose={onClose}
    >
      <GeneralFields values={values} errors={errors} onChange={change} handleOptional={false} />
    </FormDrawer>
  )
}
