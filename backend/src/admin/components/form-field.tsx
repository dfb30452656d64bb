import { Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { FieldError } from "../lib/forms"

type FormFieldProps = {
  /** The id of the control, so the label focuses it. */
  id: string
  label: string
  /** Marks the field "(optional)" rather than leaving staff to guess. */
  optional?: boolean
  hint?: string
  error?: FieldError
  children: ReactNode
}

/** A labelled form control with its hint and, when the checks failed, its error. */
export function FormField({ id, label, optional, hint, error, children }: FormFieldProps) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional && (
          <Text as="span" size="small" className="text-ui-fg-muted ml-1 font-normal">
            ({t("producerGroups.common.optional")})
          </Text>
        )}
      </Label>
      {children}
      {hint && !error && <Hint>{hint}</Hint>}
      {error && <Hint variant="error">{t(error.key, error.values)}</Hint>}
    </div>
  )
}
