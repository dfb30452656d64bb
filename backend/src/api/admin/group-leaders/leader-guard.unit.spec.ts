import { describe, expect, it } from "vitest"
import { leaderRouteOf } from "./leader-guard"

const own = "pgrp_01JTOSOR"
const may = (method: string, path: string) => leaderRouteOf(method, path, own) !== null

describe("what a group leader may call", () => {
  it("lets it read its own group's ledger and statements, and the scoped lists", () => {
    expect(may("GET", `/admin/payouts/groups/${own}/ledger`)).toBe(true)
    expect(may("GET", `/admin/payouts/groups/${own}/statement`)).toBe(true)
    expect(may("GET", `/admin/payouts/batches/pbat_01/groups/${own}/statement`)).toBe(true)
    expect(may("GET", "/admin/payouts/balances")).toBe(true)
    expect(may("GET", "/admin/payouts/batches")).toBe(true)
    expect(may("GET", "/admin/payouts/batches/pbat_01")).toBe(true)
    expect(may("GET", "/admin/users/me")).toBe(true)
    expect(may("GET", "/admin/group-leaders/me")).toBe(true)
  })

  it("reads the path as Express routes it: any letter case, a trailing slash, HEAD as GET, an escaped id decoded", () => {
    expect(may("GET", `/ADMIN/Payouts/groups/${own}/LEDGER`)).toBe(true)
    expect(may("GET", `/admin/payouts/groups/${own}/ledger/`)).toBe(true)
    expect(may("HEAD", `/admin/payouts/groups/${own}/ledger`)).toBe(true)
    expect(may("GET", `/admin/payouts/groups/${own.replace("_", "%5F")}/ledger`)).toBe(true)
  })

  it("refuses another group, however it is spelled", () => {
    for (const group of ["pgrp_01JOTHER", own.toLowerCase(), `${own}%2F..%2Fpgrp_01JOTHER`, "%E0%A4%A", `${own}x`]) {
      expect({ group, allowed: may("GET", `/admin/payouts/groups/${group}/ledger`) }).toEqual({ group, allowed: false })
      expect(may("GET", `/admin/payouts/batches/pbat_01/groups/${group}/statement`)).toBe(false)
    }
  })

  it("refuses every write and everything not listed (deny by default)", () => {
    for (const [method, path] of [
      ["POST", "/admin/payouts/batches"],
      ["POST", "/admin/payouts/batches/pbat_01/approve"],
      ["POST", `/admin/payouts/batches/pbat_01/groups/${own}/pay`],
      ["DELETE", `/admin/payouts/groups/${own}/ledger`],
      ["POST", `/admin/payouts/groups/${own}/ledger`],
      ["GET", "/admin/payouts/batches/pbat_01/bank-file"],
      ["GET", "/admin/payouts/exchange-rates"],
      ["GET", "/admin/payouts/reports"],
      ["GET", "/admin/group-leaders"],
      ["GET", "/admin/orders"],
      ["GET", "/admin/users"],
      ["POST", "/admin/users/me"],
      ["GET", "/admin/stores/store_01"],
      ["GET", `/admin/producer-groups/${own}`],
      ["GET", "/admin/payouts/groups//ledger"],
      ["GET", `/admin/payouts/groups/${own}/ledger//`],
      ["GET", `/admin/payouts/groups/${own}/ledger/extra`],
      ["GET", "/admin"],
      ["GET", "/admin/payouts/batches/summary"],
      ["GET", `/admin/payouts/batches/summary/groups/${own}/statement`],
    ]) {
      expect({ method, path, allowed: may(method as string, path as string) }).toEqual({ method, path, allowed: false })
    }
  })

  it("narrows the store to its id and name", () => {
    expect(leaderRouteOf("GET", "/admin/stores", own)?.fields).toBe("id,name")
  })
})
