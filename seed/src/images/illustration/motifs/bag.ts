import { type Colours, hex, type Rgb, shade, tint } from "../colours"
import { hornRosette } from "../pieces"
import type { Random } from "../random"
import {
  type Attributes,
  circle,
  clipPath,
  ellipse,
  group,
  type IdMaker,
  path,
  pathData,
  place,
  rect,
  stroke,
} from "../svg"

function dryFruitPiece(x: number, y: number, size: number, rotation: number, colour: Rgb, ring: boolean): string {
  // Rings stand for apple and pear; halves, a wrinkled oval with a pit hollow, for apricots.
  if (ring) {
    return group(
      ellipse(0, 0, size, size * 0.85, tint(colour, 0.35), {
        stroke: shade(colour, 0.2),
        "stroke-width": size * 0.14,
      }) + ellipse(0, 0, size * 0.3, size * 0.25, shade(colour, 0.35)),
      place(x, y, rotation),
    )
  }
  return group(
    ellipse(0, 0, size, size * 0.78, shade(colour, 0.1)) +
      ellipse(-size * 0.08, -size * 0.08, size * 0.86, size * 0.64, hex(colour)) +
      stroke(
        pathData("M", -size * 0.5, size * 0.1, "Q", 0, size * 0.35, size * 0.5, 0),
        shade(colour, 0.3),
        size * 0.1,
      ) +
      ellipse(-size * 0.35, -size * 0.3, size * 0.2, size * 0.1, tint(colour, 0.45)),
    place(x, y, rotation),
  )
}

/** Dried fruit: a hand-closed paper bag with a window, and apple rings or apricot halves. */
export function drawBag(random: Random, colours: Colours, ids: IdMaker): string {
  const { main, accent } = colours
  const kraft: Rgb = [200, 156, 104]
  const cx = 500
  const rings = random.chance(0.3)
  let art = ""

  const top = 300
  const bottom = 820
  const bag = pathData("M", cx - 175, top, "L", cx + 175, top, "L", cx + 195, bottom, "L", cx - 195, bottom, "Z")
  art += path(bag, hex(kraft))
  art += path(
    pathData("M", cx + 120, top, "L", cx + 175, top, "L", cx + 195, bottom, "L", cx + 132, bottom, "Z"),
    shade(kraft, 0.12),
  )
  // Folded-over top with a zigzag cut edge, like a hand-closed paper bag.
  let fold = pathData("M", cx - 180, top - 10, "L", cx + 180, top - 10, "L", cx + 182, top + 70)
  const teeth = 14
  for (let index = 0; index < teeth; index++) {
    const x = cx + 182 - ((index + 0.5) * 364) / teeth
    fold += pathData(" L", x, top + 86, "L", cx + 182 - ((index + 1) * 364) / teeth, top + 70)
  }
  fold += " Z"
  art += path(fold, shade(kraft, 0.22))
  art += rect(cx - 180, top - 10, 360, 20, shade(kraft, 0.3))

  // A window in the paper showing the fruit inside.
  const oval = random.chance(0.5)
  const windowShape = (fill: string, extra: Attributes = {}): string =>
    oval ? ellipse(cx - 18, 560, 115, 125, fill, extra) : rect(cx - 128, 455, 220, 220, fill, { rx: 40, ...extra })
  const windowClip = clipPath(ids, windowShape("#000"))
  let inside = rect(cx - 200, 420, 400, 300, shade(main, 0.35))
  for (let row = 0; row < 5; row++) {
    for (let column = 0; column < 5; column++) {
      const x = cx - 150 + column * 62 + (row % 2) * 30 + random.between(-8, 8)
      const y = 450 + row * 58 + random.between(-8, 8)
      inside += dryFruitPiece(x, y, 44, random.between(0, 180), main, rings)
    }
  }
  art += group(inside, undefined, { "clip-path": `url(#${windowClip})` })
  art += windowShape("none", { stroke: shade(kraft, 0.3), "stroke-width": 8 })

  const tagX = cx + random.between(-120, 40)
  art += stroke(pathData("M", tagX, top + 40, "q", -30, 60, 10, 110), hex(accent), 6)
  art += group(
    rect(-40, 0, 80, 110, tint(accent, 0.55), { rx: 10 }) +
      circle(0, 18, 8, shade(kraft, 0.3)) +
      hornRosette(hex(accent), tint(accent, 0.55), 7, "translate(0 66) scale(0.3)"),
    place(tagX + 10, top + 140, random.between(-14, 14)),
  )
  art += circle(tagX, top + 40, 10, hex(accent))

  const spilled = random.integer(3, 5)
  for (let index = 0; index < spilled; index++) {
    const x = 250 + index * (500 / spilled) + random.between(-30, 30)
    const y = 830 + random.between(-15, 25)
    art += dryFruitPiece(x, y, random.between(42, 54), random.between(-40, 40), main, rings)
  }
  return art
}
