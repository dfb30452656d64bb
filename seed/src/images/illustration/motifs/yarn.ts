import { type Colours, creamColour, hex, mix, type Rgb, shade, tint, white } from "../colours"
import type { Random } from "../random"
import { circle, clipPath, ellipse, formatNumber, group, type IdMaker, pathData, place, rect, stroke } from "../svg"

function skein(colour: Rgb, length: number): string {
  // A hank is twisted on itself, so it is drawn as a rope of tilted lobes, each with its strands.
  const lobes = Math.round(length / 62)
  const spacing = length / lobes
  const lobe = (x: number, fill: string, strands: string, dy = 0): string => {
    let art = ellipse(x, dy, 74, spacing * 0.62, fill, { transform: `rotate(-55 ${formatNumber(x)} ${dy})` })
    for (const scale of [0.62])
      art += ellipse(x, dy, 74 * scale + 10, spacing * 0.62 * scale, "none", {
        stroke: strands,
        "stroke-width": 4,
        transform: `rotate(-55 ${formatNumber(x)} ${dy})`,
      })
    return art
  }
  let back = ""
  let front = ""
  for (let index = 0; index < lobes; index++) {
    const x = -length / 2 + spacing * (index + 0.5)
    back += ellipse(x, 8, 74, spacing * 0.62, shade(colour, 0.3), { transform: `rotate(-55 ${formatNumber(x)} 8)` })
    front += lobe(x, hex(colour), shade(colour, 0.2))
  }
  const loops =
    ellipse(-length / 2 - 6, 0, 34, 44, "none", { stroke: hex(colour), "stroke-width": 14 }) +
    ellipse(length / 2 + 6, 0, 34, 44, "none", { stroke: hex(colour), "stroke-width": 14 })
  const band = rect(-34, -70, 68, 140, creamColour, { rx: 8 }) + rect(-34, -44, 68, 10, hex(colour), { opacity: 0.55 })
  return loops + back + front + band
}

function yarnBall(colour: Rgb, ids: IdMaker, random: Random): string {
  const radius = 118
  const clip = clipPath(ids, circle(0, 0, radius, "#000"))
  let wraps = circle(0, 0, radius, hex(colour))
  const start = random.between(0, 180)
  for (let band = 0; band < 2; band++) {
    const angle = start + band * 75
    for (let line = -3; line <= 3; line++) {
      wraps += ellipse(0, line * 30, radius * 1.2, 24, "none", {
        stroke: band ? shade(colour, 0.22) : tint(colour, 0.2),
        "stroke-width": 7,
        transform: `rotate(${formatNumber(angle)})`,
      })
    }
  }
  let art = circle(0, 10, radius, shade(colour, 0.3))
  art += group(wraps, undefined, { "clip-path": `url(#${clip})` })
  art += circle(0, 0, radius, "none", { stroke: shade(colour, 0.15), "stroke-width": 4 })
  art += stroke(pathData("M", -radius * 0.6, radius * 0.8, "C -200 170 -260 60 -330 130"), hex(colour), 7)
  return art
}

/** Wool yarn: two twisted hanks and a ball. */
export function drawYarn(random: Random, colours: Colours, ids: IdMaker): string {
  const { main, accent } = colours
  const shades: Rgb[] = [main, accent, mix(main, accent, 0.5), mix(main, white, 0.45)]
  const first = random.integer(0, shades.length - 1)
  const colourAt = (offset: number): Rgb => shades[(first + offset) % shades.length] ?? main
  let art = ""
  art += group(skein(colourAt(0), 440), place(450, 440 + random.between(-20, 10), random.between(-12, -4)))
  art += group(skein(colourAt(1), 470), place(430, 610 + random.between(-10, 10), random.between(2, 8)))
  art += group(yarnBall(colourAt(2), ids, random), place(690 + random.between(-20, 20), 710, random.between(-20, 20)))
  return art
}
