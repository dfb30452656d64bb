import fs from "node:fs"
import path from "node:path"
import { type CatalogueGroup, type CatalogueProduct, readCatalogueFile } from "./catalogue"
import { renderGroupImage, renderProductDetailImage, renderProductImage } from "./images/illustration"

/**
 * Renders the catalogue's illustrations (two 1200 px WebP views per product, one per group) into
 * `outDir/products/<handle>.webp` (and the close-up `<handle>-detail.webp`) and
 * `outDir/groups/<handle>.webp`, for the seed to upload.
 * Staff replace them with photographs through the admin.
 */
export async function renderCatalogueImages(outDir: string): Promise<{ products: number; groups: number }> {
  const products = readCatalogueFile<CatalogueProduct[]>("products.json")
  const groups = readCatalogueFile<CatalogueGroup[]>("producer-groups.json")
  fs.mkdirSync(path.join(outDir, "products"), { recursive: true })
  fs.mkdirSync(path.join(outDir, "groups"), { recursive: true })
  for (const product of products) {
    const image = await renderProductImage({ ...product.image, seed: product.handle })
    fs.writeFileSync(path.join(outDir, "products", `${product.handle}.webp`), image.data)
    const detail = await renderProductDetailImage({ ...product.image, seed: product.handle })
    fs.writeFileSync(path.join(outDir, "products", `${product.handle}-detail.webp`), detail.data)
  }
  for (const group of groups) {
    const image = await renderGroupImage({ seed: group.handle })
    fs.writeFileSync(path.join(outDir, "groups", `${group.handle}.webp`), image.data)
  }
  return { products: products.length, groups: groups.length }
}

// `tsx seed/src/render-images.ts <outDir>`: what `npm start` runs before seeding.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const outDir = process.argv[2]
  if (!outDir) throw new Error("usage: render-images.ts <output folder>")
  const counts = await renderCatalogueImages(path.resolve(outDir))
  console.log(`rendered ${counts.products} product and ${counts.groups} group illustrations into ${outDir}`)
}
