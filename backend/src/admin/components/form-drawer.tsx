import { toast } from "@medusajs/ui"
import type { ReactNode } from "react"
import { EditDrawer } from "./edit-drawer"

/** The part of a react-query mutation the drawer uses: sending, whether it is under way, its failure. */
type SavingMutation<Body, Result> = {
  mutate: (body: Body, options: { onSuccess: (result: Result) => void }) => void
  isPending: boolean
  error: unknown
}

type FormDrawerProps<Body, Result> = {
  title: string
  description?: string
  /** Checks the form and flags its mistakes; true when it may be sent. */
  validate: () => boolean
  /** The request body of the form as it stands. */
  body: () => Body
  mutation: SavingMutation<Body, Result>
  /** The toast shown once the server took the form. */
  savedMessage: (result: Result) => string
  onClose: () => void
  children: ReactNode
}

/** An edit drawer, open while mounted, that sends its checked form and closes once the server took it. */
export function FormDrawer<Body, Result>({
  title,
  description,
  validate,
  body,
  mutation,
  savedMessage,
  onClose,
  children,
}: FormDrawerProps<Body, Result>) {
  const submit = () => {
    if (!validate()) return
    mutation.mutate(body(), {
      onSuccess: (result) => {
        toast.success(savedMessage(result))
        onClose()
      },
    })
  }

  return (
    <EditDrawer
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description={description}
      onSubmit={submit}
      isSaving={mutation.isPending}
      serverError={mutation.error}
    >
      {children}
    </EditDrawer>
  )
}
