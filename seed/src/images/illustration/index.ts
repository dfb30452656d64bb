// The catalogue's illustrations: one drawing per product motif and a landscape per producer group, as SVG, rasterised
// to WebP. Layout: `svg.ts` (primitives), `random.ts` (seeded randomness), `colours.ts` (palette), `pieces.ts` (shared
// pieces), `motifs/` (one motif a file), `landscape.ts` (groups), `illustrate.ts` (the documents), `render.ts` (WebP).
export {
  type GroupIllustrationInput,
  groupIllustrationSvg,
  type ProductIllustrationInput,
  productDetailSvg,
  productIllustrationSvg,
} from "./illustrate"
export { type ProductMotif, productMotifs } from "./motifs"
export {
  type RenderedImage,
  renderGroupImage,
  renderProductDetailImage,
  renderProductImage,
  renderWebp,
} from "./render"
export { masterImageWidth } from "./svg"
