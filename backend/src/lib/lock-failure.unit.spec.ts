import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { isLockFailure } from "./lock-failure"

describe("isLockFailure", () => {
  it("recognises each locking provider's refusal", () => {
    expect(isLockFailure(new Error('Failed to acquire lock for key "cart_01JABC"'))).toBe(true)
    expect(isLockFailure(new Error("Timed-out acquiring lock."))).toBe(true)
    expect(isLockFailure(new Error('"cart_01JABC" is already locked.'))).toBe(true)
    expect(
      isLockFailure(new MedusaError(MedusaError.Types.CONFLICT, 'Failed to acquire lock for key "cart_01JABC"')),
    ).toBe(true)
  })

  it("leaves every other error alone", () => {
    expect(isLockFailure(new Error('"Sea-buckthorn jam" is sold out'))).toBe(false)
    expect(isLockFailure(new MedusaError(MedusaError.Types.CONFLICT, "The cart is already completed"))).toBe(false)
    expect(isLockFailure(undefined)).toBe(false)
    expect(isLockFailure({ message: 42 })).toBe(false)
  })
})
