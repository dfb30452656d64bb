/** Width in pixels of the master image uploaded to the backend; the storefront derives smaller sizes itself. */
export const masterImageWidth = 1200

// Everything is drawn on a 1000-unit canvas and scaled by the SVG's width/height, so `size` never changes the art.
export const canvas = 1000

/** The output size in pixels (default the master width), rejecting anything but a positive integer. */
export function checkedSize(size: number | undefined): number {
  const value = size ?? masterImageWidth
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`Invalid illustration size ${value}: expected a positive integer`)
  return value
}

/** Wraps definitions and body into the square SVG document of the given pixel size. */
export function svgDocument(size: number, definitions: string, body: string): string {
  const defs = definitions ? `<defs>${definitions}</defs>` : ""
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${canvas} ${canvas}">${defs}${body}</svg>`
}

/** Hands out document-unique ids for gradients, patterns and clip paths and collects their definitions. */
export class IdMaker {
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

/** An element's attributes; undefined ones are left out. */
export type Attributes = Record<string, string | number | undefined>

/** A coordinate rounded to a tenth, never `-0`, so the SVG stays small and stable. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return Object.is(rounded, -0) ? "0" : String(rounded)
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")
}

/** Writes one SVG element with escaped attributes. */
export function element(tag: string, attributes: Attributes, content?: string): string {
  let text = `<${tag}`
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    text += ` ${name}="${typeof value === "number" ? formatNumber(value) : escapeAttribute(value)}"`
  }
  return content === undefined ? `${text}/>` : `${text}>${content}</${tag}>`
}

/** Joins path commands and numbers into a `d` attribute. */
export function pathData(...parts: (string | number)[]): string {
  return parts.map((part) => (typeof part === "number" ? formatNumber(part) : part)).join(" ")
}

/** A rectangle. */
export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra: Attributes = {},
): string {
  return element("rect", { x, y, width, height, fill, ...extra })
}

/** A circle. */
export function circle(cx: number, cy: number, r: number, fill: string, extra: Attributes = {}): string {
  return element("circle", { cx, cy, r, fill, ...extra })
}

/** An ellipse. */
export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attributes = {}): string {
  return element("ellipse", { cx, cy, rx, ry, fill, ...extra })
}

/** A filled path. */
export function path(d: string, fill: string, extra: Attributes = {}): string {
  return element("path", { d, fill, ...extra })
}

/** An unfilled path with round caps and joins. */
export function stroke(d: string, colour: string, width: number, extra: Attributes = {}): string {
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
export function smoothClosedPath(points: readonly (readonly [number, number])[]): string {
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

/** A filled polygon through the given points. */
export function polygon(points: readonly (readonly [number, number])[], fill: string, extra: Attributes = {}): string {
  return element("polygon", {
    points: points.map(([x, y]) => `${formatNumber(x)},${formatNumber(y)}`).join(" "),
    fill,
    ...extra,
  })
}

/** A `<g>` around `content`, optionally transformed. */
export function group(content: string, transform?: string, extra: Attributes = {}): string {
  return element("g", { transform, ...extra }, content)
}

/** A transform moving to (x, y), then rotating (degrees) and scaling. */
export function place(x: number, y: number, rotation = 0, scale = 1): string {
  let transform = `translate(${formatNumber(x)} ${formatNumber(y)})`
  if (rotation) transform += ` rotate(${formatNumber(rotation)})`
  if (scale !== 1) transform += ` scale(${Math.round(scale * 1000) / 1000})`
  return transform
}

/** Defines a top-to-bottom linear gradient and returns its id. */
export function verticalGradient(ids: IdMaker, stops: readonly [number, string][]): string {
  return ids.define((id) =>
    element(
      "linearGradient",
      { id, x1: 0, y1: 0, x2: 0, y2: 1 },
      stops.map(([offset, colour]) => element("stop", { offset, "stop-color": colour })).join(""),
    ),
  )
}

/** Defines a clip path of `shape` and returns its id. */
export function clipPath(ids: IdMaker, shape: string): string {
  return ids.define((id) => element("clipPath", { id }, shape))
}

/** The corners of a regular polygon around (cx, cy). */
export function regularPolygon(
  cx: number,
  cy: number,
  radius: number,
  sides: number,
  rotation = 0,
): [number, number][] {
  return Array.from({ length: sides }, (_, index) => {
    const angle = rotation + (index * 2 * Math.PI) / sides
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as [number, number]
  })
}
