import { creamColour, hex, leafDark, leafGreen, type Rgb, shade, tint, woodDark } from "./colours"
import { ramsHorn } from "./pieces"
import type { Random } from "./random"
import {
  canvas,
  circle,
  ellipse,
  group,
  type IdMaker,
  path,
  pathData,
  place,
  polygon,
  rect,
  stroke,
  verticalGradient,
} from "./svg"

/** Draws a producer group's landscape: sky, the Tian Shan, the lake, a house or yurt and apricot trees. */
export function drawLandscape(random: Random, fruit: Rgb, trim: Rgb, ids: IdMaker): string {
  const horizon = 590
  let art = ""
  const sky = verticalGradient(ids, [
    [0, "#a9d3ee"],
    [0.55, "#d9ecf3"],
    [1, "#f6efdc"],
  ])
  art += rect(0, 0, canvas, horizon + 10, `url(#${sky})`)
  const sunX = random.between(150, 850)
  const sunY = random.between(120, 200)
  art += circle(sunX, sunY, 95, "#fff6d8", { opacity: 0.5 })
  art += circle(sunX, sunY, 58, "#fff3c4")
  for (let cloud = 0; cloud < 2; cloud++) {
    const x = random.between(100, 900)
    const y = random.between(90, 260)
    art += group(
      ellipse(0, 0, 80, 24, "#fff") + circle(-24, -14, 30, "#fff") + circle(20, -20, 36, "#fff"),
      place(x, y, 0, random.between(0.7, 1.1)),
      { opacity: 0.9 },
    )
  }

  // Tian Shan: a jagged range with snow on every peak and the shadowed faces a shade darker.
  const ridge: [number, number][] = []
  const peaks = random.integer(5, 7)
  const spacing = 1100 / peaks
  for (let index = 0; index <= peaks; index++) {
    const x = -50 + index * spacing
    ridge.push([x + random.between(-20, 20), random.between(170, 310)])
    if (index < peaks) ridge.push([x + spacing / 2 + random.between(-25, 25), random.between(360, 420)])
  }
  art += polygon([...ridge, [1050, horizon], [-50, horizon]], "#8198b8")
  for (let index = 0; index < ridge.length; index += 2) {
    const peak = ridge[index]
    const left = ridge[index - 1] ?? [(peak?.[0] ?? 0) - 200, 430]
    const right = ridge[index + 1] ?? [(peak?.[0] ?? 0) + 200, 430]
    if (!peak) continue
    art += polygon([peak, right, [right[0], horizon], [peak[0] + 40, horizon]], "#6c84a6")
    const snowDepth = random.between(0.35, 0.5)
    const along = (to: readonly [number, number], amount: number): [number, number] => [
      peak[0] + (to[0] - peak[0]) * amount,
      peak[1] + (to[1] - peak[1]) * amount,
    ]
    const snowLeft = along(left, snowDepth)
    const snowRight = along(right, snowDepth)
    const snowLine = Math.max(snowLeft[1], snowRight[1])
    const jagged: [number, number][] = []
    const teeth = 4
    for (let tooth = 1; tooth < teeth; tooth++) {
      const x = snowRight[0] + ((snowLeft[0] - snowRight[0]) * tooth) / teeth
      jagged.push([x, snowLine + (tooth % 2 ? 26 : -4)])
    }
    art += polygon([peak, snowRight, ...jagged, snowLeft], "#f7fafc")
    art += polygon([peak, snowRight, [peak[0] + (snowRight[0] - peak[0]) * 0.3, snowLine]], "#d9e3ef")
  }

  let hills = pathData("M -20", horizon, "L -20", 500)
  for (let x = -20; x < 1040; x += 210)
    hills += pathData(" Q", x + 105, random.between(440, 480), x + 210, random.between(495, 520))
  hills += pathData(" L 1040", horizon, "Z")
  art += path(hills, "#7b9d86")
  const lake = verticalGradient(ids, [
    [0, "#3f86bd"],
    [1, "#79b8dc"],
  ])
  art += rect(0, horizon - 30, canvas, 150, `url(#${lake})`)
  for (let glint = 0; glint < 6; glint++) {
    const x = random.between(60, 900)
    const y = random.between(horizon - 10, horizon + 100)
    art += rect(x, y, random.between(40, 110), 5, "#fff", { rx: 3, opacity: 0.45 })
  }
  art += rect(0, horizon + 118, canvas, 16, "#eadbb2")

  const meadow = verticalGradient(ids, [
    [0, "#a7c96f"],
    [1, "#7eac52"],
  ])
  art += path(
    pathData("M 0", horizon + 128, "Q 500", horizon + 100, "1000", horizon + 132, "L 1000 1000 L 0 1000 Z"),
    `url(#${meadow})`,
  )

  const houseX = random.between(300, 620)
  const groundY = 850
  // Poplars: the windbreak rows that line Issyk-Kul villages.
  const poplars = random.integer(3, 5)
  for (let index = 0; index < poplars; index++) {
    const x = houseX - 150 + index * 70 + random.between(-12, 12)
    const height = random.between(230, 300)
    art += rect(x - 5, groundY - 90, 10, 60, woodDark)
    art += ellipse(x, groundY - 60 - height / 2, 30, height / 2, index % 2 ? "#4e7f3c" : "#5d8f45")
  }
  art += random.chance(0.5) ? house(houseX, groundY, trim) : yurt(houseX, groundY, fruit, trim)

  // Apricot trees: one or two behind, one large in front on the other side.
  const treeSpots = houseX > 460 ? [170, 860, 95] : [830, 150, 920]
  const treeCount = random.integer(2, 3)
  for (let index = 0; index < treeCount; index++) {
    const x = (treeSpots[index] ?? 500) + random.between(-30, 30)
    const baseY = index === 0 ? 960 : 870 + random.between(-10, 20)
    art += apricotTree(x, baseY, index === 0 ? 1.25 : random.between(0.8, 1), fruit, random)
  }
  for (let index = 0; index < 26; index++) {
    const x = random.between(20, 980)
    const y = random.between(horizon + 160, 990)
    art += circle(x, y, random.between(4, 8), index % 3 ? "#fdf6e3" : hex(fruit), { opacity: 0.9 })
  }
  return art
}

