import type { FieldKind, FieldSpec } from "./fields"

/**
 * The route fuzz's corpus, generated per field type: for a field of a given kind, values of the
 * wrong type, empty, huge, with a NUL byte or other control character, malformed escapes,
 * unicode and right-to-left text, emoji, fractional and negative numbers. Each value says
 * whether every route must refuse it (`refused`: a 4xx, and a 400 names the field) or only that
 * no route may fail on it (no 5xx). Pure: the integration test sends what this module makes.
 */
export type FuzzValue = { label: string; value: unknown; refused: boolean }

const stringKinds: FieldKind[] = ["id", "handle", "email", "text", "enum", "date", "month"]
const numberKinds: FieldKind[] = ["int", "number"]
const HUGE = 100_000
/** Several kilobytes, still short enough for a URL (Node refuses request heads over 16 KB). */
const LONG = 6_000

/** Awkward text: valid for free text, refused for any field with a shape (ids, handles, emails, enums, dates, numbers). */
const awkwardText: { label: string; value: string }[] = [
  { label: "right-to-left text", value: "مربى المشمش من توسور" },
  { label: "emoji", value: "🍑🍯👩‍🌾" },
  { label: "right-to-left override", value: "\u202Egpj.exe" },
  { label: "malformed escape as text", value: "%E0%A4%A" },
  { label: "SQL quote", value: "' OR '1'='1' --" },
  { label: "LIKE wildcards and backslash", value: "%_\\" },
  { label: "combining marks", value: "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇" },
]

/**
 * The labels every field is sent even when another field of its kind already had the whole
 * corpus: each field's own checks (a NUL, its length, its type, empty).
 */
export const ESSENTIAL_LABELS = new Set(["NUL byte", "100 KB string", "several-KB value", "object", "array"])

/**
 * Fields with the whole corpus and fields with only the essential values: the first field of each
 * kind in a route gets everything (the corpus is per kind), the others ESSENTIAL_LABELS, which
 * keeps a 25-field body to about two hundred requests.
 */
export function corpusPlan(fields: FieldSpec[]): { field: FieldSpec; full: boolean }[] {
  const seen = new Set<string>()
  return fields.map((field) => {
    const full = !seen.has(field.kind)
    seen.add(field.kind)
    return { field, full }
  })
}

/** Values of a field in a JSON body. */
export function bodyValues(field: FieldSpec): FuzzValue[] {
  const { kind, required } = field
  const isString = stringKinds.includes(kind)
  const isNumber = numberKinds.includes(kind)
  const shaped = kind !== "text"
  const values: FuzzValue[] = [
    { label: "NUL byte", value: "aigul\u0000@example.kg", refused: true },
    { label: "control character", value: "bell\u0007", refused: true },
    { label: "100 KB string", value: "x".repeat(HUGE), refused: true },
    { label: "several-KB string", value: `${"a".repeat(LONG)}@example.kg`, refused: kind !== "text" },
    { label: "empty string", value: "", refused: shaped || required },
    { label: "null", value: null, refused: false },
    { label: "lone surrogate", value: "\ud800", refused: shaped },
    { label: "nested 40 levels", value: nest(40), refused: true },
    // Free text gets every awkward text; a shaped field refuses them all alike, so two suffice.
    ...(shaped ? awkwardText.slice(0, 2) : awkwardText).map(({ label, value }) => ({ label, value, refused: shaped })),
    { label: "object", value: { $ne: null }, refused: kind !== "object" },
    { label: "array", value: ["a", "b"], refused: kind !== "list" },
    { label: "boolean", value: true, refused: kind !== "bool" },
    { label: "negative number", value: -1, refused: isString || isNumber || kind === "bool" },
    { label: "fractional number", value: 1.5, refused: isString || kind === "int" || kind === "bool" },
    ...(isNumber
      ? [
          { label: "tiny fraction", value: 0.0001, refused: kind === "int" },
          { label: "huge number", value: 1e308, refused: kind === "int" },
          { label: "beyond safe integers", value: 2 ** 53 + 2, refused: kind === "int" },
        ]
      : []),
    // "12" is a fine handle; any other shaped field refuses it.
    { label: "number as string", value: "12", refused: isNumber || (shaped && kind !== "handle") },
  ]
  if (kind === "object")
    values.push({ label: "prototype key", value: JSON.parse('{"__proto__":{"polluted":1}}'), refused: false })
  if (kind === "date") values.push({ label: "impossible date", value: "2027-13-45", refused: true })
  if (kind === "month") values.push({ label: "impossible month", value: "2027-00", refused: true })
  if (kind === "email")
    values.push({ label: "email over 254 characters", value: `${"a".repeat(64)}@${"b".repeat(200)}.kg`, refused: true })
  if (kind === "handle") values.push({ label: "handle of 101 characters", value: "a".repeat(101), refused: true })
  if (kind === "id") values.push({ label: "path traversal", value: "../../etc/passwd", refused: true })
  return values
}

