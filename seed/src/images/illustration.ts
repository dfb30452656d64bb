import sharp from "sharp"

/** The kinds of goods the association sells, each drawn as its own illustration. */
export type ProductMotif =
  | "jar"
  | "bottle"
  | "bag"
  | "honeycomb"
  | "jerky"
  | "cookie"
  | "felt-slippers"
  | "felt-toy"
  | "felt-rug"
  | "felt-bag"
  | "yarn"

/** Every product motif, for iterating in tests, previews and the seed command. */
export const productMotifs: readonly ProductMotif[] = [
  "jar",
  "bottle",
  "bag",
  "honeycomb",
  "jerky",
  "cookie",
  "felt-slippers",
  "felt-toy",
  "felt-rug",
  "felt-bag",
  "yarn",
]

/** Width in pixels of the master image uploaded to the backend; the storefront derives smaller sizes itself. */
export const masterImageWidth = 1200

/** What to draw for a product: its motif, two `#rgb`/`#rrggbb` colours (main, accent) and its handle as seed. */
export type ProductIllustrationInput = {
  motif: ProductMotif
  palette: [string, string]
  seed: string
  size?: number
}

/** What to draw for a producer group: its handle as seed and optionally two colours (fruit/door, roof/trim). */
export type GroupIllustrationInput = {
  seed: string
  palette?: [string, string]
  size?: number
}

/** An encoded raster image with its pixel dimensions. */
export type RenderedImage = { data: Buffer; width: number; height: number }

// Everything is drawn on a 1000-unit canvas and scaled by the SVG's width/height, so `size` never changes the art.
const canvas = 1000
const defaultGroupPalette: [string, string] = ["#f29a38", "#3c6ea5"]

/** Returns a self-contained square SVG illustrating a product of the given motif, varied by `seed`. */
export function productIllustrationSvg(input: ProductIllustrationInput): string {
  // An own-property check, so a motif like "toString" from untyped catalogue data is rejected rather than called.
  const draw = Object.hasOwn(motifDrawings, input.motif) ? motifDrawings[input.motif] : undefined
  if (!draw)
    throw new Error(`Unknown product motif "${String(input.motif)}": expected one of ${productMotifs.join(", ")}`)
  const size = checkedSize(input.size)
  const colours = deriveColours(input.palette)
  // The motif joins the seed so one handle used for two motifs does not share every random choice.
  const random = new Random(`${input.motif}|${input.seed}`)
  const ids = new IdMaker(random.next())
  const body = backdrop(random, colours) + draw(random, colours, ids)
  return svgDocument(size, ids.definitions(), body)
}

/** Returns a self-contained square SVG of a producer group's landscape: Tian Shan, the lake, a house or yurt, apricot trees. */
export function groupIllustrationSvg(input: GroupIllustrationInput): string {
  const size = checkedSize(input.size)
  const [fruitColour, trimColour] = validatedPalette(input.palette ?? defaultGroupPalette)
  const random = new Random(`group|${input.seed}`)
  const ids = new IdMaker(random.next())
  const body = drawLandscape(random, fruitColour, trimColour, ids)
  return svgDocument(size, ids.definitions(), body)
}

/** Rasterises an SVG to a WebP of the given width (height follows the aspect ratio). */
export async function renderWebp(svg: string, width: number): Promise<RenderedImage> {
  if (!Number.isInteger(width) || width <= 0)
    throw new Error(`Invalid image width ${width}: expected a positive integer`)
  const source = Buffer.from(svg)
  const intrinsic = await sharp(source).metadata()
  // Rasterise at the target resolution rather than upscaling a small bitmap, which would blur the edges.
  const density = (72 * width) / (intrinsic.width ?? width)
  const { data, info } = await sharp(source, { density })
    .resize({ width })
    .webp({ quality: 78, effort: 4 })
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** Renders a product's master image: a 1200 px square WebP, as uploaded to the backend. */
export function renderProductImage(input: Omit<ProductIllustrationInput, "size">): Promise<RenderedImage> {
  return renderWebp(productIllustrationSvg({ ...input, size: masterImageWidth }), masterImageWidth)
}

/** Renders a producer group's master image: a 1200 px square WebP, as uploaded to the backend. */
export function renderGroupImage(input: Omit<GroupIllustrationInput, "size">): Promise<RenderedImage> {
  return renderWebp(groupIllustrationSvg({ ...input, size: masterImageWidth }), masterImageWidth)
}

function checkedSize(size: number | undefined): number {
  const value = size ?? masterImageWidth
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`Invalid illustration size ${value}: expected a positive integer`)
  return value
}

