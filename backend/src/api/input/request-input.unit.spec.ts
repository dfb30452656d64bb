import { describe, expect, it } from "vitest"
import { asInputError } from "./input-errors"
import {
  checkPaging,
  checkPath,
  checkRequestInput,
  checkValues,
  MAX_INPUT_DEPTH,
  problemMessage,
} from "./request-input"

describe("checkPath", () => {
  it("passes ordinary and encoded unicode paths", () => {
    expect(checkPath("/store/producer-groups/tosor-apricot-women")).toBeUndefined()
    expect(checkPath(`/store/producer-groups/${encodeURIComponent("мед-🍯")}`)).toBeUndefined()
  })

  it("names the path for a malformed percent-escape", () => {
    expect(checkPath("/store/producer-groups/%E0%A4%A")?.field).toBe("path")
    expect(checkPath("/store/producer-groups/100%")?.problem).toContain("not valid percent-encoding")
  })

  it("refuses an encoded NUL or other control character", () => {
    expect(checkPath("/store/carts/cart_1%00")).toEqual({
      field: "path",
      problem: "control characters (U+0000) are not allowed in a path",
    })
    expect(checkPath("/admin/producer-groups/%1B")?.problem).toContain("U+001B")
  })
})

describe("checkValues", () => {
  it("names the body field holding a NUL, however deep", () => {
    expect(checkValues({ email: "a\u0000@example.kg" }, "body")?.field).toBe("body.email")
    expect(checkValues({ items: [{ metadata: { note: "x\u0000" } }] }, "body")?.field).toBe(
      "body.items[0].metadata.note",
    )
  })

  it("keeps tab and line breaks in a body but refuses them in a query", () => {
    expect(checkValues({ story: "Line one\r\n\tLine two" }, "body")).toBeUndefined()
    expect(checkValues({ q: "a\tb" }, "query")?.field).toBe("query.q")
  })

  it("refuses control characters in field names", () => {
    expect(checkValues({ "e\u0000mail": "x" }, "body")?.problem).toContain("field name")
  })

  it("refuses nesting deeper than the limit without exhausting the stack", () => {
    let deep: unknown = "x"
    for (let level = 0; level < 100_000; level++) deep = [deep]
    expect(checkValues(deep, "body")?.problem).toContain(`${MAX_INPUT_DEPTH} levels`)
  })

  it("passes unicode, right-to-left text and emoji", () => {
    expect(checkValues({ name: "مربى المشمش", story: "\u202Eabc 🍑" }, "body")).toBeUndefined()
  })
})

describe("checkPaging", () => {
  it("takes whole numbers within the cap", () => {
    expect(checkPaging({ limit: "50", offset: "100" }, "store")).toBeUndefined()
    expect(checkPaging({ limit: "9999" }, "admin")).toBeUndefined()
  })

  it.each([["-1"], ["1.5"], ["abc"], ["1e3"], [""], ["1001"]])("refuses limit=%s on the store", (limit) => {
    expect(checkPaging({ limit }, "store")?.field).toBe("query.limit")
  })

  it("refuses a negative or fractional offset and a repeated limit", () => {
    expect(checkPaging({ offset: "-5" }, "store")?.field).toBe("query.offset")
    expect(checkPaging({ offset: "0.5" }, "admin")?.field).toBe("query.offset")
    expect(checkPaging({ limit: ["1", "2"] }, "store")?.field).toBe("query.limit")
  })
})

describe("checkRequestInput", () => {
  it("answers the first problem as a message naming the field", () => {
    const problem = checkRequestInput({
      rawPath: "/store/back-in-stock-requests",
      query: {},
      body: { email: "aigul\u0000@example.kg" },
      namespace: "store",
    })
    expect(problem && problemMessage(problem)).toBe("body.email: control characters (U+0000) are not allowed")
  })
})

describe("asInputError", () => {
  it("turns Express's failed parameter decoding into a 400 naming the path", () => {
    const uriError = Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400 })
    const answer = asInputError(uriError) as Error & { type?: string }
    expect(answer.type).toBe("invalid_data")
    expect(answer.message).toMatch(/^path: /)
  })

  it("turns a PostgreSQL data exception into a 400 and leaves other errors alone", () => {
    const refused = Object.assign(new Error("invalid byte sequence for encoding UTF8: 0x00"), { code: "22021" })
    expect((asInputError(refused) as Error & { type?: string }).type).toBe("invalid_data")
    const lost = Object.assign(new Error("connection lost"), { code: "08006" })
    expect(asInputError(lost)).toBe(lost)
  })

  it("names the body when it is not JSON", () => {
    const parse = Object.assign(new SyntaxError("Unexpected end of JSON input"), { type: "entity.parse.failed" })
    expect(asInputError(parse).message).toBe("body: not valid JSON (Unexpected end of JSON input)")
  })
})
