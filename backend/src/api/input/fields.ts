import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * The shapes our routes accept for ids, handles, emails, dates and paging, in one place, each
 * refusing with a message that starts with the field's name. The limits are documented in
 * docs/api.md ("Errors").
 */

/** The longest id, handle and email any route accepts. */
export const MAX_ID_LENGTH = 100
export const MAX_HANDLE_LENGTH = 100
export const MAX_EMAIL_LENGTH = 254

/** A record id: a lower-case prefix, then `_` and letters or digits (`variant_01JABC...`, `pgrp_01J...`). */
export const idPattern = /^[a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+$/
/** Whether `value` has the shape of a record id (anything else names no record and need not be looked up). */
export const isRecordId = (value: string): boolean => value.length <= MAX_ID_LENGTH && idPattern.test(value)
/** A handle: lower-case letters and digits in words joined by single dashes. */
export const handlePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const idMessage = (field: string) =>
  `${field} must be an id such as variant_01JABCDEF (at most ${MAX_ID_LENGTH} characters)`

/** A required record id. */
export const recordId = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .min(1, { error: `${field} is required` })
    .max(MAX_ID_LENGTH, { error: idMessage(field) })
    .regex(idPattern, { error: idMessage(field) })

/** A handle, at most MAX_HANDLE_LENGTH characters. */
export const handle = (field = "handle") =>
  z
    .string({ error: `${field} must be a handle` })
    .max(MAX_HANDLE_LENGTH, { error: `${field} must be at most ${MAX_HANDLE_LENGTH} characters` })
    .regex(handlePattern, { error: `${field} may only hold lower-case letters, digits and single dashes` })

/** An email address, at most MAX_EMAIL_LENGTH characters. */
export const email = (field = "email") =>
  z
    .string({ error: `${field} must be an email address, e.g. aigul@example.kg` })
    .max(MAX_EMAIL_LENGTH, { error: `${field} must be at most ${MAX_EMAIL_LENGTH} characters` })
    .pipe(z.email({ error: `${field} must be an email address, e.g. aigul@example.kg` }))

/** Free text of at most `max` characters (control characters are refused for every route by the input guard). */
export const text = (field: string, max: number) =>
  z.string({ error: `${field} must be text` }).max(max, { error: `${field} must be at most ${max} characters` })

const isCalendarDay = (value: string) => {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A calendar day written YYYY-MM-DD that exists (no 2027-02-30). */
export const calendarDay = (field: string) =>
  z
    .string({ error: `${field} must be a date (YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field} must be a date (YYYY-MM-DD)` })
    .refine(isCalendarDay, { error: `${field} must be a date that exists (YYYY-MM-DD)` })

/** A month written YYYY-MM. */
export const calendarMonth = (field: string) =>
  z.string({ error: `${field} must be a month (YYYY-MM)` }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: `${field} must be a month (YYYY-MM)`,
  })

/** `limit` of a list: a whole number from 1 to `max`. */
export const listLimit = (max: number, fallback: number) => {
  const message = `limit must be a whole number from 1 to ${max}`
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(max, { error: message })
    .default(fallback)
}

/** `offset` of a list: a whole number, 0 or more. */
export const listOffset = () => {
  const message = "offset must be a whole number, 0 or more"
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(0, { error: message })
    .max(Number.MAX_SAFE_INTEGER, { error: message })
    .default(0)
}

/**
 * A path parameter of one of our routes, checked before it reaches a query: an id or a handle
 * of the right shape, or a 400 naming the parameter.
 */
export function routeParam(req: MedusaRequest, name: string, kind: "id" | "handle"): string {
  const value = String(req.params?.[name] ?? "")
  const valid = kind === "id" ? isRecordId(value) : value.length <= MAX_HANDLE_LENGTH && handlePattern.test(value)
  if (!valid) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      kind === "id"
        ? `${name}: '${value.slice(0, 40)}' is not an id (a lower-case prefix, '_' and letters or digits, at most ${MAX_ID_LENGTH} characters)`
        : `${name}: '${value.slice(0, 40)}' is not a handle (lower-case letters, digits and single dashes, at most ${MAX_HANDLE_LENGTH} characters)`,
    )
  }
  return value
}
