import { useState } from "react"
import { type FieldErrors, hasNoErrors } from "./forms"

/**
 * A form checked with the API's rules: nothing is flagged until the first submit, then every
 * change is checked again, so errors go away as they are fixed.
 */
export function useCheckedForm<Values, Field extends string>(
  initial: Values | (() => Values),
  check: (values: Values) => FieldErrors<Field>,
) {
  const [values, setValues] = useState<Values>(initial)
  const [errors, setErrors] = useState<FieldErrors<Field>>({})
  const [submitted, setSubmitted] = useState(false)

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
  return { values, errors, change, validate, reset }
}
