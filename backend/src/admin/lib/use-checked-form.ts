import { useId, useState } from "react"
import { type FieldErrors, hasNoErrors } from "./forms"

/**
 * A form checked with the API's rules: nothing is flagged until the first submit, then every
 * change is checked again, so errors go away as they are fixed.
 */
export function useCheckedForm<Values extends Record<Field, string>, Field extends string>(
  initial: Values | (() => Values),
  check: (values: Values) => FieldErrors<Field>,
) {
  const [values, setValues] = useState<Values>(initial)
  const [errors, setErrors] = useState<FieldErrors<Field>>({})
  const [submitted, setSubmitted] = useState(false)
  const idPrefix = useId()

  const change = (next: Values) => {
    setValues(next)
    if (submitted) setErrors(check(next))
  }
  /** Checks the form as it stands; true when it may be sent. */
  const validate = () => {
    setSubmitted(true)
    const found = check(values)
    setErrors(found)
    return hasNoErrors(found)
  }
  /** Starts again from `next`, with nothing flagged. */
  const reset = (next: Values) => {
    setValues(next)
    setErrors({})
    setSubmitted(false)
  }
  /** The id of a field's control, unique on the page, so its label can point at it. */
  const id = (field: Field) => `${idPrefix}-${field}`
  /** The props binding a text input to a field: id, value, invalid state and change. */
  const input = (field: Field) => ({
    id: id(field),
    value: values[field],
    "aria-invalid": Boolean(errors[field]),
    onChange: (event: { target: { value: string } }) => change({ ...values, [field]: event.target.value }),
  })
  return { values, errors, change, validate, reset, id, input }
}
