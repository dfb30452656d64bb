/**
 * The geometry of the payout reports' charts, as plain numbers (the component draws them as SVG):
 * no chart library, a few rectangles and a polyline.
 */

/** The top of a chart's scale: the largest value rounded up to 1, 2 or 5 × a power of ten (at least 1). */
export function niceMaximum(values: readonly number[]): number {
  const largest = Math.max(1, ...values.filter((value) => Number.isFinite(value)))
  const power = 10 ** Math.floor(Math.log10(largest))
  const step = [1, 2, 5, 10].find((factor) => factor * power >= largest) ?? 10
  return step * power
}

/** A bar's length in pixels for `value` on a scale of `maximum` over `length` pixels; negatives draw nothing. */
export function barLength(value: number, maximum: number, length: number): number {
  if (!(value > 0) || !(maximum > 0)) return 0
  return Math.min(length, (value / maximum) * length)
}

/** The points of a line over `values` (x spread evenly by `step` from `start`, y from the bottom `height`). */
export function linePoints(
  values: readonly number[],
  input: { start: number; step: number; height: number; maximum: number; top: number },
): string {
  return values
    .map((value, index) => {
      const x = input.start + index * input.step
      const y = input.top + input.height - barLength(value, input.maximum, input.height)
      return `${x.toFixed(1)},${y.toFixed(1)}`
    })
    .join(" ")
}
