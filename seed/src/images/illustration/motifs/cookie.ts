import { type Colours, creamColour, hex, ink, mix, type Rgb, shade, tint, white } from "../colours"
import { hornRosette } from "../pieces"
import type { Random } from "../random"
import { circle, ellipse, formatNumber, group, pathData, place, rect, stroke } from "../svg"

/** Cookies on a plate, one leaning face-on in front, with crumbs. */
export function drawCookie(random: Random, colours: Colours): string {
  const { main, accent } = colours
  const dough = mix(main, [222, 170, 100], 0.45)
  const pattern = random.pick(["dots", "rosette", "glaze"] as const)
  let art = ""

  art += ellipse(500, 740, 320, 100, shade(mix(colours.accent, white, 0.85), 0.08))
  art += ellipse(500, 730, 320, 96, tint(accent, 0.85))
  art += ellipse(500, 730, 240, 66, tint(accent, 0.78))

  const cookie = (x: number, y: number, radius: number, colour: Rgb, top: string): string => {
    const thickness = radius * 0.24
    const squash = 0.38
    return (
      ellipse(x, y + thickness, radius, radius * squash, shade(colour, 0.3)) +
      rect(x - radius, y, radius * 2, thickness, shade(colour, 0.3)) +
      ellipse(x, y, radius, radius * squash, hex(colour)) +
      ellipse(x, y, radius * 0.86, radius * squash * 0.84, tint(colour, 0.12)) +
      top
    )
  }
  const decoration = (x: number, y: number, radius: number): string => {
    const squash = 0.38
    let top = ""
    if (pattern === "dots") {
      for (let ring = 0; ring < 2; ring++) {
        const count = ring ? 10 : 5
        for (let index = 0; index < count; index++) {
          const angle = (index / count) * Math.PI * 2 + ring * 0.3
          const distance = radius * (ring ? 0.62 : 0.3)
          top += ellipse(
            x + Math.cos(angle) * distance,
            y + Math.sin(angle) * distance * squash,
            8,
            5,
            shade(dough, 0.45),
          )
        }
      }
    }
    if (pattern === "rosette") {
      for (let index = 0; index < 8; index++) {
        const angle = (index / 8) * Math.PI * 2
        top += stroke(
          pathData("M", x, y, "L", x + Math.cos(angle) * radius * 0.66, y + Math.sin(angle) * radius * 0.66 * squash),
          shade(dough, 0.28),
          6,
        )
      }
      top += ellipse(x, y, radius * 0.66, radius * 0.66 * squash, "none", {
        stroke: shade(dough, 0.28),
        "stroke-width": 6,
      })
    }
    if (pattern === "glaze") {
      let d = pathData("M", x - radius * 0.7, y - 10)
      for (let index = 0; index < 6; index++) {
        const fromX = x - radius * 0.7 + index * radius * 0.25
        d += pathData(
          " Q",
          fromX + radius * 0.12,
          y + (index % 2 ? -40 : 40),
          fromX + radius * 0.25,
          y + (index % 2 ? -10 : 10),
        )
      }
      top += stroke(d, creamColour, 9)
    }
    return top
  }

  const stackHeight = random.integer(3, 4)
  for (let level = 0; level < stackHeight; level++) {
    const x = 470 + random.between(-16, 16)
    const y = 680 - level * 56
    art += cookie(
      x,
      y,
      160,
      mix(dough, ink, random.between(0, 0.06)),
      level === stackHeight - 1 ? decoration(x, y, 160) : "",
    )
  }
  // One cookie leaning on the plate in front, shown face-on, and a few crumbs.
  const frontX = 690 + random.between(-20, 20)
  const frontTilt = random.between(-20, 10)
  let front =
    circle(0, 12, 110, shade(dough, 0.3)) + circle(0, 0, 110, hex(dough)) + circle(0, 0, 92, tint(dough, 0.12))
  if (pattern === "dots")
    for (let index = 0; index < 9; index++) {
      const angle = (index / 9) * Math.PI * 2
      front += ellipse(Math.cos(angle) * 60, Math.sin(angle) * 60, 7, 10, shade(dough, 0.45), {
        transform: `rotate(${formatNumber((angle * 180) / Math.PI)} ${formatNumber(Math.cos(angle) * 60)} ${formatNumber(Math.sin(angle) * 60)})`,
      })
    }
  else front += hornRosette(shade(dough, 0.28), tint(dough, 0.12), 9, "scale(0.6)")
  art += group(front, place(frontX, 700, frontTilt))
  for (let index = 0; index < 7; index++) {
    art += circle(
      320 + random.between(-80, 80),
      790 + random.between(-20, 20),
      random.between(5, 10),
      shade(dough, 0.15),
    )
  }
  return art
}
