import { describe, expect, it } from "vitest"
import { placeName } from "./place"

describe("placeName", () => {
  it("names the village and its district in the page's order", () => {
    expect(placeName("en", { village: "Tosor", district: "jeti-oguz" })).toBe("Tosor, Jeti-Oguz district")
    expect(placeName("ja", { village: "トソール村", district: "jeti-oguz" })).toBe("ジェティ・オグズ地区トソール村")
    expect(placeName("ky", { village: "Тосор айылы", district: "jeti-oguz" })).toBe("Жети-Өгүз району, Тосор айылы")
  })

  it("names a town that is its own district once", () => {
    expect(placeName("ru", { village: "г. Каракол", district: "karakol" })).toBe("г. Каракол")
    expect(placeName("ja", { village: "バルクチ市", district: "balykchy" })).toBe("バルクチ市")
  })
})