function svgDocument(size: number, definitions: string, body: string): string {
  const defs = definitions ? `<defs>${definitions}</defs>` : ""
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${canvas} ${canvas}">${defs}${body}</svg>`
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

function hashText(text: string): number {
  // FNV-1a plus a murmur finaliser, so near-identical handles ("jam-250g", "jam-500g") still land far apart.
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/** A small seeded generator (mulberry32): the same seed always yields the same sequence. */
class Random {
  private state: number

  constructor(seed: string) {
    this.state = hashText(seed)
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let value = this.state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.next()
  }

  integer(min: number, max: number): number {
    return Math.floor(this.between(min, max + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  sign(): 1 | -1 {
    return this.chance(0.5) ? 1 : -1
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error("Cannot pick from an empty list")
    return item
  }
}

/** Hands out document-unique ids for gradients, patterns and clip paths and collects their definitions. */
class IdMaker {
  private readonly prefix: string
  private count = 0
  private readonly collected: string[] = []

  constructor(unique: number) {
    // A seed-derived prefix keeps ids distinct when several illustrations are inlined into one page.
    this.prefix = `i${Math.floor(unique * 36 ** 4).toString(36)}`
  }

  define(makeDefinition: (id: string) => string): string {
    const id = `${this.prefix}${(this.count++).toString(36)}`
    this.collected.push(makeDefinition(id))
    return id
  }

  definitions(): string {
    return this.collected.join("")
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Colours

type Rgb = readonly [number, number, number]

const white: Rgb = [255, 255, 255]
// A warm near-black: darkening towards it keeps shadows in the family of the palette instead of going grey.
const ink: Rgb = [38, 26, 22]
const creamColour = "#fbf4e6"
const leafGreen = "#6f9a45"
const leafDark = "#557c34"
const woodColour = "#c1905e"
const woodDark = "#946640"

type Colours = {
  main: Rgb
  accent: Rgb
  background: string
  backdrop: string
  shadow: string
}

function parseColour(value: string): Rgb {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(typeof value === "string" ? value : "")
  const digits = match?.[1]
  if (!digits) throw new Error(`Invalid palette colour "${String(value)}": expected #rgb or #rrggbb`)
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits
  return [0, 2, 4].map((offset) => Number.parseInt(full.slice(offset, offset + 2), 16)) as unknown as Rgb
}

function validatedPalette(palette: readonly string[]): [Rgb, Rgb] {
  if (!Array.isArray(palette) || palette.length !== 2) throw new Error("Invalid palette: expected two colours")
  const [first = "", second = ""] = palette
  return [parseColour(first), parseColour(second)]
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((channel) => {
    const start = from[channel] ?? 0
    return Math.round(start + ((to[channel] ?? 0) - start) * amount)
  }) as unknown as Rgb
}

function hex(colour: Rgb): string {
  return `#${colour.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`
}

function tint(colour: Rgb, amount: number): string {
  return hex(mix(colour, white, amount))
}

function shade(colour: Rgb, amount: number): string {
  return hex(mix(colour, ink, amount))
}

function deriveColours(palette: [string, string]): Colours {
  const [main, accent] = validatedPalette(palette)
  const background = mix(main, white, 0.88)
  return {
    main,
    accent,
    background: hex(background),
    backdrop: hex(mix(mix(main, accent, 0.35), white, 0.76)),
    shadow: hex(mix(background, ink, 0.16)),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// SVG writing

type Attributes = Record<string, string | number | undefined>

function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return Object.is(rounded, -0) ? "0" : String(rounded)
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")
}

function element(tag: string, attributes: Attributes, content?: string): string {
  let text = `<${tag}`
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    text += ` ${name}="${typeof value === "number" ? formatNumber(value) : escapeAttribute(value)}"`
  }
  return content === undefined ? `${text}/>` : `${text}>${content}</${tag}>`
}

function pathData(...parts: (string | number)[]): string {
  return parts.map((part) => (typeof part === "number" ? formatNumber(part) : part)).join(" ")
}

function rect(x: number, y: number, width: number, height: number, fill: string, extra: Attributes = {}): string {
  return element("rect", { x, y, width, height, fill, ...extra })
}

function circle(cx: number, cy: number, r: number, fill: string, extra: Attributes = {}): string {
  return element("circle", { cx, cy, r, fill, ...extra })
}

function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attributes = {}): string {
  return element("ellipse", { cx, cy, rx, ry, fill, ...extra })
}

function path(d: string, fill: string, extra: Attributes = {}): string {
  return element("path", { d, fill, ...extra })
}

function stroke(d: string, colour: string, width: number, extra: Attributes = {}): string {
  return element("path", {
    d,
    fill: "none",
    stroke: colour,
    "stroke-width": width,
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
    ...extra,
  })
}

/** A closed outline with rounded corners, passing near each point (midpoint-quadratic smoothing). */
function smoothClosedPath(points: readonly (readonly [number, number])[]): string {
  const midpoint = (index: number): [number, number] => {
    const from = points[index % points.length] ?? [0, 0]
    const to = points[(index + 1) % points.length] ?? [0, 0]
    return [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2]
  }
  const [startX, startY] = midpoint(points.length - 1)
  let d = pathData("M", startX, startY)
  points.forEach(([x, y], index) => {
    const [nextX, nextY] = midpoint(index)
    d += pathData(" Q", x, y, nextX, nextY)
  })
  return `${d} Z`
}

function polygon(points: readonly (readonly [number, number])[], fill: string, extra: Attributes = {}): string {
  return element("polygon", {
    points: points.map(([x, y]) => `${formatNumber(x)},${formatNumber(y)}`).join(" "),
    fill,
    ...extra,
  })
}

function group(content: string, transform?: string, extra: Attributes = {}): string {
  return element("g", { transform, ...extra }, content)
}

function place(x: number, y: number, rotation = 0, scale = 1): string {
  let transform = `translate(${formatNumber(x)} ${formatNumber(y)})`
  if (rotation) transform += ` rotate(${formatNumber(rotation)})`
  if (scale !== 1) transform += ` scale(${Math.round(scale * 1000) / 1000})`
  return transform
}

function verticalGradient(ids: IdMaker, stops: readonly [number, string][]): string {
  return ids.define((id) =>
    element(
      "linearGradient",
      { id, x1: 0, y1: 0, x2: 0, y2: 1 },
      stops.map(([offset, colour]) => element("stop", { offset, "stop-color": colour })).join(""),
    ),
  )
}

function clipPath(ids: IdMaker, shape: string): string {
  return ids.define((id) => element("clipPath", { id }, shape))
}

function regularPolygon(cx: number, cy: number, radius: number, sides: number, rotation = 0): [number, number][] {
  return Array.from({ length: sides }, (_, index) => {
    const angle = rotation + (index * 2 * Math.PI) / sides
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as [number, number]
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces

function backdrop(random: Random, colours: Colours): string {
  const cx = 500 + random.between(-50, 50)
  const cy = 470 + random.between(-40, 30)
  let art = rect(0, 0, canvas, canvas, colours.background)
  art += circle(cx, cy, random.between(350, 400), colours.backdrop)
  // A few soft dots around the disc make the flat background feel less empty without competing with the object.
  const dotColour = tint(colours.main, 0.62)
  for (let index = 0; index < 5; index++) {
    const angle = random.between(0, Math.PI * 2)
    const distance = random.between(410, 460)
    const x = cx + Math.cos(angle) * distance
    const y = cy + Math.sin(angle) * distance
    const radius = random.between(8, 18)
    if (x > 40 && x < 960 && y > 40 && y < 960) art += circle(x, y, radius, dotColour)
  }
  art += ellipse(500, 835, 320, 42, colours.shadow, { opacity: 0.55 })
  return art
}

/** The classic kochkor muyuz: a short stem splitting into two horns that curl outwards and back in. */
function ramsHornPath(): string {
  return pathData(
    "M 0 0 L 0 -46",
    "M 0 -46 C 0 -84 44 -100 62 -74 C 76 -52 56 -32 40 -46 C 30 -56 40 -70 50 -62",
    "M 0 -46 C 0 -84 -44 -100 -62 -74 C -76 -52 -56 -32 -40 -46 C -30 -56 -40 -70 -50 -62",
  )
}

/** The horn motif stroked with a light cord under it, as shyrdak pieces are outlined by a stitched cord. */
function ramsHorn(colour: string, cordColour: string, width: number, transform: string): string {
  const d = ramsHornPath()
  return group(stroke(d, cordColour, width + 8) + stroke(d, colour, width), transform)
}

/** Four horns around a diamond: the central rosette of many shyrdaks and felt bags. */
function hornRosette(colour: string, cordColour: string, width: number, transform: string): string {
  let art = ""
  for (const angle of [0, 90, 180, 270]) art += ramsHorn(colour, cordColour, width, `rotate(${angle}) translate(0 -14)`)
  const diamond: [number, number][] = [
    [0, -22],
    [22, 0],
    [0, 22],
    [-22, 0],
  ]
  art += polygon(diamond, colour, { stroke: cordColour, "stroke-width": 5, "stroke-linejoin": "round" })
  return group(art, transform)
}

function leaf(x: number, y: number, length: number, rotation: number, colour = leafGreen): string {
  const d = pathData("M 0 0 Q", length * 0.5, -length * 0.32, length, 0, "Q", length * 0.5, length * 0.32, 0, 0, "Z")
  return path(d, colour, { transform: place(x, y, rotation) })
}

function roundFruit(x: number, y: number, radius: number, colour: Rgb, withLeaf: boolean, leafAngle: number): string {
  let art = circle(x, y, radius, shade(colour, 0.14))
  art += circle(x - radius * 0.08, y - radius * 0.08, radius * 0.9, hex(colour))
  // The crease is what makes a round shape read as an apricot rather than an orange ball.
  art += stroke(
    pathData("M", x - radius * 0.1, y - radius * 0.85, "Q", x + radius * 0.35, y, x - radius * 0.05, y + radius * 0.8),
    shade(colour, 0.18),
    radius * 0.07,
  )
  art += ellipse(x - radius * 0.42, y - radius * 0.38, radius * 0.17, radius * 0.11, tint(colour, 0.55), {
    transform: `rotate(-40 ${formatNumber(x - radius * 0.42)} ${formatNumber(y - radius * 0.38)})`,
  })
  if (withLeaf) art += leaf(x, y - radius * 0.9, radius * 0.8, leafAngle)
  return art
}

type Drawing = (random: Random, colours: Colours, ids: IdMaker) => string

// ---------------------------------------------------------------------------------------------------------------
// Products

function drawJar(random: Random, colours: Colours, ids: IdMaker): string {
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

function drawBottle(random: Random, colours: Colours, ids: IdMaker): string {
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

function drawBag(random: Random, colours: Colours, ids: IdMaker): string {
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

function drawHoneycomb(random: Random, colours: Colours): string {
  const { main } = colours
  const honey = mix(main, [236, 170, 40], 0.4)
  const wax = mix(honey, [255, 236, 160], 0.55)
  const radius = 40
  const cx = 470
  const cy = 440
  const columnStep = radius * Math.sqrt(3)
  const rowStep = radius * 1.5
  let comb = ""
  // A slightly larger hexagon under every cell merges into the waxy rim around the whole piece.
  let rim = ""
  const bottomCells: [number, number][] = []
  const spreadX = random.between(250, 280)
  const spreadY = random.between(175, 200)
  for (let row = -6; row <= 6; row++) {
    for (let column = -6; column <= 6; column++) {
      const x = cx + column * columnStep + (row % 2 === 0 ? 0 : columnStep / 2)
      const y = cy + row * rowStep
      const distance = ((x - cx) / spreadX) ** 2 + ((y - cy) / spreadY) ** 2
      // Ragged edges: cells near the rim of the oval appear at random, like a broken-off piece of comb.
      if (distance > 1.05 || (distance > 0.85 && random.chance(0.5))) continue
      rim += polygon(regularPolygon(x, y, radius + 9, 6, Math.PI / 6), shade(honey, 0.3))
      comb += polygon(regularPolygon(x, y, radius - 1, 6, Math.PI / 6), shade(honey, 0.22))
      const capped = random.chance(0.45)
      if (capped) {
        comb += polygon(regularPolygon(x, y, radius - 9, 6, Math.PI / 6), hex(wax))
      } else {
        comb += polygon(regularPolygon(x, y, radius - 9, 6, Math.PI / 6), hex(honey))
        comb += ellipse(x - 12, y - 14, 11, 7, tint(honey, 0.6), {
          transform: `rotate(-30 ${formatNumber(x - 12)} ${formatNumber(y - 14)})`,
        })
      }
      bottomCells.push([x, y])
    }
  }
  bottomCells.sort((first, second) => second[1] - first[1])
  let drips = ""
  for (const [x, y] of bottomCells.slice(0, 8)) {
    if (!random.chance(0.45)) continue
    const length = random.between(60, 130)
    drips += path(
      pathData(
        "M",
        x - 30,
        y,
        "Q",
        x - 8,
        y + 20,
        x - 9,
        y + length,
        "A 14 14 0 1 0",
        x + 9,
        y + length,
        "Q",
        x + 8,
        y + 20,
        x + 30,
        y,
        "Z",
      ),
      hex(honey),
    )
  }
  let art = group(drips + rim + comb, `rotate(${formatNumber(random.between(-8, 8))} ${cx} ${cy})`)

  // Wooden dipper lying across the front, its grooved head still coated in honey.
  let dipper = rect(0, -12, 300, 24, woodColour, { rx: 12 })
  dipper += circle(300, 0, 16, woodDark)
  dipper += rect(-8, -18, 20, 36, woodDark, { rx: 6 })
  for (let ridge = 0; ridge < 5; ridge++) {
    const x = -26 - ridge * 24
    const height = 46 - Math.abs(ridge - 2) * 7
    dipper += ellipse(x, 0, 15, height, woodDark)
    dipper += ellipse(x + 3, -2, 11, height - 5, woodColour)
  }
  dipper += path(pathData("M -136 -16 Q -80 -34 -14 -20 L -14 22 Q -80 40 -136 18 Z"), hex(honey), { opacity: 0.75 })
  dipper += path(pathData("M -84 24 Q -82 70 -76 84 A 10 10 0 0 0 -58 80 Q -58 62 -56 28 Z"), hex(honey))
  dipper += rect(-120, -12, 90, 8, "#fff", { rx: 4, opacity: 0.35 })
  art += group(dipper, place(560 + random.between(-30, 30), 780, random.between(-24, -12), 1.25))

  // A bee gives the comb scale and charm.
  const beeX = random.between(700, 820)
  const beeY = random.between(180, 260)
  const bee =
    ellipse(-10, -30, 26, 16, "#fff", { opacity: 0.85, transform: "rotate(-30 -10 -30)" }) +
    ellipse(12, -30, 24, 14, "#fff", { opacity: 0.85, transform: "rotate(20 12 -30)" }) +
    ellipse(0, 0, 40, 28, "#f3c23c") +
    rect(-14, -27, 10, 54, "#3a2a1e") +
    rect(10, -25, 10, 50, "#3a2a1e") +
    circle(38, -4, 14, "#3a2a1e")
  art += stroke(
    pathData("M", beeX - 60, beeY + 40, "C", beeX - 140, beeY + 90, beeX - 200, beeY - 10, beeX - 260, beeY + 50),
    shade(main, 0.15),
    5,
    { "stroke-dasharray": "4 16", opacity: 0.6 },
  )
  art += group(bee, place(beeX, beeY, random.between(-20, 10)))
  return art
}

function drawJerky(random: Random, colours: Colours): string {
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

function drawCookie(random: Random, colours: Colours): string {
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

function slipperOutline(): string {
  return pathData(
    "M 0 -230 C 78 -230 104 -160 104 -70 C 104 40 96 150 78 190 C 62 226 -62 226 -78 190 C -96 150 -104 40 -104 -70 C -104 -160 -78 -230 0 -230 Z",
  )
}

function drawFeltSlippers(random: Random, colours: Colours): string {
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

function drawFeltToy(random: Random, colours: Colours): string {
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

function drawFeltRug(random: Random, colours: Colours): string {
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

function drawFeltBag(random: Random, colours: Colours): string {
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

function skein(colour: Rgb, length: number): string {
  // A hank is twisted on itself, so it is drawn as a rope of tilted lobes, each with its strands.
  const lobes = Math.round(length / 62)
  const spacing = length / lobes
  const lobe = (x: number, fill: string, strands: string, dy = 0): string => {
    let art = ellipse(x, dy, 74, spacing * 0.62, fill, { transform: `rotate(-55 ${formatNumber(x)} ${dy})` })
    for (const scale of [0.62])
      art += ellipse(x, dy, 74 * scale + 10, spacing * 0.62 * scale, "none", {
        stroke: strands,
        "stroke-width": 4,
        transform: `rotate(-55 ${formatNumber(x)} ${dy})`,
      })
    return art
  }
  let back = ""
  let front = ""
  for (let index = 0; index < lobes; index++) {
    const x = -length / 2 + spacing * (index + 0.5)
    back += ellipse(x, 8, 74, spacing * 0.62, shade(colour, 0.3), { transform: `rotate(-55 ${formatNumber(x)} 8)` })
    front += lobe(x, hex(colour), shade(colour, 0.2))
  }
  const loops =
    ellipse(-length / 2 - 6, 0, 34, 44, "none", { stroke: hex(colour), "stroke-width": 14 }) +
    ellipse(length / 2 + 6, 0, 34, 44, "none", { stroke: hex(colour), "stroke-width": 14 })
  const band = rect(-34, -70, 68, 140, creamColour, { rx: 8 }) + rect(-34, -44, 68, 10, hex(colour), { opacity: 0.55 })
  return loops + back + front + band
}

function yarnBall(colour: Rgb, ids: IdMaker, random: Random): string {
  const radius = 118
  const clip = clipPath(ids, circle(0, 0, radius, "#000"))
  let wraps = circle(0, 0, radius, hex(colour))
  const start = random.between(0, 180)
  for (let band = 0; band < 2; band++) {
    const angle = start + band * 75
    for (let line = -3; line <= 3; line++) {
      wraps += ellipse(0, line * 30, radius * 1.2, 24, "none", {
        stroke: band ? shade(colour, 0.22) : tint(colour, 0.2),
        "stroke-width": 7,
        transform: `rotate(${formatNumber(angle)})`,
      })
    }
  }
  let art = circle(0, 10, radius, shade(colour, 0.3))
  art += group(wraps, undefined, { "clip-path": `url(#${clip})` })
  art += circle(0, 0, radius, "none", { stroke: shade(colour, 0.15), "stroke-width": 4 })
  art += stroke(pathData("M", -radius * 0.6, radius * 0.8, "C -200 170 -260 60 -330 130"), hex(colour), 7)
  return art
}

function drawYarn(random: Random, colours: Colours, ids: IdMaker): string {
  const { main, accent } = colours
  const shades: Rgb[] = [main, accent, mix(main, accent, 0.5), mix(main, white, 0.45)]
  const first = random.integer(0, shades.length - 1)
  const colourAt = (offset: number): Rgb => shades[(first + offset) % shades.length] ?? main
  let art = ""
  art += group(skein(colourAt(0), 440), place(450, 440 + random.between(-20, 10), random.between(-12, -4)))
  art += group(skein(colourAt(1), 470), place(430, 610 + random.between(-10, 10), random.between(2, 8)))
  art += group(yarnBall(colourAt(2), ids, random), place(690 + random.between(-20, 20), 710, random.between(-20, 20)))
  return art
}

const motifDrawings: Record<ProductMotif, Drawing> = {
  jar: drawJar,
  bottle: drawBottle,
  bag: drawBag,
  honeycomb: drawHoneycomb,
  jerky: drawJerky,
  cookie: drawCookie,
  "felt-slippers": drawFeltSlippers,
  "felt-toy": drawFeltToy,
  "felt-rug": drawFeltRug,
  "felt-bag": drawFeltBag,
  yarn: drawYarn,
}

// ---------------------------------------------------------------------------------------------------------------
// Producer groups

function drawLandscape(random: Random, fruit: Rgb, trim: Rgb, ids: IdMaker): string {
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
