import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { withBuildLock } from "./build-lock"

const lockIn = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ovop-lock-")), ".build-lock")

describe("withBuildLock", () => {
  it("runs the work and releases the lock", async () => {
    const lock = lockIn()
    expect(await withBuildLock(lock, async () => fs.existsSync(lock))).toBe(true)
    expect(fs.existsSync(lock)).toBe(false)
  })

  it("releases the lock when the work fails", async () => {
    const lock = lockIn()
    await expect(withBuildLock(lock, async () => Promise.reject(new Error("build failed")))).rejects.toThrow(
      "build failed",
    )
    expect(fs.existsSync(lock)).toBe(false)
  })

  it("breaks a lock left behind by a process that died", async () => {
    const lock = lockIn()
    fs.mkdirSync(lock)
    // No process runs with the largest pid Linux allows.
    fs.writeFileSync(path.join(lock, "owner"), "4194304")
    expect(await withBuildLock(lock, async () => "built")).toBe("built")
  })

  it("lets one holder work at a time", async () => {
    const lock = lockIn()
    const order: string[] = []
    const slow = withBuildLock(lock, async () => {
      order.push("first starts")
      await new Promise((resolve) => setTimeout(resolve, 300))
      order.push("first ends")
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = withBuildLock(lock, async () => {
      order.push("second runs")
    })
    await Promise.all([slow, second])
    expect(order).toEqual(["first starts", "first ends", "second runs"])
  })
})
