import { createHash } from "node:crypto"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import {
  groupIllustrationSvg,
  masterImageWidth,
  type ProductMotif,
  productDetailSvg,
  productIllustrationSvg,
  productMotifs,
  renderGroupImage,
  renderProductImage,
  renderWebp,
} from "."

const palette: [string, string] = ["#f0932b", "#8c3b1e"]
// The storefront's budget for a product's main image at its 400 px size.
const mainImageBudgetBytes = 60 * 1024

describe("productIllustrationSvg", () => {
  it("draws the same SVG for the same input and a different one for another seed", () => {
    for (const motif of productMotifs) {
      const first = productIllustrationSvg({ motif, palette, seed: "apricot-jam-250g" })
      expect(productIllustrationSvg({ motif, palette, seed: "apricot-jam-250g" })).toBe(first)
      expect(productIllustrationSvg({ motif, palette, seed: "sea-buckthorn-jam-250g" })).not.toBe(first)
    }
  })

  it("is a self-contained square SVG with no text, fonts or external images", () => {
    for (const motif of productMotifs) {
      const svg = productIllustrationSvg({ motif, palette, seed: "felt-slippers", size: 600 })
      expect(svg).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="600" viewBox="0 0 1000 1000">/,
      )
      expect(svg).not.toMatch(/<text|<image|font-family|href=|@import/)
    }
  })

  it("defaults to the 1200 px master size", () => {
    expect(productIllustrationSvg({ motif: "jar", palette, seed: "x" })).toContain('width="1200" height="1200"')
  })

  it("accepts short #rgb colours", () => {
    expect(() => productIllustrationSvg({ motif: "yarn", palette: ["#c82", "#6A7F3A"], seed: "x" })).not.toThrow()
  })

  it("rejects an invalid palette colour, naming it", () => {
    for (const bad of ["orange", "#12345", "#ggg", "123456", ""]) {
      expect(() => productIllustrationSvg({ motif: "jar", palette: ["#f0932b", bad], seed: "x" })).toThrow(
        new RegExp(`Invalid palette colour "${bad}"`),
      )
    }
  })

  it("rejects an unknown motif and a size that is not a positive integer", () => {
    expect(() => productIllustrationSvg({ motif: "teapot" as ProductMotif, palette, seed: "x" })).toThrow(/"teapot"/)
    expect(() => productIllustrationSvg({ motif: "toString" as ProductMotif, palette, seed: "x" })).toThrow(
      /"toString"/,
    )
    expect(() => productIllustrationSvg({ motif: "jar", palette, seed: "x", size: 0 })).toThrow(/size 0/)
  })
})

// SHA-256 (first 16 hex digits) of each motif's SVG for one product and of one group's, recorded when the renderer
// was split into modules. The SVG is pure string arithmetic, so any change to the drawings, however small, shows here:
// re-record deliberately when the art is meant to change (the seeded images change with it).
const recordedDigests: Record<ProductMotif | "group", string> = {
  jar: "35104754bac64a59",
  bottle: "cbe70efba9122d5f",
  bag: "4e587822d3d1dd56",
  honeycomb: "4b5b310749df29fa",
  jerky: "fd6081dab88715aa",
  cookie: "3d6454d9cc35afc4",
  "felt-slippers": "479bfa296bcbefb9",
  "felt-toy": "ff419d861e92f631",
  "felt-rug": "fbb325cc80608936",
  "felt-bag": "dc1fa7669ee0d150",
  yarn: "41782b1945dfab20",
  group: "0e54663f69cb78b3",
}

const digest = (svg: string) => createHash("sha256").update(svg).digest("hex").slice(0, 16)

describe("the drawings", () => {
  it("are unchanged: every motif and the group landscape draw the SVG recorded for them", () => {
    const drawn = Object.fromEntries([
      ...productMotifs.map((motif) => [
        motif,
        digest(productIllustrationSvg({ motif, palette, seed: "tosor-apricot-jam" })),
      ]),
      ["group", digest(groupIllustrationSvg({ seed: "tosor-apricot-growers" }))],
    ])
    expect(drawn).toEqual(recordedDigests)
  })
})

describe("groupIllustrationSvg", () => {
  it("is deterministic per seed, varies between seeds and validates its optional palette", () => {
    const first = groupIllustrationSvg({ seed: "tosor-apricot-growers" })
    expect(groupIllustrationSvg({ seed: "tosor-apricot-growers" })).toBe(first)
    expect(groupIllustrationSvg({ seed: "kyzyl-suu-felt-makers" })).not.toBe(first)
    expect(groupIllustrationSvg({ seed: "tosor-apricot-growers", palette })).not.toBe(first)
    expect(() => groupIllustrationSvg({ seed: "x", palette: ["#f0932b", "blue"] })).toThrow(
      /Invalid palette colour "blue"/,
    )
  })
})

describe("renderWebp", () => {
  it("renders every motif to a square WebP of the asked width, within the main-image budget at 400 px", async () => {
    for (const motif of productMotifs) {
      const image = await renderWebp(productIllustrationSvg({ motif, palette, seed: `${motif}-sample` }), 400)
      const metadata = await sharp(image.data).metadata()
      expect(metadata.format).toBe("webp")
      expect([metadata.width, metadata.height, image.width, image.height]).toEqual([400, 400, 400, 400])
      expect(image.data.length, `${motif} is ${image.data.length} bytes`).toBeLessThanOrEqual(mainImageBudgetBytes)
    }
  })

  it("renders sharply above the SVG's own size instead of upscaling", async () => {
    const image = await renderWebp(productIllustrationSvg({ motif: "cookie", palette, seed: "x", size: 200 }), 640)
    expect([image.width, image.height]).toEqual([640, 640])
  })

  it("rejects a width that is not a positive integer", async () => {
    await expect(renderWebp(groupIllustrationSvg({ seed: "x" }), 12.5)).rejects.toThrow(/width 12.5/)
  })
})

describe("master images", () => {
  it("renders product and group master images as 1200 px square WebP", async () => {
    const images = [
      await renderProductImage({ motif: "felt-rug", palette: ["#b2302b", "#2f4a6d"], seed: "shyrdak-rug" }),
      await renderGroupImage({ seed: "kyzyl-suu-felt-makers" }),
    ]
    for (const image of images) {
      const metadata = await sharp(image.data).metadata()
      expect(metadata.format).toBe("webp")
      expect([metadata.width, metadata.height, image.width, image.height]).toEqual(Array(4).fill(masterImageWidth))
    }
  })
})

describe("productDetailSvg", () => {
  it("shows the same drawing close up: the middle of the canvas, the same body", () => {
    const input = { motif: "felt-rug" as const, palette, seed: "shyrdak-rug" }
    const whole = productIllustrationSvg(input)
    const detail = productDetailSvg(input)
    expect(whole).toContain('viewBox="0 0 1000 1000"')
    expect(detail).toContain('viewBox="200 200 600 600"')
    expect(detail.replace(/viewBox="[^"]*"/, "")).toBe(whole.replace(/viewBox="[^"]*"/, ""))
  })

  it("refuses a zoom outside (0, 1]", () => {
    expect(() => productDetailSvg({ motif: "felt-rug", palette, seed: "x", zoom: 0 })).toThrow(/zoom/)
  })
})