/**
 * Values of a field in a query string, each already encoded as it goes on the wire
 * (`field=<encoded>`), or as several parts (repeated or bracketed keys).
 */
export function queryValues(field: FieldSpec): { label: string; query: string; refused: boolean }[] {
  const { name, kind } = field
  const shaped = kind !== "text" && kind !== "list"
  const key = encodeURIComponent(name)
  const set = (value: string) => `${key}=${value}`
  const numeric = kind === "int" || kind === "number"
  return [
    { label: "NUL byte", query: set("a%00b"), refused: true },
    { label: "control character", query: set("%1B%5B31m"), refused: true },
    { label: "malformed escape", query: set("%E0%A4%A"), refused: shaped },
    { label: "bare percent", query: set("%"), refused: shaped },
    { label: "several-KB value", query: set("x".repeat(LONG)), refused: true },
    { label: "empty", query: set(""), refused: false },
    { label: "right-to-left text", query: set(encodeURIComponent("مربى")), refused: shaped },
    { label: "emoji", query: set(encodeURIComponent("🍯")), refused: shaped },
    { label: "negative", query: set("-1"), refused: numeric || kind !== "text" },
    { label: "fractional", query: set("1.5"), refused: kind === "int" || (shaped && !numeric) },
    { label: "exponent", query: set("1e400"), refused: numeric || shaped },
    { label: "object", query: `${key}[%24ne]=x`, refused: kind !== "list" && kind !== "object" },
    { label: "repeated", query: `${set("a")}&${set("b")}`, refused: kind !== "list" },
  ]
}

/** Values of a path parameter, already encoded as they go on the wire; none names a record that exists. */
export function pathValues(): { label: string; segment: string }[] {
  return [
    { label: "NUL byte", segment: "abc%00def" },
    { label: "malformed escape", segment: "%E0%A4%A" },
    { label: "bare percent", segment: "100%" },
    { label: "encoded slash and dots", segment: "..%2F..%2Fetc%2Fpasswd" },
    { label: "several-KB value", segment: "x".repeat(LONG) },
    { label: "right-to-left text", segment: encodeURIComponent("مربى") },
    { label: "emoji", segment: encodeURIComponent("🍯") },
    { label: "space", segment: "a%20b" },
    { label: "negative number", segment: "-1" },
    { label: "fraction", segment: "1.5" },
    { label: "unknown id", segment: "pgrp_01JZZZZZZZZZZZZZZZZZZZZZZZ" },
  ]
}

/** A whole body that is not what a JSON route takes: refused by every route that reads a body. */
export function malformedBodies(): { label: string; contentType: string; body: string; refused: boolean }[] {
  return [
    { label: "malformed JSON", contentType: "application/json", body: '{"variant_id": "variant_1", ', refused: true },
    { label: "JSON null", contentType: "application/json", body: "null", refused: true },
    { label: "JSON array", contentType: "application/json", body: "[1,2,3]", refused: true },
    { label: "JSON string", contentType: "application/json", body: '"text"', refused: true },
    {
      label: "body over the size limit",
      contentType: "application/json",
      body: `{"note":"${"x".repeat(200_000)}"}`,
      refused: true,
    },
    { label: "wrong content type", contentType: "text/plain", body: '{"quantity": 1}', refused: false },
    {
      label: "form encoded",
      contentType: "application/x-www-form-urlencoded",
      body: "quantity=1&email=a%00b",
      refused: false,
    },
    { label: "XML", contentType: "application/xml", body: "<cart><quantity>1</quantity></cart>", refused: false },
  ]
}

function nest(depth: number): unknown {
  let value: unknown = "deep"
  for (let level = 0; level < depth; level++) value = { a: value }
  return value
}