function house(x: number, groundY: number, trim: Rgb): string {
  const roof = hex(trim)
  const walls = "#f6f1e7"
  let art = rect(x - 130, groundY - 140, 260, 140, walls)
  art += rect(x - 130, groundY - 22, 260, 22, "#d8cdb8")
  art += polygon(
    [
      [x - 160, groundY - 136],
      [x, groundY - 250],
      [x + 160, groundY - 136],
    ],
    roof,
  )
  art += polygon(
    [
      [x - 160, groundY - 136],
      [x + 160, groundY - 136],
      [x + 150, groundY - 124],
      [x - 150, groundY - 124],
    ],
    shade(trim, 0.3),
  )
  art += polygon(
    [
      [x - 60, groundY - 150],
      [x, groundY - 208],
      [x + 60, groundY - 150],
    ],
    tint(trim, 0.35),
  )
  for (const windowX of [x - 82, x + 50]) {
    art += rect(windowX - 6, groundY - 116, 50, 62, roof, { rx: 4 })
    art += rect(windowX, groundY - 110, 38, 50, "#bfe0f0")
    art += rect(windowX + 17, groundY - 110, 4, 50, roof)
    art += rect(windowX, groundY - 87, 38, 4, roof)
  }
  art += rect(x - 22, groundY - 100, 44, 100, shade(trim, 0.2), { rx: 4 })
  art += circle(x + 12, groundY - 48, 4, "#f4e0a6")
  return art
}

function yurt(x: number, groundY: number, door: Rgb, trim: Rgb): string {
  const felt = "#f4eee0"
  let art = rect(x - 140, groundY - 110, 280, 110, felt)
  art += path(pathData("M", x - 150, groundY - 104, "Q", x, groundY - 300, x + 150, groundY - 104, "Z"), "#ebe2cf")
  art += rect(x - 150, groundY - 118, 300, 26, hex(trim), { rx: 6 })
  // The band around a yurt carries the same horn pattern as the felts inside.
  for (let offset = -120; offset <= 120; offset += 40) {
    art += ramsHorn(creamColour, hex(trim), 14, place(x + offset, groundY - 96, 0, 0.22))
  }
  for (const offset of [-90, -30, 30, 90]) {
    art += stroke(
      pathData(
        "M",
        x + offset * 0.25,
        groundY - 248,
        "Q",
        x + offset * 0.9,
        groundY - 200,
        x + offset * 1.5,
        groundY - 120,
      ),
      "#d6cbb2",
      5,
    )
  }
  art += ellipse(x, groundY - 246, 30, 10, woodDark)
  art += rect(x - 30, groundY - 84, 60, 84, hex(door), { rx: 4 })
  art += rect(x - 22, groundY - 76, 44, 68, "none", { stroke: shade(door, 0.3), "stroke-width": 4, rx: 3 })
  return art
}

function apricotTree(x: number, baseY: number, scale: number, fruit: Rgb, random: Random): string {
  let tree = path("M -14 0 Q -10 -80 -4 -150 L 8 -150 Q 12 -80 16 0 Z", woodDark)
  tree += stroke("M 0 -110 Q 30 -140 50 -170", woodDark, 10)
  const crown: [number, number, number][] = [
    [-70, -200, 70],
    [60, -210, 72],
    [0, -260, 82],
    [-20, -180, 70],
    [40, -170, 60],
  ]
  for (const [cx, cy, r] of crown) tree += circle(cx, cy + 10, r, leafDark)
  for (const [cx, cy, r] of crown) tree += circle(cx - 6, cy, r * 0.92, leafGreen)
  const fruits = random.integer(9, 14)
  for (let index = 0; index < fruits; index++) {
    const angle = random.between(0, Math.PI * 2)
    const distance = random.between(20, 120)
    const fx = Math.cos(angle) * distance
    const fy = -210 + Math.sin(angle) * distance * 0.7
    tree += circle(fx, fy, 11, hex(fruit)) + circle(fx - 3, fy - 3, 3.5, "#fff", { opacity: 0.6 })
  }
  return group(tree, place(x, baseY, 0, scale))
}
