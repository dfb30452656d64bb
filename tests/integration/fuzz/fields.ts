/**
 * The field types the route fuzz knows, and how to read them off a route's zod validator, so a
 * field added to a validator is fuzzed without anyone listing it.
 */

/** What a field holds; each kind has its own corpus of bad and awkward values (corpus.ts). */
export type FieldKind =
  | "id"
  | "handle"
  | "email"
  | "text"
  | "int"
  | "number"
  | "enum"
  | "date"
  | "month"
  | "bool"
  | "list"
  | "object"

/** One field of a body or query: its dotted name (`certificate.number`), its kind and whether it may be left out. */
export type FieldSpec = { name: string; kind: FieldKind; required: boolean }

/** The zod 4 internals the fuzz reads: the definition's type and the wrapped schemas. */
type ZodLike = {
  _zod: {
    def: {
      type: string
      innerType?: ZodLike
      in?: ZodLike
      out?: ZodLike
      element?: ZodLike
      shape?: Record<string, ZodLike>
    }
    bag?: { format?: string }
  }
  shape?: Record<string, ZodLike>
  format?: string | null
}

/** The kind a field's name says when its zod type is a plain string. */
export function kindOfStringField(name: string): FieldKind {
  const last = name.split(".").pop() ?? name
  if (last === "id" || last.endsWith("_id")) return "id"
  if (last === "handle") return "handle"
  if (last === "email") return "email"
  if (/month/.test(last)) return "month"
  if (/date|best_before|valid_from|valid_to|valid_until|_on$/.test(last)) return "date"
  return "text"
}

/** Unwraps optional, nullable, default and pipes (preprocess and transform) down to the schema that checks. */
function unwrap(schema: ZodLike): { schema: ZodLike; optional: boolean } {
  let current = schema
  let optional = false
  for (let step = 0; step < 20; step++) {
    const def = current._zod.def
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true
    if (["optional", "nullable", "default", "prefault", "readonly", "catch"].includes(def.type) && def.innerType) {
      current = def.innerType
      continue
    }
    if (def.type === "pipe" && def.in && def.out) {
      // preprocess: in is the transform; .transform(): out is.
      current = def.in._zod.def.type === "transform" ? def.out : def.in
      continue
    }
    break
  }
  return { schema: current, optional }
}

/**
 * The fields of a zod object schema, nested objects flattened to dotted names (`certificate.number`)
 * beside the object itself, each with its kind.
 */
export function fieldsOfSchema(schema: unknown, prefix = ""): FieldSpec[] {
  const { schema: object } = unwrap(schema as ZodLike)
  const shape = object._zod.def.shape ?? object.shape
  if (object._zod.def.type !== "object" || !shape) return []
  const fields: FieldSpec[] = []
  for (const [key, child] of Object.entries(shape)) {
    const name = prefix ? `${prefix}.${key}` : key
    const { schema: inner, optional } = unwrap(child)
    const type = inner._zod.def.type
    const required = !optional
    if (type === "object") {
      fields.push({ name, kind: "object", required }, ...fieldsOfSchema(inner, name))
    } else if (type === "record") {
      fields.push({ name, kind: "object", required })
    } else if (type === "array") {
      fields.push({ name, kind: "list", required })
    } else if (type === "enum" || type === "literal") {
      fields.push({ name, kind: "enum", required })
    } else if (type === "boolean") {
      fields.push({ name, kind: "bool", required })
    } else if (type === "number") {
      const format = inner._zod.bag?.format ?? inner.format
      fields.push({ name, kind: format === "safeint" || format === "int32" ? "int" : "number", required })
    } else if (type === "string") {
      const format = inner._zod.bag?.format ?? inner.format
      fields.push({ name, kind: format === "email" ? "email" : kindOfStringField(name), required })
    } else {
      fields.push({ name, kind: "text", required })
    }
  }
  return fields
}
