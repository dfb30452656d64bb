import { type Colours, creamColour, hex, mix, shade, tint, white } from "../colours"
import { hornRosette } from "../pieces"
import type { Random } from "../random"
import { circle, ellipse, group, path, pathData, place, rect, stroke } from "../svg"

/** A felted wool toy animal with a saddle blanket in the accent colour. */
export function drawFeltToy(random: Random, colours: Colours): string {
  const { main, accent } = colours
  const wool = hex(mix(main, white, 0.55))
  const woolShade = hex(mix(main, white, 0.3))
  const face = shade(main, 0.55)
  const facing = random.sign()
  let toy = ""

  for (const x of [-110, -55, 60, 115]) toy += rect(x - 19, 40, 38, 140, face, { rx: 19 })
  // Body: a cloud of overlapping circles reads as fluffy felted wool.
  toy += ellipse(0, 0, 190, 130, woolShade)
  for (let index = 0; index < 12; index++) {
    const angle = (index / 12) * Math.PI * 2
    toy += circle(Math.cos(angle) * 165, Math.sin(angle) * 105, 58, woolShade)
  }
  toy += ellipse(-6, -8, 180, 122, wool)
  for (let index = 0; index < 12; index++) {
    const angle = (index / 12) * Math.PI * 2 + 0.2
    toy += circle(Math.cos(angle) * 150 - 6, Math.sin(angle) * 95 - 8, 50, wool)
  }
  toy += circle(-215, -30, 34, woolShade)

  // A saddle blanket in the accent colour with a little felt pattern.
  const blanket = pathData("M -90 -120 Q 0 -140 90 -120 L 110 40 Q 0 60 -110 40 Z")
  toy += path(blanket, hex(accent))
  toy += path(blanket, "none", {
    stroke: creamColour,
    "stroke-width": 5,
    "stroke-dasharray": "10 9",
    transform: "scale(0.88) translate(0 -6)",
  })
  toy += hornRosette(creamColour, hex(accent), 10, "translate(0 -40) scale(0.55)")

  const tilt = random.between(-14, 10)
  let head = ellipse(-70, -10, 46, 22, face, { transform: "rotate(-25 -70 -10)" })
  head += ellipse(0, 20, 78, 92, face)
  head += circle(-22, -54, 30, wool) + circle(20, -58, 32, wool) + circle(0, -72, 28, wool)
  head += circle(28, 10, 10, "#1f1714") + circle(31, 7, 3, "#fff")
  head += circle(46, 44, 14, tint(accent, 0.5), { opacity: 0.7 })
  head += stroke("M 40 76 Q 52 84 62 76", "#1f1714", 5)
  toy += group(head, place(200, -120, tilt))

  return group(toy, `translate(500 560) scale(${facing} 1)`)
}
