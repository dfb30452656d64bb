/** Kana, kanji and full-width forms: what makes a text (or a neighbour of a mark) Japanese. */
const japaneseScript = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/

/** A half-width mark in a Japanese text that Japanese writes full-width, with a little context. */
export type HalfWidthMark = { mark: string; index: number; context: string }

/**
 * The half-width `! ? : ( ) ,` of a Japanese text that should be full-width (！？：（）、):
 * `!` and `?` anywhere in it, the others beside Japanese (spaces skipped). A colon or comma
 * between digits (9:00, 1,070円) and anything inside a URL or a `{placeholder}` stays.
 */
export function halfWidthMarks(text: string): HalfWidthMark[] {
  if (!japaneseScript.test(text)) return []
  const found: HalfWidthMark[] = []
  const skipped = [...text.matchAll(/https?:\/\/\S+|\{\w+\}/g)].map((match) => [
    match.index,
    match.index + match[0].length,
  ])
  for (const match of text.matchAll(/[!?:(),]/g)) {
    const index = match.index
    const mark = match[0]
    if (skipped.some(([from = 0, to = 0]) => index >= from && index < to)) continue
    const before = text.slice(0, index).trimEnd().slice(-1)
    const after = text
      .slice(index + 1)
      .trimStart()
      .charAt(0)
    if ((mark === ":" || mark === ",") && /\d/.test(text.charAt(index - 1)) && /\d/.test(text.charAt(index + 1)))
      continue
    if (mark === "!" || mark === "?" || japaneseScript.test(before) || japaneseScript.test(after)) {
      found.push({ mark, index, context: text.slice(Math.max(0, index - 12), index + 12) })
    }
  }
  return found
}
