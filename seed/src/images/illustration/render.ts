import sharp from "sharp"
import {
  type GroupIllustrationInput,
  groupIllustrationSvg,
  type ProductIllustrationInput,
  productDetailSvg,
  productIllustrationSvg,
} from "./illustrate"
import { masterImageWidth } from "./svg"

/** An encoded raster image with its pixel dimensions. */
export type RenderedImage = { data: Buffer; width: number; height: number }

/** Rasterises an SVG to a WebP of the given width (height follows the aspect ratio). */
export async function renderWebp(svg: string, width: number): Promise<RenderedImage> {
  if (!Number.isInteger(width) || width <= 0)
    throw new Error(`Invalid image width ${width}: expected a positive integer`)
  const source = Buffer.from(svg)
  const intrinsic = await sharp(source).metadata()
  // Rasterise at the target resolution rather than upscaling a small bitmap, which would blur the edges.
  const density = (72 * width) / (intrinsic.width ?? width)
  const { data, info } = await sharp(source, { density })
    .resize({ width })
    .webp({ quality: 78, effort: 4 })
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** Renders a product's master image: a 1200 px square WebP, as uploaded to the backend. */
export function renderProductImage(input: Omit<ProductIllustrationInput, "size">): Promise<RenderedImage> {
  return renderWebp(productIllustrationSvg({ ...input, size: masterImageWidth }), masterImageWidth)
}

/** Renders a product's second view (the drawing close up) at the master image's size. */
export function renderProductDetailImage(input: Omit<ProductIllustrationInput, "size">): Promise<RenderedImage> {
  return renderWebp(productDetailSvg({ ...input, size: masterImageWidth }), masterImageWidth)
}

/** Renders a producer group's master image: a 1200 px square WebP, as uploaded to the backend. */
export function renderGroupImage(input: Omit<GroupIllustrationInput, "size">): Promise<RenderedImage> {
  return renderWebp(groupIllustrationSvg({ ...input, size: masterImageWidth }), masterImageWidth)
}
