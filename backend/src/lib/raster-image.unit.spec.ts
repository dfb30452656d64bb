import { describe, expect, it } from "vitest"
import { detectRasterImage, rasterFormatOfName, servableUploadName } from "./raster-image"

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))))

describe("detectRasterImage", () => {
  it.each([
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0], "\0\x10JFIF")],
    ["png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "\0\0\0\rIHDR")],
    ["gif", bytes("GIF89a", [1, 0, 1, 0])],
    ["gif", bytes("GIF87a", [1, 0, 1, 0])],
    ["webp", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ")],
    ["avif", bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "mif1miaf")],
    ["avif", bytes([0, 0, 0, 0x20], "ftypavis")],
  ])("recognises %s by its first bytes", (format, content) => {
    expect(detectRasterImage(content)).toBe(format)
  })

  it.each([
    ["an SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["an SVG behind an XML prolog", bytes('<?xml version="1.0"?><svg/>')],
    ["HTML", bytes("<!doctype html><script>alert(1)</script>")],
    ["a PDF", bytes("%PDF-1.7\n")],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["an MP4 (ftyp, another brand)", bytes([0, 0, 0, 0x18], "ftypisom")],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e])],
    ["nothing", bytes()],
  ])("refuses %s", (_label, content) => {
    expect(detectRasterImage(content)).toBeUndefined()
  })
})

describe("rasterFormatOfName", () => {
  it("reads the extension case-insensitively", () => {
    expect(rasterFormatOfName("Karakol apricots.JPG")).toBe("jpeg")
    expect(rasterFormatOfName("jam.jpeg")).toBe("jpeg")
    expect(rasterFormatOfName("honey.webp")).toBe("webp")
    expect(rasterFormatOfName("felt.avif")).toBe("avif")
  })

  it("knows no other extension", () => {
    expect(rasterFormatOfName("logo.svg")).toBeUndefined()
    expect(rasterFormatOfName("page.html")).toBeUndefined()
    expect(rasterFormatOfName("png")).toBeUndefined()
    expect(rasterFormatOfName("photo.png.svg")).toBeUndefined()
  })
})

describe("servableUploadName", () => {
  it.each([
    ["Karakol apricots.JPG", "Karakol-apricots.jpg"],
    ["sea-buckthorn_1.webp", "sea-buckthorn_1.webp"],
    ["Абрикосы.png", "image.png"],
    ["Crème brûlée.gif", "Creme-brulee.gif"],
    ["..hidden.png", "hidden.png"],
    ["a/b\\c.png", "a-b-c.png"],
  ])("turns %j into %j", (name, servable) => {
    expect(servableUploadName(name)).toBe(servable)
    expect(servableUploadName(name)).toMatch(/^[\w-][\w.-]*$/)
  })
})
