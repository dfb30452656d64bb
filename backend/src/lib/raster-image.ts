/** The raster image formats the store accepts as uploads, shown inline from `/uploads`. */
export type RasterImageFormat = "webp" | "avif" | "jpeg" | "png" | "gif"

/** The content type each accepted format is served with. */
export const rasterContentTypes: Record<RasterImageFormat, string> = {
  webp: "image/webp",
  avif: "image/avif",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
}

/** The file name extensions each format may carry. */
const extensionsOf: Record<RasterImageFormat, readonly string[]> = {
  webp: [".webp"],
  avif: [".avif"],
  jpeg: [".jpg", ".jpeg"],
  png: [".png"],
  gif: [".gif"],
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/**
 * The raster format a file's first bytes announce (its magic number), or `undefined` for anything
 * else: SVG, HTML, PDF, text, an unknown format. The content decides, never the name or the
 * content type a client declares.
 */
export function detectRasterImage(bytes: Uint8Array): RasterImageFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg"
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png"
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif"
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp"
  // ISO-BMFF: a box size, then "ftyp" and the major brand.
  if (
    startsWith(bytes, ascii("ftyp"), 4) &&
    (startsWith(bytes, ascii("avif"), 8) || startsWith(bytes, ascii("avis"), 8))
  )
    return "avif"
  return undefined
}

/** The accepted format a file name's extension stands for (case-insensitive), or `undefined`. */
export function rasterFormatOfName(name: string): RasterImageFormat | undefined {
  const dot = name.lastIndexOf(".")
  if (dot < 0) return undefined
  const extension = name.slice(dot).toLowerCase()
  return (Object.keys(extensionsOf) as RasterImageFormat[]).find((format) => extensionsOf[format].includes(extension))
}

/** Every extension an accepted upload may carry, for messages. */
export const acceptedImageExtensions = Object.values(extensionsOf).flat()

/**
 * A file name `GET /uploads/:name` can serve: letters, digits, `_`, `.` and `-` only (anything
 * else becomes `-`), never starting with a dot; the extension is kept, in lower case.
 */
export function servableUploadName(name: string): string {
  const dot = name.lastIndexOf(".")
  const extension =
    dot > 0
      ? name
          .slice(dot)
          .toLowerCase()
          .replace(/[^\w.]+/g, "")
      : ""
  const base = (dot > 0 ? name.slice(0, dot) : name)
    .normalize("NFKD")
    // Accents decomposed by NFKD are dropped (é -> e); any other character becomes "-".
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^[.-]+|-+$/g, "")
    .slice(0, 100)
  return `${base || "image"}${extension}`
}
