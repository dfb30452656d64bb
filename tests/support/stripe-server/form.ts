/** A decoded form body: strings, nested objects and arrays, as Stripe's API reads them. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

/**
 * Decodes an `application/x-www-form-urlencoded` body the way Stripe's API does, from the bracket
 * notation the stripe SDK writes: `metadata[session_id]=x`, `expand[0]=payment_method`,
 * `automatic_payment_methods[enabled]=true`. Numeric keys make arrays.
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
      const last = index === path.length - 1
      const nextIsIndex = !last && /^\d*$/.test(path[index + 1] ?? "")
      const container = node as Record<string, FormValue> & FormValue[]
      // `a[]=1&a[]=2` appends; `a[0]=1` places.
      const slot: string | number =
        Array.isArray(node) && key === "" ? node.length : Array.isArray(node) ? Number(key) : key
      if (last) {
        container[slot as never] = value as never
        return
      }
      if (container[slot as never] === undefined) container[slot as never] = (nextIsIndex ? [] : {}) as never
      node = container[slot as never] as FormObject | FormValue[]
    })
  }
  return root
}
