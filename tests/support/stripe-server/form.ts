/** A decoded form body: strings, nested objects and arrays, as Stripe's API reads them. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

/** A body Stripe's API would refuse with a 400: its message names the parameter. */
export class FormDecodeError extends Error {}

/** Keys that would reach an object's prototype instead of the object. */
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"])
/** The highest array index accepted (`expand[0]`, `items[3]`); Stripe's own lists are short. */
const maxArrayIndex = 1000

/**
 * Decodes an `application/x-www-form-urlencoded` body the way Stripe's API does, from the bracket
 * notation the stripe SDK writes: `metadata[session_id]=x`, `expand[0]=payment_method`,
 * `automatic_payment_methods[enabled]=true`. Numeric keys make arrays. Throws `FormDecodeError`
 * for a parameter that is both a value and a container, a prototype key or a huge array index.
 */
export function decodeStripeForm(body: string): FormObject {
  const root: FormObject = {}
  for (const [name, value] of new URLSearchParams(body)) {
    const first = name.indexOf("[")
    const path =
      first === -1
        ? [name]
        : [name.slice(0, first), ...[...name.slice(first).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? "")]
    let node: FormObject | FormValue[] = root
    path.forEach((key, index) => {
      if (forbiddenKeys.has(key)) throw new FormDecodeError(`Invalid parameter: ${name}`)
      const last = index === path.length - 1
      const nextIsIndex = !last && /^\d*$/.test(path[index + 1] ?? "")
      const container = node as Record<string, FormValue> & FormValue[]
      // `a[]=1&a[]=2` appends; `a[0]=1` places.
      const slot: string | number =
        Array.isArray(node) && key === "" ? node.length : Array.isArray(node) ? Number(key) : key
      if (typeof slot === "number" && !(Number.isInteger(slot) && slot <= maxArrayIndex))
        throw new FormDecodeError(`Invalid array index in ${name}`)
      if (last) {
        container[slot as never] = value as never
        return
      }
      if (container[slot as never] === undefined) container[slot as never] = (nextIsIndex ? [] : {}) as never
      node = container[slot as never] as FormObject | FormValue[]
      if (typeof node !== "object") throw new FormDecodeError(`Invalid parameter: ${name} is both a value and a hash`)
    })
  }
  return root
}
