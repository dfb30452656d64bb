import { Module, Modules } from "@medusajs/framework/utils"
import cachingModule from "@medusajs/medusa/caching"
import { copyOfCacheValue } from "./copy"

type CachingService = typeof cachingModule.service
type SetOptions = Parameters<InstanceType<CachingService>["set"]>[0]
type GetOptions = Parameters<InstanceType<CachingService>["get"]>[0]

/**
 * Medusa's caching module (query cache), keeping its own copy of every value.
 *
 * Why: Medusa 2.21's `useQueryGraphStep` with `isList: false` rewrites the result it got from
 * `query.graph` (`result.data = result.data[0]`). The in-memory provider stored and returned the
 * very object, so a cached result was spoiled: the second `POST /store/carts/:id { region_id }`
 * to the same region read no region and left the cart in its old currency, and a second
 * sign-in's cart hand-over read no customer (500). The Redis provider serializes the value only
 * after an await, which today happens before the rewrite. Copying when the value is handed over
 * and on every read keeps callers apart for both, with Redis's semantics (a JSON round trip).
 */
class CopyingCachingService extends cachingModule.service {
  /** Caches a copy of the value as it is at the call, or nothing when it cannot be copied. */
  override async set(options: SetOptions): Promise<void> {
    const data = copyOfCacheValue(options.data)
    if (data === undefined) return
    return super.set({ ...options, data })
  }

  /** Reads a cached value and hands out a copy, so the caller may change it freely. */
  override async get(options: GetOptions): Promise<unknown> {
    const cached = await super.get(options)
    return cached == null ? cached : copyOfCacheValue(cached)
  }
}

export default Module(Modules.CACHING, {
  service: CopyingCachingService,
  loaders: cachingModule.loaders,
})
