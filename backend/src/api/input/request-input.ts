/**
 * What every request must satisfy before any route reads it, whatever the route: values
 * PostgreSQL would refuse (a NUL byte in text or JSON) or that no person types (other C0 control
 * characters) never reach a handler, a path must decode, and paging stays whole and bounded.
 * Pure: the middleware (`input-guard.ts`) hands it the request's parts.
 */

/** One refused value: the field as a caller names it (`path`, `query.q`, `body.items[0].title`) and why. */
export type InputProblem = { field: string; problem: string }

/** Tab, line feed and carriage return: text in a body, refused in paths, queries and key names. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0d])

/** The first C0 control character (U+0000 to U+001F) in the text, tab and line breaks allowed or not; -1 for none. */
function firstControl(text: string, allowTextControls: boolean): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 && !(allowTextControls && TEXT_CONTROLS.has(code))) return code
  }
  return -1
}

/** The deepest a JSON body or query may nest; no route of the store needs more than a few levels. */
export const MAX_INPUT_DEPTH = 32

/** The largest `limit` a list may ask for, per namespace (Medusa's admin asks for 9999 at most). */
export const LIMIT_CAPS: Record<string, number> = { store: 1000, admin: 10_000 }
const DEFAULT_LIMIT_CAP = 1000

const codePointOf = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`

/**
 * Checks the raw path (before Express decodes it): every segment must be valid percent-encoding
 * of UTF-8 and decode to no control character.
 */
export function checkPath(rawPath: string): InputProblem | undefined {
  for (const segment of rawPath.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return {
        field: "path",
        problem: `'${shorten(segment)}' is not valid percent-encoding (each % must start an escape of UTF-8 such as %C3%A9)`,
      }
    }
    const control = firstControl(decoded, false)
    if (control >= 0) {
      return { field: "path", problem: `control characters (${codePointOf(control)}) are not allowed in a path` }
    }
  }
  return undefined
}

/**
 * Walks a parsed query or JSON body and answers the first value or key holding a character it
 * may not, or nesting deeper than MAX_INPUT_DEPTH. Iterative, so no body can exhaust the stack.
 */
export function checkValues(root: unknown, rootName: "query" | "body"): InputProblem | undefined {
  const allowTextControls = rootName === "body"
  const stack: { value: unknown; field: string; depth: number }[] = [{ value: root, field: rootName, depth: 0 }]
  while (stack.length) {
    const { value, field, depth } = stack.pop() as { value: unknown; field: string; depth: number }
    if (typeof value === "string") {
      const control = firstControl(value, allowTextControls)
      if (control >= 0) return { field, problem: `control characters (${codePointOf(control)}) are not allowed` }
      continue
    }
    if (!value || typeof value !== "object") continue
    if (depth >= MAX_INPUT_DEPTH) return { field, problem: `nests deeper than ${MAX_INPUT_DEPTH} levels` }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        stack.push({ value: item, field: `${field}[${index}]`, depth: depth + 1 })
      })
      continue
    }
    for (const [key, child] of Object.entries(value)) {
      const childField = `${field}.${key}`
      if (firstControl(key, false) >= 0) {
        return {
          field: `${field}.${JSON.stringify(key)}`,
          problem: "control characters are not allowed in a field name",
        }
      }
      stack.push({ value: child, field: childField, depth: depth + 1 })
    }
  }
  return undefined
}

/**
 * `limit` and `offset` of any list: whole numbers, `offset` 0 or more, `limit` 0 up to the
 * namespace's cap. Medusa's own list routes take any number and hand a negative one to
 * PostgreSQL, which refuses it.
 */
export function checkPaging(query: Record<string, unknown>, namespace: string): InputProblem | undefined {
  const cap = LIMIT_CAPS[namespace] ?? DEFAULT_LIMIT_CAP
  const whole = (value: unknown) => (typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : undefined)
  if (query.limit !== undefined) {
    const limit = whole(query.limit)
    if (limit === undefined || limit > cap) {
      return { field: "query.limit", problem: `must be a whole number from 0 to ${cap}` }
    }
  }
  if (query.offset !== undefined && whole(query.offset) === undefined) {
    return { field: "query.offset", problem: "must be a whole number, 0 or more" }
  }
  return undefined
}

/** The first problem of a request's path, query and body, in that order. */
export function checkRequestInput(request: {
  rawPath: string
  query: unknown
  body: unknown
  namespace: string
}): InputProblem | undefined {
  return (
    checkPath(request.rawPath) ??
    checkValues(request.query, "query") ??
    (request.query && typeof request.query === "object"
      ? checkPaging(request.query as Record<string, unknown>, request.namespace)
      : undefined) ??
    checkValues(request.body, "body")
  )
}

/** The message of a 400 for a problem: the field first, so a person sees what to change. */
export const problemMessage = ({ field, problem }: InputProblem) => `${field}: ${problem}`

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}...` : text
}
