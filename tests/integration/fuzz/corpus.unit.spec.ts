import path from "node:path"
import { describe, expect, it } from "vitest"
import { AdminCreateProducerGroup } from "../../../backend/src/api/admin/producer-groups/validators"
import { StoreCreateBackInStockRequest } from "../../../backend/src/api/store/back-in-stock-requests/validators"
import { StoreGetHarvestParams } from "../../../backend/src/api/store/harvest/validators"
import { backendDir } from "../setup/paths"
import { bodyValues, corpusPlan, ESSENTIAL_LABELS, malformedBodies, pathValues, queryValues } from "./corpus"
import { fieldsOfSchema, kindOfStringField } from "./fields"
import { exportedMethods, projectRoutes, routePathOf } from "./route-files"
import { routeKey, routeTable } from "./route-table"

describe("fieldsOfSchema", () => {
  it("reads each field's kind and whether it is required off a zod validator", () => {
    expect(fieldsOfSchema(StoreCreateBackInStockRequest)).toEqual([
      { name: "variant_id", kind: "id", required: true },
      { name: "email", kind: "email", required: true },
      { name: "locale", kind: "enum", required: true },
    ])
  })

  it("flattens nested objects and sees through optional, nullable, defaults and preprocess", () => {
    const fields = fieldsOfSchema(AdminCreateProducerGroup)
    const byName = Object.fromEntries(fields.map((field) => [field.name, field]))
    expect(byName.handle).toEqual({ name: "handle", kind: "handle", required: false })
    expect(byName.member_count).toEqual({ name: "member_count", kind: "int", required: true })
    expect(byName.commission_rate?.kind).toBe("number")
    expect(byName.certificate?.kind).toBe("object")
    expect(byName["certificate.valid_to"]).toEqual({ name: "certificate.valid_to", kind: "date", required: true })
    expect(byName.translations?.kind).toBe("object")
    expect(fieldsOfSchema(StoreGetHarvestParams)).toEqual([{ name: "variant_id", kind: "list", required: true }])
  })

  it("names string kinds by the field's name", () => {
    expect(kindOfStringField("payout_details.phone")).toBe("text")
    expect(kindOfStringField("lot_id")).toBe("id")
    expect(kindOfStringField("expected_shipping_month")).toBe("month")
    expect(kindOfStringField("best_before")).toBe("date")
  })
})

describe("the corpus", () => {
  it("has, for every kind, a NUL, a huge value, the wrong type, unicode, right-to-left text and emoji", () => {
    for (const kind of ["id", "handle", "email", "text", "int", "number", "enum", "date", "object"] as const) {
      const labels = bodyValues({ name: "field", kind, required: true }).map((value) => value.label)
      expect(labels).toEqual(
        expect.arrayContaining([
          "NUL byte",
          "100 KB string",
          "object",
          "right-to-left text",
          "emoji",
          "negative number",
        ]),
      )
    }
  })

  it("marks what every route must refuse: NUL always, unicode only where the field has a shape", () => {
    const refused = (kind: "text" | "handle" | "int", label: string) =>
      bodyValues({ name: "field", kind, required: false }).find((value) => value.label === label)?.refused
    expect(refused("text", "NUL byte")).toBe(true)
    expect(refused("text", "right-to-left text")).toBe(false)
    expect(refused("handle", "right-to-left text")).toBe(true)
    expect(refused("int", "fractional number")).toBe(true)
    expect(refused("text", "empty string")).toBe(false)
    expect(refused("handle", "number as string")).toBe(false)
  })

  it("makes a 100 KB string and a body past the size limit", () => {
    const huge = bodyValues({ name: "note", kind: "text", required: false }).find(
      (value) => value.label === "100 KB string",
    )
    expect(String(huge?.value).length).toBe(100_000)
    expect(malformedBodies().find((body) => body.label === "body over the size limit")?.body.length).toBeGreaterThan(
      102_400,
    )
  })

  it("encodes query and path values as they go on the wire, malformed escapes included", () => {
    const query = queryValues({ name: "q", kind: "text", required: false })
    expect(query.find((value) => value.label === "NUL byte")?.query).toBe("q=a%00b")
    expect(query.find((value) => value.label === "object")?.query).toBe("q[%24ne]=x")
    expect(pathValues().map((value) => value.segment)).toEqual(expect.arrayContaining(["%E0%A4%A", "abc%00def"]))
  })

  it("gives the first field of each kind the whole corpus and the others the essentials", () => {
    const plan = corpusPlan([
      { name: "name", kind: "text", required: true },
      { name: "village", kind: "text", required: true },
      { name: "member_count", kind: "int", required: true },
    ])
    expect(plan.map((entry) => entry.full)).toEqual([true, false, true])
    expect(ESSENTIAL_LABELS.has("NUL byte")).toBe(true)
  })
})

describe("route discovery", () => {
  it("reads the methods a route file exports", () => {
    expect(
      exportedMethods(
        "export async function GET() {}\nexport const POST = async () => {}\nexport function helper() {}",
      ),
    ).toEqual(["GET", "POST"])
  })

  it("turns a route file's folder into its URL", () => {
    const api = path.join(backendDir, "src", "api")
    expect(routePathOf(api, path.join(api, "admin", "harvest-lots", "[id]", "transition", "route.ts"))).toBe(
      "/admin/harvest-lots/:id/transition",
    )
  })

  it("finds every route file of the project, and the fuzz table has a line for each", () => {
    const routes = projectRoutes(path.join(backendDir, "src", "api"))
    expect(routes.map((route) => routeKey(route.method, route.path))).toEqual(
      expect.arrayContaining([
        "POST /store/carts/:id/preorders",
        "GET /store/producer-groups/:handle",
        "GET /uploads/:name",
      ]),
    )
    expect(routes.filter((route) => !routeTable[routeKey(route.method, route.path)])).toEqual([])
  })
})
