import { Button, Drawer, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { ServerErrorAlert } from "./server-error"

type EditDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  onSubmit: () => void
  isSaving: boolean
  /** The failed request's error, or null. */
  serverError: unknown
  children: ReactNode
}

/** A side drawer holding one section's edit form, with the server's refusal shown in it. */
export function EditDrawer({
  open,
  onOpenChange,
  title,
  description,
  onSubmit,
  isSaving,
  serverError,
  children,
}: EditDrawerProps) {
  const { t } = useTranslation()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      {/* Without a description Radix expects aria-describedby to be switched off explicitly. */}
      <Drawer.Content {...(description ? {} : { "aria-describedby": undefined })}>
        <form
          noValidate
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            onSubmit()
          }}
        >
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{title}</Heading>
            </Drawer.Title>
            {/* Drawer.Description already renders a Text paragraph. */}
            {description && <Drawer.Description className="text-ui-fg-subtle">{description}</Drawer.Description>}
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {children}
            <ServerErrorAlert error={serverError} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("producerGroups.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isSaving}>
              {t("producerGroups.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
