import { type Colours, creamColour, hex, leafDark, shade, tint } from "../colours"
import { leaf } from "../pieces"
import type { Random } from "../random"
import { circle, clipPath, ellipse, group, type IdMaker, path, pathData, rect, stroke } from "../svg"

/** Juice: a bottle with a label carrying a sprig of berries. */
export function drawBottle(random: Random, colours: Colours, ids: IdMaker): string {
  const { main, accent } = colours
  const side = random.sign()
  const cx = 500 - side * 70
  let art = ""

  const shoulder = 400
  const bottom = 820
  const half = 112
  const neck = 42
  const outline = pathData(
    "M",
    cx - neck,
    200,
    "L",
    cx - neck,
    290,
    "C",
    cx - neck,
    340,
    cx - half,
    350,
    cx - half,
    shoulder + 20,
    "L",
    cx - half,
    bottom - 30,
    "Q",
    cx - half,
    bottom,
    cx - half + 30,
    bottom,
    "L",
    cx + half - 30,
    bottom,
    "Q",
    cx + half,
    bottom,
    cx + half,
    bottom - 30,
    "L",
    cx + half,
    shoulder + 20,
    "C",
    cx + half,
    350,
    cx + neck,
    340,
    cx + neck,
    290,
    "L",
    cx + neck,
    200,
    "Z",
  )
  const clip = clipPath(ids, path(outline, "#000"))
  let bottle = path(outline, tint(main, 0.7))
  const liquidTop = random.between(300, 330)
  let liquid = rect(cx - half, liquidTop, half * 2, bottom - liquidTop, hex(main))
  liquid += rect(cx + half * 0.3, liquidTop, half, bottom - liquidTop, shade(main, 0.2), { opacity: 0.5 })
  bottle += group(liquid, undefined, { "clip-path": `url(#${clip})` })
  bottle += rect(cx - half + 18, shoulder + 10, 20, 330, "#fff", { rx: 10, opacity: 0.4 })
  bottle += rect(cx - neck + 10, 215, 12, 80, "#fff", { rx: 6, opacity: 0.4 })

  const labelTop = random.between(520, 560)
  bottle += rect(cx - half, labelTop, half * 2, 170, creamColour)
  bottle += rect(cx - half, labelTop + 14, half * 2, 10, hex(accent))
  bottle += rect(cx - half, labelTop + 146, half * 2, 10, hex(accent))
  // A little sprig of berries on the label: the fruit is the only "word" the label needs.
  const sprigY = labelTop + 85
  bottle += stroke(pathData("M", cx - 50, sprigY + 30, "Q", cx, sprigY - 10, cx + 50, sprigY - 26), leafDark, 5)
  for (const [dx, dy] of [
    [-26, 18],
    [-4, 22],
    [-14, 0],
    [12, 4],
    [30, -10],
  ] as const)
    bottle += circle(cx + dx, sprigY + dy, 13, hex(main), { stroke: shade(main, 0.25), "stroke-width": 3 })
  bottle += leaf(cx + 30, sprigY - 20, 40, -30)
  bottle += rect(cx - neck - 8, 160, (neck + 8) * 2, 56, hex(accent), { rx: 10 })
  bottle += rect(cx - neck - 8, 160, (neck + 8) * 2, 14, tint(accent, 0.25), { rx: 7 })
  art += bottle

  const gx = cx + side * 235
  const glassTop = 610
  const glassBottom = 820
  const glassPath = pathData(
    "M",
    gx - 82,
    glassTop,
    "L",
    gx + 82,
    glassTop,
    "L",
    gx + 66,
    glassBottom,
    "L",
    gx - 66,
    glassBottom,
    "Z",
  )
  art += path(glassPath, tint(main, 0.72))
  const juiceTop = glassTop + random.between(28, 50)
  const glassClip = clipPath(ids, path(glassPath, "#000"))
  art += group(
    rect(gx - 90, juiceTop, 180, glassBottom - juiceTop, hex(main)) +
      rect(gx + 20, juiceTop, 80, glassBottom - juiceTop, shade(main, 0.2), { opacity: 0.5 }),
    undefined,
    { "clip-path": `url(#${glassClip})` },
  )
  art += ellipse(gx, juiceTop, 78 - ((juiceTop - glassTop) / (glassBottom - glassTop)) * 16, 12, tint(main, 0.3))
  art += rect(gx - 60, glassTop + 20, 12, 150, "#fff", { rx: 6, opacity: 0.45 })

  const berries = random.integer(4, 6)
  for (let index = 0; index < berries; index++) {
    const x = cx - side * (150 + index * 30) + random.between(-12, 12)
    const y = 800 + random.between(-20, 20)
    art += circle(x, y, random.between(17, 22), hex(main), { stroke: shade(main, 0.25), "stroke-width": 4 })
    art += circle(x - 6, y - 6, 5, "#fff", { opacity: 0.6 })
  }
  art += leaf(cx - side * 170, 780, 70, side > 0 ? 200 : -20)
  return art
}
