import fs from "node:fs"
import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { rasterContentTypes, rasterFormatOfName } from "../../../lib/raster-image"

/**
 * GET /uploads/:name: a public file uploaded through the local file provider (the embedded
 * default; production stores files in S3 and never reaches this route). Raster images inline,
 * anything else as an attachment, always sandboxed.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const dir = process.env.OVOP_UPLOAD_DIR
  const name = req.params.name ?? ""
  // One plain file name: no folders, no way out of the upload folder.
  if (!dir || !/^[\w.-]+$/.test(name) || name.startsWith(".")) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `no uploaded file named '${name}'`)
  }
  const file = path.join(dir, name)
  const stat = await fs.promises.stat(file).catch(() => undefined)
  if (!stat?.isFile()) throw new MedusaError(MedusaError.Types.NOT_FOUND, `no uploaded file named '${name}'`)
  // Nothing served from here may run on the backend's origin (the admin's): raster images by
  // their extension (uploads are checked by content on the way in), everything else (an SVG or
  // HTML file from before that check) as a download; no sniffing, and a sandbox without scripts.
  const format = rasterFormatOfName(name)
  res.setHeader("Content-Type", format ? rasterContentTypes[format] : "application/octet-stream")
  if (!format) res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  res.setHeader("Content-Length", String(stat.size))
  // Uploaded names carry a unique prefix, so a name never changes content.
  res.setHeader("Cache-Control", "public, max-age=31536000, immutable")
  res.setHeader("X-Content-Type-Options", "nosniff")
  await new Promise<void>((resolve, reject) => {
    fs.createReadStream(file).on("error", reject).on("end", resolve).pipe(res)
  })
}
