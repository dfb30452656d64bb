import path from "node:path"
import { describe, expect, it } from "vitest"
import { embeddedDatabaseUrl, resolveStackConfig } from "./config"

describe("resolveStackConfig", () => {
  it("uses local-only defaults when nothing is set", () => {
    const config = resolveStackConfig({}, "/repo")
    expect(config.dataDir).toBe(path.resolve("/repo/.data"))
    expect(config.backendPort).toBe(9000)
    expect(config.storefrontPort).toBe(4321)
    expect(config.adminEmail).toBe("admin@ovop.local")
    expect(config.externalDatabaseUrl).toBeUndefined()
    expect(embeddedDatabaseUrl(config)).toBe("postgres://postgres:ovop-local-only@localhost:5433/ovop")
  })

  it("takes ports, email and an external database from the environment", () => {
    const config = resolveStackConfig(
      { PORT: "9100", STOREFRONT_PORT: "4400", ADMIN_EMAIL: "staff@ovop.kg", DATABASE_URL: "postgres://db/ovop" },
      "/repo",
    )
    expect(config.backendPort).toBe(9100)
    expect(config.storefrontPort).toBe(4400)
    expect(config.adminEmail).toBe("staff@ovop.kg")
    expect(config.externalDatabaseUrl).toBe("postgres://db/ovop")
  })

  it("rejects a port that is not a number, naming the variable", () => {
    expect(() => resolveStackConfig({ PORT: "nine" }, "/repo")).toThrow(/PORT=nine/)
    expect(() => resolveStackConfig({ OVOP_PG_PORT: "70000" }, "/repo")).toThrow(/OVOP_PG_PORT/)
  })

  it("caps the backend heap at 768 MB unless told otherwise, and refuses a cap too small to run", () => {
    expect(resolveStackConfig({}, "/repo").backendHeapMb).toBe(768)
    expect(resolveStackConfig({ OVOP_BACKEND_HEAP_MB: "1024" }, "/repo").backendHeapMb).toBe(1024)
    expect(() => resolveStackConfig({ OVOP_BACKEND_HEAP_MB: "64" }, "/repo")).toThrow(/OVOP_BACKEND_HEAP_MB=64/)
  })
})
