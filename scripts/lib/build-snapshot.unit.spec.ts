import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { snapshotBuild } from "./build-snapshot"

describe("snapshotBuild", () => {
  let root: string
  let server: string
  let snapshots: string

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "ovop-snapshot-"))
    server = path.join(root, "server")
    snapshots = path.join(root, "builds")
    fs.mkdirSync(path.join(server, "src"), { recursive: true })
    fs.writeFileSync(path.join(server, "src", "a.js"), "first build")
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it("copies the build once per key and keeps it when the build folder changes", () => {
    const first = snapshotBuild(server, snapshots, "aaaaaaaaaaaaaaaa-first")
    fs.writeFileSync(path.join(server, "src", "a.js"), "second build")
    expect(snapshotBuild(server, snapshots, "aaaaaaaaaaaaaaaa-first")).toBe(first)
    expect(fs.readFileSync(path.join(first, "src", "a.js"), "utf8")).toBe("first build")
    const second = snapshotBuild(server, snapshots, "bbbbbbbbbbbbbbbb-second")
    expect(second).not.toBe(first)
    expect(fs.readFileSync(path.join(second, "src", "a.js"), "utf8")).toBe("second build")
    // The earlier snapshot stays for a stack that may still run from it.
    expect(fs.existsSync(first)).toBe(true)
  })

  it("removes snapshots beyond the newest ones once they are a day old", () => {
    const old = snapshotBuild(server, snapshots, "cccccccccccccccc")
    snapshotBuild(server, snapshots, "dddddddddddddddd")
    const dayAndMore = new Date(Date.now() - 25 * 60 * 60 * 1000)
    fs.utimesSync(old, dayAndMore, dayAndMore)
    snapshotBuild(server, snapshots, "eeeeeeeeeeeeeeee", 2)
    expect(fs.existsSync(old)).toBe(false)
    expect(fs.readdirSync(snapshots).sort()).toEqual(["dddddddddddddddd", "eeeeeeeeeeeeeeee"])
  })
})
