import { Photo } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useRef } from "react"
import { useTranslation } from "react-i18next"
import { type AdminProducerGroupDetail, requestErrorMessage, uploadImage } from "../../lib/producer-groups"
import { useUpdateProducerGroup } from "../../lib/queries"
import { ServerErrorAlert } from "../server-error"

const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp"

/** The group's photo: a preview, and upload, replace or remove. */
export function PhotoSection({ group }: { group: AdminProducerGroupDetail }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const fileInput = useRef<HTMLInputElement>(null)
  const update = useUpdateProducerGroup(group.id)
  // Upload through Medusa's file module first, then store the URL on the group.
  const upload = useMutation({
    mutationFn: async (file: File) => update.mutateAsync({ photo_url: await uploadImage(file) }),
    onSuccess: () => toast.success(t("producerGroups.detail.photo.saved")),
  })

  const chooseFile = (file: File | undefined) => {
    if (!file) return
    if (!file.type.startsWith("image/")) {
      toast.error(t("producerGroups.detail.photo.notImage"))
      return
    }
    upload.mutate(file)
  }

  const removePhoto = async () => {
    const confirmed = await prompt({
      title: t("producerGroups.detail.photo.removeTitle"),
      description: t("producerGroups.detail.photo.removeDescription"),
      confirmText: t("producerGroups.detail.photo.remove"),
      cancelText: t("producerGroups.common.cancel"),
    })
    if (!confirmed) return
    update.mutate(
      { photo_url: null },
      {
        onError: (error) =>
          toast.error(t("producerGroups.common.serverRejected"), {
            description: requestErrorMessage(error) ?? t("producerGroups.common.requestFailed"),
          }),
      },
    )
  }

  const busy = upload.isPending || update.isPending

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h2">{t("producerGroups.detail.photo.title")}</Heading>
        <div className="flex items-center gap-x-2">
          {group.photo_url && (
            <Button size="small" variant="transparent" disabled={busy} onClick={removePhoto}>
              {t("producerGroups.detail.photo.remove")}
            </Button>
          )}
          <Button
            size="small"
            variant="secondary"
            isLoading={upload.isPending}
            onClick={() => fileInput.current?.click()}
          >
            {t(group.photo_url ? "producerGroups.detail.photo.replace" : "producerGroups.detail.photo.upload")}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept={ACCEPTED_TYPES}
            className="hidden"
            aria-label={t("producerGroups.detail.photo.upload")}
            onChange={(event) => {
              chooseFile(event.target.files?.[0])
              // Cleared so that choosing the same file again still fires a change.
              event.target.value = ""
            }}
          />
        </div>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {group.photo_url ? (
          <img
            src={group.photo_url}
            alt={t("producerGroups.detail.photo.alt", { name: group.name })}
            className="bg-ui-bg-subtle aspect-[4/3] w-full rounded-lg object-cover"
          />
        ) : (
          <div className="bg-ui-bg-subtle text-ui-fg-muted flex aspect-[4/3] w-full flex-col items-center justify-center gap-y-2 rounded-lg">
            <Photo />
            <Text size="small">{t("producerGroups.detail.photo.none")}</Text>
          </div>
        )}
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("producerGroups.detail.photo.hint")}
        </Text>
        <ServerErrorAlert error={upload.error} />
      </div>
    </Container>
  )
}
