import { type Colours, hex, ink, leafDark, leafGreen, mix, shade, tint } from "../colours"
import { leaf } from "../pieces"
import type { Random } from "../random"
import { circle, ellipse, group, path, pathData, place, rect, smoothClosedPath, stroke } from "../svg"

/** Jerky: uneven, tapering strips of dried meat. */
export function drawJerky(random: Random, colours: Colours): string {
  const { main, accent } = colours
  const meat = mix(main, [112, 40, 28], 0.45)
  let art = ""

  const paperRotation = random.between(-10, 10)
  art += group(
    rect(-300, -220, 600, 460, "#efe2c6", { rx: 12 }) +
      path("M -300 -220 L -180 -220 L -300 -100 Z", "#e2d1ae") +
      stroke("M 60 -220 L 100 240", "#e2d1ae", 4),
    place(500, 540, paperRotation),
  )

  const strips = random.integer(4, 5)
  for (let index = 0; index < strips; index++) {
    const length = random.between(360, 460)
    const width = random.between(66, 86)
    // An uneven, tapering outline is what makes a strip read as dried meat rather than a plank.
    const segments = 8
    const outline: [number, number][] = [[-length / 2 - 10, random.between(-8, 8)]]
    for (let step = 1; step < segments; step++) {
      const t = step / segments
      const half = (width / 2) * (0.6 + 0.4 * Math.sin(Math.PI * t)) + random.between(-8, 8)
      outline.push([(t - 0.5) * length, -half])
    }
    outline.push([length / 2 + 10, random.between(-8, 8)])
    for (let step = segments - 1; step >= 1; step--) {
      const t = step / segments
      const half = (width / 2) * (0.6 + 0.4 * Math.sin(Math.PI * t)) + random.between(-8, 8)
      outline.push([(t - 0.5) * length, half])
    }
    const colour = mix(meat, ink, random.between(0, 0.25))
    const shape = smoothClosedPath(outline)
    let strip = path(shape, shade(colour, 0.25), { transform: "translate(0 8)" })
    strip += path(shape, hex(colour))
    strip += path(shape, tint(colour, 0.1), { transform: "scale(0.9 0.55) translate(0 -12)" })
    // Specks of fat and a few torn fibres.
    for (let speck = 0; speck < 6; speck++) {
      const x = random.between(-length / 2 + 40, length / 2 - 40)
      const y = random.between(-width / 4, width / 4)
      strip += ellipse(x, y, random.between(8, 16), random.between(3, 5), tint(colour, 0.45), { opacity: 0.7 })
    }
    for (let fibre = 0; fibre < 3; fibre++) {
      const x = random.between(-length / 2 + 30, length / 2 - 80)
      const y = random.between(-width / 4, width / 4)
      strip += stroke(pathData("M", x, y, "l", random.between(30, 60), random.between(-4, 4)), shade(colour, 0.3), 4, {
        opacity: 0.7,
      })
    }
    const y = 370 + index * (320 / (strips - 1)) + random.between(-12, 12)
    art += group(strip, place(500 + random.between(-50, 50), y, random.between(-18, 18)))
  }

  const twine = tint(accent, 0.15)
  art += stroke("M 330 700 C 280 760 220 740 240 700 C 260 660 320 680 330 700 C 360 740 420 760 430 720", twine, 7)
  for (let index = 0; index < 9; index++) {
    art += circle(680 + random.between(-60, 60), 780 + random.between(-30, 30), random.between(9, 12), "#3b2a22")
  }
  let sprig = stroke("M 0 0 Q 80 -20 170 -10", leafDark, 6)
  for (let index = 0; index < 4; index++) {
    sprig += leaf(30 + index * 38, -8 - index * 2, 50, -50 + (index % 2) * 100, index % 2 ? leafGreen : leafDark)
  }
  art += group(sprig, place(620, 250, random.between(-10, 20)))
  return art
}
