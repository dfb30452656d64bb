import type { Drawing } from "../pieces"
import { drawBag } from "./bag"
import { drawBottle } from "./bottle"
import { drawCookie } from "./cookie"
import { drawFeltBag } from "./felt-bag"
import { drawFeltRug } from "./felt-rug"
import { drawFeltSlippers } from "./felt-slippers"
import { drawFeltToy } from "./felt-toy"
import { drawHoneycomb } from "./honeycomb"
import { drawJar } from "./jar"
import { drawJerky } from "./jerky"
import { drawYarn } from "./yarn"

/** The kinds of goods the association sells, each drawn as its own illustration. */
export type ProductMotif =
  | "jar"
  | "bottle"
  | "bag"
  | "honeycomb"
  | "jerky"
  | "cookie"
  | "felt-slippers"
  | "felt-toy"
  | "felt-rug"
  | "felt-bag"
  | "yarn"

/** Every product motif, for iterating in tests, previews and the seed command. */
export const productMotifs: readonly ProductMotif[] = [
  "jar",
  "bottle",
  "bag",
  "honeycomb",
  "jerky",
  "cookie",
  "felt-slippers",
  "felt-toy",
  "felt-rug",
  "felt-bag",
  "yarn",
]

/** The drawing of each motif. */
export const motifDrawings: Record<ProductMotif, Drawing> = {
  jar: drawJar,
  bottle: drawBottle,
  bag: drawBag,
  honeycomb: drawHoneycomb,
  jerky: drawJerky,
  cookie: drawCookie,
  "felt-slippers": drawFeltSlippers,
  "felt-toy": drawFeltToy,
  "felt-rug": drawFeltRug,
  "felt-bag": drawFeltBag,
  yarn: drawYarn,
}
