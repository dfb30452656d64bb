import { type Colours, creamColour, hex, mix, shade, tint, woodColour } from "../colours"
import { leaf, roundFruit } from "../pieces"
import type { Random } from "../random"
import {
  circle,
  clipPath,
  element,
  ellipse,
  formatNumber,
  group,
  type IdMaker,
  path,
  pathData,
  rect,
  stroke,
} from "../svg"

/** Jam: a labelled jar with a screw lid or a tied cloth cover, and its fruit beside it. */
export function drawJar(random: Random, colours: Colours, ids: IdMaker): string {
  const { main, accent } = colours
  const cx = 500
  const half = 170
  const neck = 138
  const top = 340
  const bottom = 810
  const side = random.sign()
  let art = ""

  // Fruit sits behind the jar on one side and in front on the other, varying by product.
  const fruitColour = mix(main, [255, 205, 120], 0.2)
  art += roundFruit(cx + side * 235, 735, 72, fruitColour, true, -120 + random.between(-20, 20))

  const glassBody = pathData(
    "M",
    cx - neck,
    top,
    "L",
    cx + neck,
    top,
    "C",
    cx + half,
    top,
    cx + half,
    top + 16,
    cx + half,
    top + 56,
    "L",
    cx + half,
    bottom - 44,
    "Q",
    cx + half,
    bottom,
    cx + half - 44,
    bottom,
    "L",
    cx - half + 44,
    bottom,
    "Q",
    cx - half,
    bottom,
    cx - half,
    bottom - 44,
    "L",
    cx - half,
    top + 56,
    "C",
    cx - half,
    top + 16,
    cx - half,
    top,
    cx - neck,
    top,
    "Z",
  )
  const tilt = random.between(-3, 3)
  let jar = path(glassBody, tint(main, 0.55))
  const jamClip = clipPath(ids, path(glassBody, "#000"))
  let jam = rect(cx - half, top + 48, half * 2, bottom - top, shade(main, 0.12))
  jam += rect(cx + half * 0.35, top + 48, half, bottom - top, shade(main, 0.3), { opacity: 0.45 })
  jam += ellipse(cx, top + 50, half, 12, shade(main, 0.02))
  jar += group(jam, undefined, { "clip-path": `url(#${jamClip})` })
  jar += rect(cx - half + 24, top + 90, 24, bottom - top - 170, "#fff", { rx: 12, opacity: 0.4 })
  jar += rect(cx - half + 24, bottom - 60, 24, 24, "#fff", { rx: 12, opacity: 0.4 })

  // Label, with an ornament where a printed name would be.
  const labelTop = random.between(470, 500)
  const labelHeight = random.between(180, 210)
  jar += rect(cx - 132, labelTop, 264, labelHeight, creamColour, { rx: 18 })
  jar += rect(cx - 116, labelTop + 16, 232, labelHeight - 32, "none", {
    rx: 10,
    stroke: hex(accent),
    "stroke-width": 5,
  })
  const iconY = labelTop + labelHeight / 2
  const icon = random.pick(["fruit", "berries", "flower"] as const)
  if (icon === "fruit") jar += roundFruit(cx, iconY + 6, 42, fruitColour, true, -60)
  if (icon === "berries") {
    for (const [dx, dy] of [
      [-24, 10],
      [24, 10],
      [0, -22],
    ] as const)
      jar += circle(cx + dx, iconY + dy + 6, 22, hex(main), { stroke: shade(main, 0.2), "stroke-width": 4 })
    jar += leaf(cx + 6, iconY - 38, 40, -50)
  }
  if (icon === "flower") {
    for (let petal = 0; petal < 6; petal++)
      jar += ellipse(cx, iconY - 26, 14, 26, hex(main), {
        transform: `rotate(${petal * 60} ${cx} ${formatNumber(iconY)})`,
      })
    jar += circle(cx, iconY, 14, hex(accent))
  }

  // Either a screw lid or a cloth cover tied with string, both common on home-made jam.
  if (random.chance(0.5)) {
    jar += rect(cx - 154, top - 76, 308, 86, hex(accent), { rx: 16 })
    jar += rect(cx - 154, top - 76, 308, 22, tint(accent, 0.25), { rx: 11 })
    for (let x = cx - 130; x <= cx + 130; x += 26) jar += rect(x - 3, top - 46, 6, 46, shade(accent, 0.2), { rx: 3 })
  } else {
    const checkSize = random.pick([28, 34, 40])
    const gingham = ids.define((id) =>
      element(
        "pattern",
        { id, width: checkSize, height: checkSize, patternUnits: "userSpaceOnUse" },
        rect(0, 0, checkSize, checkSize, creamColour) +
          rect(0, 0, checkSize / 2, checkSize, hex(accent), { opacity: 0.5 }) +
          rect(0, 0, checkSize, checkSize / 2, hex(accent), { opacity: 0.5 }),
      ),
    )
    let cloth = pathData("M", cx - 150, top - 70, "Q", cx, top - 110, cx + 150, top - 70, "L", cx + 190, top + 40)
    const scallops = 6
    const span = 380 / scallops
    for (let index = 0; index < scallops; index++) {
      const x = cx + 190 - index * span
      cloth += pathData(" Q", x - span / 2, top + 80 + (index % 2) * 10, x - span, top + 40)
    }
    cloth += " Z"
    jar += path(cloth, `url(#${gingham})`)
    jar += path(cloth, "none", { stroke: shade(accent, 0.1), "stroke-width": 4, opacity: 0.5 })
    jar += rect(cx - 158, top - 8, 316, 14, woodColour, { rx: 7 })
    jar += ellipse(cx + 120, top - 4, 26, 12, woodColour, { transform: `rotate(-30 ${cx + 120} ${top})` })
    jar += stroke(pathData("M", cx + 120, top, "q", 14, 40, 34, 58), woodColour, 6)
  }
  art += group(jar, `rotate(${formatNumber(tilt)} ${cx} ${bottom})`)
  art += roundFruit(cx - side * 215, 790, 56, fruitColour, false, 0)
  return art
}
