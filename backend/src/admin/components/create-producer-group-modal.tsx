import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import {
  checkGeneralForm,
  emptyGeneralForm,
  type GeneralField,
  type GeneralFormValues,
  generalBody,
} from "../lib/forms"
import { useCreateProducerGroup } from "../lib/queries"
import { useCheckedForm } from "../lib/use-checked-form"
import { GeneralFields } from "./general-fields"
import { ServerErrorAlert } from "./server-error"

type CreateProducerGroupModalProps = { open: boolean; onOpenChange: (open: boolean) => void }

/**
 * The form that creates a group from its general details; the certificate, staff details,
 * translations and photo are added on the group's page it then opens.
 */
export function CreateProducerGroupModal({ open, onOpenChange }: CreateProducerGroupModalProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const createGroup = useCreateProducerGroup()
  const { values, errors, change, validate, reset } = useCheckedForm<GeneralFormValues, GeneralField>(
    emptyGeneralForm,
    (next) => checkGeneralForm(next, { handleRequired: false }),
  )

  const changeOpen = (next: boolean) => {
    if (!next) {
      reset(emptyGeneralForm)
      createGroup.reset()
    }
    onOpenChange(next)
  }

  const submit = () => {
    if (!validate()) return
    createGroup.mutate(generalBody(values), {
      onSuccess: (group) => {
        toast.success(t("producerGroups.create.created", { name: group.name }))
        changeOpen(false)
        navigate(`/producer-groups/${group.id}`)
      },
    })
  }

  return (
    <FocusModal open={open} onOpenChange={changeOpen}>
      <FocusModal.Content aria-describedby={undefined}>
        <form
          noValidate
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <FocusModal.Header />
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-16">
            <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-4">
              <div className="flex flex-col gap-y-1">
                <FocusModal.Title asChild>
                  <Heading>{t("producerGroups.create.title")}</Heading>
                </FocusModal.Title>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("producerGroups.create.description")}
                </Text>
              </div>
              <GeneralFields values={values} errors={errors} onChange={change} handleOptional />
              <ServerErrorAlert error={createGroup.error} />
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <FocusModal.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("producerGroups.common.cancel")}
              </Button>
            </FocusModal.Close>
            <Button size="small" type="submit" isLoading={createGroup.isPending}>
              {t("producerGroups.create.submit")}
            </Button>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
