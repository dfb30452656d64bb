import { BigNumber } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { copyOfCacheValue } from "./copy"

describe("copyOfCacheValue", () => {
  it("gives a copy that changing does not reach the cached value (a core step rewrites `data`)", () => {
    const cached = { data: [{ id: "reg_japan", currency_code: "jpy" }] }
    const copy = copyOfCacheValue(cached) as { data: unknown }
    copy.data = (copy.data as unknown[])[0]
    expect(cached.data).toEqual([{ id: "reg_japan", currency_code: "jpy" }])
  })

  it("turns Medusa's BigNumbers into numbers, as the Redis provider does", () => {
    const copy = copyOfCacheValue({ inventory_quantity: new BigNumber(7) })
    expect(copy).toEqual({ inventory_quantity: 7 })
  })

  it("refuses values without a JSON form, so they are not cached", () => {
    const cyclic: Record<string, unknown> = { id: "prod_slippers" }
    cyclic.self = cyclic
    expect(copyOfCacheValue(cyclic)).toBeUndefined()
    expect(copyOfCacheValue(undefined)).toBeUndefined()
  })
})
