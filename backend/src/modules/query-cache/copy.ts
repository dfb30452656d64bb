/**
 * A copy of a cached query result as the Redis provider would hand it back (a JSON round trip:
 * Medusa's BigNumbers become numbers, dates ISO strings), or `undefined` when the value has no
 * JSON form (a cycle, a BigInt), in which case it must not be cached.
 */
export function copyOfCacheValue<T>(value: T): T | undefined {
  try {
    const json = JSON.stringify(value)
    return json === undefined ? undefined : (JSON.parse(json) as T)
  } catch {
    return undefined
  }
}
