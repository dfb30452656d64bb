import { type Colours, hex, shade, tint } from "../colours"
import { ramsHorn } from "../pieces"
import type { Random } from "../random"
import { circle, ellipse, group, path, pathData, place, stroke } from "../svg"

function slipperOutline(): string {
  return pathData(
    "M 0 -230 C 78 -230 104 -160 104 -70 C 104 40 96 150 78 190 C 62 226 -62 226 -78 190 C -96 150 -104 40 -104 -70 C -104 -160 -78 -230 0 -230 Z",
  )
}

/** A pair of felt slippers, lined with undyed felt. */
export function drawFeltSlippers(random: Random, colours: Colours): string {
  const { main, accent } = colours
  const felt = hex(main)
  const pattern = random.pick(["horns", "zigzag", "dots"] as const)
  const trim = tint(accent, 0.1)
  const spread = random.between(115, 135)
  const angle = random.between(6, 14)

  const slipper = (mirror: boolean): string => {
    let art = path(slipperOutline(), shade(main, 0.3), { transform: "translate(0 14)" })
    art += path(slipperOutline(), felt)
    art += path(slipperOutline(), "none", {
      stroke: trim,
      "stroke-width": 5,
      "stroke-dasharray": "14 10",
      transform: "scale(0.9)",
    })
    // The foot opening, lined with undyed felt.
    art += ellipse(0, 92, 70, 106, shade(main, 0.2))
    art += ellipse(0, 100, 60, 92, tint(main, 0.6))
    art += ellipse(0, 100, 60, 92, "none", { stroke: trim, "stroke-width": 12 })
    if (pattern === "horns")
      art += ramsHorn(trim, shade(main, 0.25), 10, `translate(0 -56) scale(${mirror ? -1.1 : 1.1} 1.1)`)
    if (pattern === "zigzag") {
      let d = "M -74 -140"
      for (let index = 0; index < 6; index++) d += pathData(" L", -74 + (index + 0.5) * 24.6, index % 2 ? -140 : -104)
      d += " L 74 -122"
      art += stroke(d, trim, 12)
      art += stroke(pathData("M -62 -70 L 62 -70"), trim, 10)
      art += circle(0, -176, 14, trim)
    }
    if (pattern === "dots") {
      for (const [x, y] of [
        [0, -160],
        [-40, -110],
        [40, -110],
        [0, -60],
      ] as const) {
        art += circle(x, y, 20, trim)
        art += circle(x, y, 8, felt)
      }
    }
    return art
  }
  return group(slipper(false), place(500 - spread, 560, -angle)) + group(slipper(true), place(500 + spread, 580, angle))
}
