import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  detectRasterImage,
  rasterContentTypes,
  rasterFormatOfName,
  servableUploadName,
} from "../../../lib/raster-image"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

const shown = (name: string) => JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}...` : name)

/**
 * Lets `POST /admin/uploads` store raster images only (WebP, AVIF, JPEG, PNG, GIF), judged by
 * their first bytes, with a name whose extension says the same format: uploads are served from
 * the backend's own origin, the admin's, where an SVG or HTML file could run a script. Runs after
 * Medusa's multipart parser; answers `400` naming the first refused file, and stores the
 * detected content type instead of the one the client declared, under a servable name.
 */
export function acceptRasterImagesOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const files = (req as MedusaRequest & { files?: UploadedFile[] }).files ?? []
  for (const file of files) {
    const format = detectRasterImage(file.buffer)
    if (!format) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${shown(file.originalname)} is not an image the store accepts: upload a WebP, AVIF, JPEG, PNG or GIF (SVG and other files are refused)`,
      )
    }
    if (rasterFormatOfName(file.originalname) !== format) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${shown(file.originalname)} is a ${format.toUpperCase()} image: give it the extension ${format === "jpeg" ? ".jpg" : `.${format}`}`,
      )
    }
    file.mimetype = rasterContentTypes[format]
    // Stored under a name GET /uploads/:name serves (a space or a Cyrillic letter would make it a 404).
    file.originalname = servableUploadName(file.originalname)
  }
  next()
}
