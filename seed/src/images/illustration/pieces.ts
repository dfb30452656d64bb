import { type Colours, hex, leafGreen, type Rgb, shade, tint } from "./colours"
import type { Random } from "./random"
import {
  canvas,
  circle,
  ellipse,
  formatNumber,
  group,
  type IdMaker,
  path,
  pathData,
  place,
  polygon,
  rect,
  stroke,
} from "./svg"

/** The background every product stands on: a soft disc, a few dots and a floor shadow. */
export function backdrop(random: Random, colours: Colours): string {
  const cx = 500 + random.between(-50, 50)
  const cy = 470 + random.between(-40, 30)
  let art = rect(0, 0, canvas, canvas, colours.background)
  art += circle(cx, cy, random.between(350, 400), colours.backdrop)
  // A few soft dots around the disc make the flat background feel less empty without competing with the object.
  const dotColour = tint(colours.main, 0.62)
  for (let index = 0; index < 5; index++) {
    const angle = random.between(0, Math.PI * 2)
    const distance = random.between(410, 460)
    const x = cx + Math.cos(angle) * distance
    const y = cy + Math.sin(angle) * distance
    const radius = random.between(8, 18)
    if (x > 40 && x < 960 && y > 40 && y < 960) art += circle(x, y, radius, dotColour)
  }
  art += ellipse(500, 835, 320, 42, colours.shadow, { opacity: 0.55 })
  return art
}

/** The classic kochkor muyuz: a short stem splitting into two horns that curl outwards and back in. */
function ramsHornPath(): string {
  return pathData(
    "M 0 0 L 0 -46",
    "M 0 -46 C 0 -84 44 -100 62 -74 C 76 -52 56 -32 40 -46 C 30 -56 40 -70 50 -62",
    "M 0 -46 C 0 -84 -44 -100 -62 -74 C -76 -52 -56 -32 -40 -46 C -30 -56 -40 -70 -50 -62",
  )
}

/** The horn motif stroked with a light cord under it, as shyrdak pieces are outlined by a stitched cord. */
export function ramsHorn(colour: string, cordColour: string, width: number, transform: string): string {
  const d = ramsHornPath()
  return group(stroke(d, cordColour, width + 8) + stroke(d, colour, width), transform)
}

/** Four horns around a diamond: the central rosette of many shyrdaks and felt bags. */
export function hornRosette(colour: string, cordColour: string, width: number, transform: string): string {
  let art = ""
  for (const angle of [0, 90, 180, 270]) art += ramsHorn(colour, cordColour, width, `rotate(${angle}) translate(0 -14)`)
  const diamond: [number, number][] = [
    [0, -22],
    [22, 0],
    [0, 22],
    [-22, 0],
  ]
  art += polygon(diamond, colour, { stroke: cordColour, "stroke-width": 5, "stroke-linejoin": "round" })
  return group(art, transform)
}

/** A leaf of `length` units from (x, y), turned by `rotation` degrees. */
export function leaf(x: number, y: number, length: number, rotation: number, colour = leafGreen): string {
  const d = pathData("M 0 0 Q", length * 0.5, -length * 0.32, length, 0, "Q", length * 0.5, length * 0.32, 0, 0, "Z")
  return path(d, colour, { transform: place(x, y, rotation) })
}

/** A round fruit (apricot) with its crease and highlight, optionally with a leaf. */
export function roundFruit(
  x: number,
  y: number,
  radius: number,
  colour: Rgb,
  withLeaf: boolean,
  leafAngle: number,
): string {
  let art = circle(x, y, radius, shade(colour, 0.14))
  art += circle(x - radius * 0.08, y - radius * 0.08, radius * 0.9, hex(colour))
  // The crease is what makes a round shape read as an apricot rather than an orange ball.
  art += stroke(
    pathData("M", x - radius * 0.1, y - radius * 0.85, "Q", x + radius * 0.35, y, x - radius * 0.05, y + radius * 0.8),
    shade(colour, 0.18),
    radius * 0.07,
  )
  art += ellipse(x - radius * 0.42, y - radius * 0.38, radius * 0.17, radius * 0.11, tint(colour, 0.55), {
    transform: `rotate(-40 ${formatNumber(x - radius * 0.42)} ${formatNumber(y - radius * 0.38)})`,
  })
  if (withLeaf) art += leaf(x, y - radius * 0.9, radius * 0.8, leafAngle)
  return art
}

/** Draws one product motif on the 1000-unit canvas, above the backdrop. */
export type Drawing = (random: Random, colours: Colours, ids: IdMaker) => string
