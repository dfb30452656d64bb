import { type Colours, creamColour, hex } from "../colours"
import { hornRosette, ramsHorn } from "../pieces"
import type { Random } from "../random"
import { circle, group, place, rect } from "../svg"

/** A shyrdak: a felt rug of counterchanged cells with ram's horn ornaments. */
export function drawFeltRug(random: Random, colours: Colours): string {
  const main = hex(colours.main)
  const accent = hex(colours.accent)
  const cord = creamColour
  const columns = random.pick([2, 3])
  const rows = 2
  const width = 640
  const height = 520
  const border = 52
  const cellWidth = (width - border * 2) / columns
  const cellHeight = (height - border * 2) / rows
  let rug = rect(-width / 2 - 6, -height / 2 - 6, width + 12, height + 12, cord, { rx: 14 })
  rug += rect(-width / 2, -height / 2, width, height, accent, { rx: 10 })

  // Counterchanged field cells: each cell swaps figure and ground, as in a shyrdak cut from two stacked felts.
  const hornWidth = 14
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = -width / 2 + border + column * cellWidth
      const y = -height / 2 + border + row * cellHeight
      const swapped = (row + column) % 2 === 1
      rug += rect(x, y, cellWidth, cellHeight, swapped ? accent : main, { stroke: cord, "stroke-width": 6 })
      const scale = Math.min(cellWidth, cellHeight) / 290
      rug += hornRosette(
        swapped ? main : accent,
        cord,
        hornWidth,
        place(x + cellWidth / 2, y + cellHeight / 2, 0, scale),
      )
    }
  }
  const step = random.pick([70, 80])
  const hornScale = 0.36
  for (let x = -width / 2 + border; x <= width / 2 - border + 1; x += step) {
    rug += ramsHorn(main, cord, 16, place(x, -height / 2 + border / 2 + 14, 0, hornScale))
    rug += ramsHorn(main, cord, 16, place(x, height / 2 - border / 2 - 14, 180, hornScale))
  }
  for (let y = -height / 2 + border + step / 2; y <= height / 2 - border - step / 2 + 1; y += step) {
    rug += ramsHorn(main, cord, 16, place(-width / 2 + border / 2 + 14, y, -90, hornScale))
    rug += ramsHorn(main, cord, 16, place(width / 2 - border / 2 - 14, y, 90, hornScale))
  }
  for (const [x, y] of [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ] as const) {
    rug += circle((x * width) / 2, (y * height) / 2, 16, main, { stroke: cord, "stroke-width": 5 })
  }
  const shadow = rect(-width / 2, -height / 2 + 18, width, height, colours.shadow, { rx: 14, opacity: 0.8 })
  return group(shadow + rug, place(500, 500, random.between(-5, 5)))
}
