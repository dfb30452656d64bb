import { type Colours, creamColour, hex, shade, tint } from "../colours"
import { hornRosette, ramsHorn } from "../pieces"
import type { Random } from "../random"
import { circle, formatNumber, group, path, pathData, place, rect, stroke } from "../svg"

/** A felt bag whose flap carries a corded ornament; body and flap colours swap between products. */
export function drawFeltBag(random: Random, colours: Colours): string {
  // Body and flap trade colours between products so a shop page of bags does not look like one bag repeated.
  const [bodyColour, flapColour] = random.chance(0.5) ? [colours.main, colours.accent] : [colours.accent, colours.main]
  const felt = hex(bodyColour)
  const flapFelt = hex(flapColour)
  let art = ""

  const strapRise = random.between(220, 320)
  const strap = pathData("M 340 440 C 330", 440 - strapRise, "670", 440 - strapRise, "660 440")
  art += stroke(strap, shade(flapColour, 0.25), 30)
  art += stroke(strap, flapFelt, 20)

  const roundedBody = random.chance(0.5)
  const body = roundedBody
    ? pathData("M 300 420 L 700 420 C 740 560 740 820 560 820 L 440 820 C 260 820 260 560 300 420 Z")
    : pathData("M 300 420 L 700 420 L 720 760 Q 722 820 660 820 L 340 820 Q 278 820 280 760 Z")
  art += path(body, shade(bodyColour, 0.25), { transform: "translate(0 12)" })
  art += path(body, felt)
  art += path(body, "none", {
    stroke: tint(bodyColour, 0.45),
    "stroke-width": 5,
    "stroke-dasharray": "14 10",
    transform: "translate(500 620) scale(0.93) translate(-500 -620)",
  })

  // The flap carries the ornament, cut and corded like the shyrdak motifs.
  const flapDepth = random.between(230, 270)
  const flapShape = random.pick(["rounded", "pointed", "straight"] as const)
  const shoulder = 410 + flapDepth * 0.55
  const flap =
    flapShape === "rounded"
      ? pathData("M 296 410 L 704 410 L 704", shoulder, "Q 500", 410 + flapDepth * 1.25, "296", shoulder, "Z")
      : flapShape === "pointed"
        ? pathData("M 296 410 L 704 410 L 704", shoulder, "L 500", 410 + flapDepth * 0.9, "L 296", shoulder, "Z")
        : pathData("M 296 410 L 704 410 L 704", 410 + flapDepth * 0.7, "L 296", 410 + flapDepth * 0.7, "Z")
  const tipY = flapShape === "straight" ? 410 + flapDepth * 0.7 : 410 + flapDepth * 0.9
  art += path(flap, shade(flapColour, 0.3), { transform: "translate(0 10)" })
  art += path(flap, flapFelt)
  const ornamentY = 410 + flapDepth * (flapShape === "straight" ? 0.36 : 0.46)
  if (random.chance(0.6)) art += hornRosette(felt, creamColour, 13, place(500, ornamentY, 0, 0.75))
  else {
    art += ramsHorn(felt, creamColour, 13, place(430, ornamentY + 40, 0, 0.9))
    art += ramsHorn(felt, creamColour, 13, place(570, ornamentY + 40, 0, 0.9))
  }

  const sway = random.between(-14, 14)
  let tassel = ""
  for (let strand = -3; strand <= 3; strand++)
    tassel += stroke(pathData("M 0 0 L", strand * 7 + sway, 110), creamColour, 7)
  tassel += rect(-16, 4, 32, 20, flapFelt, { rx: 6, stroke: creamColour, "stroke-width": 4 })
  art += group(tassel, `translate(500 ${formatNumber(tipY + 6)})`)
  art += circle(500, tipY, 15, creamColour)
  return art
}
