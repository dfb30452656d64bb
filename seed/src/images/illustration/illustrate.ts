import { deriveColours, validatedPalette } from "./colours"
import { drawLandscape } from "./landscape"
import { motifDrawings, type ProductMotif, productMotifs } from "./motifs"
import { backdrop } from "./pieces"
import { Random } from "./random"
import { checkedSize, IdMaker, svgDocument } from "./svg"

/** What to draw for a product: its motif, two `#rgb`/`#rrggbb` colours (main, accent) and its handle as seed. */
export type ProductIllustrationInput = {
  motif: ProductMotif
  palette: [string, string]
  seed: string
  size?: number
}

/** What to draw for a producer group: its handle as seed and optionally two colours (fruit/door, roof/trim). */
export type GroupIllustrationInput = {
  seed: string
  palette?: [string, string]
  size?: number
}

const defaultGroupPalette: [string, string] = ["#f29a38", "#3c6ea5"]

/** Returns a self-contained square SVG illustrating a product of the given motif, varied by `seed`. */
export function productIllustrationSvg(input: ProductIllustrationInput): string {
  // An own-property check, so a motif like "toString" from untyped catalogue data is rejected rather than called.
  const draw = Object.hasOwn(motifDrawings, input.motif) ? motifDrawings[input.motif] : undefined
  if (!draw)
    throw new Error(`Unknown product motif "${String(input.motif)}": expected one of ${productMotifs.join(", ")}`)
  const size = checkedSize(input.size)
  const colours = deriveColours(input.palette)
  // The motif joins the seed so one handle used for two motifs does not share every random choice.
  const random = new Random(`${input.motif}|${input.seed}`)
  const ids = new IdMaker(random.next())
  const body = backdrop(random, colours) + draw(random, colours, ids)
  return svgDocument(size, ids.definitions(), body)
}

/**
 * Returns the product's second view: the same drawing seen close up (the middle `zoom` share of
 * the square, 0.6 by default), for the product page's gallery.
 */
export function productDetailSvg(input: ProductIllustrationInput & { zoom?: number }): string {
  const zoom = input.zoom ?? 0.6
  if (!(zoom > 0 && zoom <= 1)) throw new Error(`Invalid zoom ${zoom}: expected a share between 0 and 1`)
  return productIllustrationSvg(input).replace(/viewBox="0 0 (\d+(?:\.\d+)?) \1"/, (_, side: string) => {
    const crop = Number(side) * zoom
    const offset = (Number(side) - crop) / 2
    return `viewBox="${offset} ${offset} ${crop} ${crop}"`
  })
}

/** Returns a self-contained square SVG of a producer group's landscape: Tian Shan, the lake, a house or yurt, apricot trees. */
export function groupIllustrationSvg(input: GroupIllustrationInput): string {
  const size = checkedSize(input.size)
  const [fruitColour, trimColour] = validatedPalette(input.palette ?? defaultGroupPalette)
  const random = new Random(`group|${input.seed}`)
  const ids = new IdMaker(random.next())
  const body = drawLandscape(random, fruitColour, trimColour, ids)
  return svgDocument(size, ids.definitions(), body)
}
