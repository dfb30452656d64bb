/** An sRGB colour as three 0-255 channels. */
export type Rgb = readonly [number, number, number]

/** Pure white, the target of `tint`. */
export const white: Rgb = [255, 255, 255]
// A warm near-black: darkening towards it keeps shadows in the family of the palette instead of going grey.
export const ink: Rgb = [38, 26, 22]
/** Shared colours of things that are not the product's own: labels and paper, leaves, wood. */
export const creamColour = "#fbf4e6"
export const leafGreen = "#6f9a45"
export const leafDark = "#557c34"
export const woodColour = "#c1905e"
export const woodDark = "#946640"

/** The colours one product illustration is drawn in, derived from its two-colour palette. */
export type Colours = {
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

/** Parses a two-colour palette, throwing with the bad colour named. */
export function validatedPalette(palette: readonly string[]): [Rgb, Rgb] {
  if (!Array.isArray(palette) || palette.length !== 2) throw new Error("Invalid palette: expected two colours")
  const [first = "", second = ""] = palette
  return [parseColour(first), parseColour(second)]
}

/** Mixes two colours; `amount` 0 gives `from`, 1 gives `to`. */
export function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((channel) => {
    const start = from[channel] ?? 0
    return Math.round(start + ((to[channel] ?? 0) - start) * amount)
  }) as unknown as Rgb
}

/** Writes a colour as `#rrggbb`. */
export function hex(colour: Rgb): string {
  return `#${colour.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`
}

/** Lightens a colour towards white by `amount` (0-1). */
export function tint(colour: Rgb, amount: number): string {
  return hex(mix(colour, white, amount))
}

/** Darkens a colour towards the warm ink by `amount` (0-1). */
export function shade(colour: Rgb, amount: number): string {
  return hex(mix(colour, ink, amount))
}

/** Derives a product illustration's colours (background, backdrop disc, shadow) from its palette. */
export function deriveColours(palette: [string, string]): Colours {
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
