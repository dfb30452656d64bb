import { type Colours, hex, mix, shade, tint, woodColour, woodDark } from "../colours"
import type { Random } from "../random"
import {
  circle,
  ellipse,
  formatNumber,
  group,
  path,
  pathData,
  place,
  polygon,
  rect,
  regularPolygon,
  stroke,
} from "../svg"

/** Honey: a broken-off piece of comb, a wooden dipper and a bee. */
export function drawHoneycomb(random: Random, colours: Colours): string {
  const { main } = colours
  const honey = mix(main, [236, 170, 40], 0.4)
  const wax = mix(honey, [255, 236, 160], 0.55)
  const radius = 40
  const cx = 470
  const cy = 440
  const columnStep = radius * Math.sqrt(3)
  const rowStep = radius * 1.5
  let comb = ""
  // A slightly larger hexagon under every cell merges into the waxy rim around the whole piece.
  let rim = ""
  const bottomCells: [number, number][] = []
  const spreadX = random.between(250, 280)
  const spreadY = random.between(175, 200)
  for (let row = -6; row <= 6; row++) {
    for (let column = -6; column <= 6; column++) {
      const x = cx + column * columnStep + (row % 2 === 0 ? 0 : columnStep / 2)
      const y = cy + row * rowStep
      const distance = ((x - cx) / spreadX) ** 2 + ((y - cy) / spreadY) ** 2
      // Ragged edges: cells near the rim of the oval appear at random, like a broken-off piece of comb.
      if (distance > 1.05 || (distance > 0.85 && random.chance(0.5))) continue
      rim += polygon(regularPolygon(x, y, radius + 9, 6, Math.PI / 6), shade(honey, 0.3))
      comb += polygon(regularPolygon(x, y, radius - 1, 6, Math.PI / 6), shade(honey, 0.22))
      const capped = random.chance(0.45)
      if (capped) {
        comb += polygon(regularPolygon(x, y, radius - 9, 6, Math.PI / 6), hex(wax))
      } else {
        comb += polygon(regularPolygon(x, y, radius - 9, 6, Math.PI / 6), hex(honey))
        comb += ellipse(x - 12, y - 14, 11, 7, tint(honey, 0.6), {
          transform: `rotate(-30 ${formatNumber(x - 12)} ${formatNumber(y - 14)})`,
        })
      }
      bottomCells.push([x, y])
    }
  }
  bottomCells.sort((first, second) => second[1] - first[1])
  let drips = ""
  for (const [x, y] of bottomCells.slice(0, 8)) {
    if (!random.chance(0.45)) continue
    const length = random.between(60, 130)
    drips += path(
      pathData(
        "M",
        x - 30,
        y,
        "Q",
        x - 8,
        y + 20,
        x - 9,
        y + length,
        "A 14 14 0 1 0",
        x + 9,
        y + length,
        "Q",
        x + 8,
        y + 20,
        x + 30,
        y,
        "Z",
      ),
      hex(honey),
    )
  }
  let art = group(drips + rim + comb, `rotate(${formatNumber(random.between(-8, 8))} ${cx} ${cy})`)

  // Wooden dipper lying across the front, its grooved head still coated in honey.
  let dipper = rect(0, -12, 300, 24, woodColour, { rx: 12 })
  dipper += circle(300, 0, 16, woodDark)
  dipper += rect(-8, -18, 20, 36, woodDark, { rx: 6 })
  for (let ridge = 0; ridge < 5; ridge++) {
    const x = -26 - ridge * 24
    const height = 46 - Math.abs(ridge - 2) * 7
    dipper += ellipse(x, 0, 15, height, woodDark)
    dipper += ellipse(x + 3, -2, 11, height - 5, woodColour)
  }
  dipper += path(pathData("M -136 -16 Q -80 -34 -14 -20 L -14 22 Q -80 40 -136 18 Z"), hex(honey), { opacity: 0.75 })
  dipper += path(pathData("M -84 24 Q -82 70 -76 84 A 10 10 0 0 0 -58 80 Q -58 62 -56 28 Z"), hex(honey))
  dipper += rect(-120, -12, 90, 8, "#fff", { rx: 4, opacity: 0.35 })
  art += group(dipper, place(560 + random.between(-30, 30), 780, random.between(-24, -12), 1.25))

  // A bee gives the comb scale and charm.
  const beeX = random.between(700, 820)
  const beeY = random.between(180, 260)
  const bee =
    ellipse(-10, -30, 26, 16, "#fff", { opacity: 0.85, transform: "rotate(-30 -10 -30)" }) +
    ellipse(12, -30, 24, 14, "#fff", { opacity: 0.85, transform: "rotate(20 12 -30)" }) +
    ellipse(0, 0, 40, 28, "#f3c23c") +
    rect(-14, -27, 10, 54, "#3a2a1e") +
    rect(10, -25, 10, 50, "#3a2a1e") +
    circle(38, -4, 14, "#3a2a1e")
  art += stroke(
    pathData("M", beeX - 60, beeY + 40, "C", beeX - 140, beeY + 90, beeX - 200, beeY - 10, beeX - 260, beeY + 50),
    shade(main, 0.15),
    5,
    { "stroke-dasharray": "4 16", opacity: 0.6 },
  )
  art += group(bee, place(beeX, beeY, random.between(-20, 10)))
  return art
}
