import { describe, expect, it } from "vitest"
import { assertRulesSwitched, interleavedOrder, monthsOutOfSeason, rulesOffServerEnv } from "./cart-rules"

describe("interleavedOrder", () => {
  it("alternates which side goes first, so each side runs first in half the rounds", () => {
    expect(interleavedOrder(4)).toEqual([
      ["on", "off"],
      ["off", "on"],
      ["on", "off"],
      ["off", "on"],
    ])
  })
})

describe("rulesOffServerEnv", () => {
  it("keeps the stack backend's environment (database, secrets, heap cap) and moves only the port", () => {
    const backendEnv = {
      DATABASE_URL: "postgres://postgres:x@localhost:5533/ovop",
      JWT_SECRET: "jwt",
      COOKIE_SECRET: "cookie",
      NODE_OPTIONS: "--max-old-space-size=768",
      PORT: "9100",
      MEDUSA_BACKEND_URL: "http://localhost:9100",
    }
    expect(rulesOffServerEnv(backendEnv, 9101)).toEqual({
      ...backendEnv,
      PORT: "9101",
      MEDUSA_BACKEND_URL: "http://localhost:9101",
    })
  })
})

describe("monthsOutOfSeason", () => {
  it("picks the month six months away, read in the association's time zone", () => {
    // 20:00 UTC on 30 November is already 1 December in Bishkek (UTC+6).
    expect(monthsOutOfSeason(new Date("2026-11-30T20:00:00Z"), "Asia/Bishkek")).toEqual([6])
    expect(monthsOutOfSeason(new Date("2026-06-15T12:00:00Z"), "Asia/Bishkek")).toEqual([12])
    expect(monthsOutOfSeason(new Date("2026-07-15T12:00:00Z"), "Asia/Bishkek")).toEqual([1])
  })
})

describe("assertRulesSwitched", () => {
  const refused = {
    status: 400,
    body: `{"type":"not_allowed","code":"out_of_season","params":{"product":"Probe","month":5},"message":"\\"Probe\\" is out of season: back in season in May"}`,
  }
  const accepted = { status: 200, body: `{"cart":{}}` }

  it("accepts a refusal with the rules and an acceptance without them", () => {
    expect(() => assertRulesSwitched(refused, accepted)).not.toThrow()
  })

  it("fails when the copy still applies the rules", () => {
    expect(() => assertRulesSwitched(refused, refused)).toThrow(/without the rules answered 400/)
  })

  it("fails when the stack's backend lets the out-of-season line in, or refuses it for another reason", () => {
    expect(() => assertRulesSwitched(accepted, accepted)).toThrow(/with the rules answered 200/)
    expect(() => assertRulesSwitched({ status: 400, body: "variant not found" }, accepted)).toThrow(/out_of_season/)
  })
})
