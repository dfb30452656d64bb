/** A stretch of text drawn with one face: CJK (Japanese) or the text face (Latin and Cyrillic). */
export type TextRun = { face: "cjk" | "text"; text: string }

// Han, kana, CJK symbols and punctuation, full-width forms: what the CJK face draws. Everything
// else (Latin, Cyrillic with Kyrgyz ң ө ү, digits, dashes) is drawn by the text face, which has
// those glyphs; Noto Sans CJK has no ң ө ү, DejaVu Sans has no kana.
const CJK =
  /[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u

/**
 * `text` cut into runs, each drawn with the face that has its glyphs. Spaces and punctuation
 * shared by both scripts stay with the run they sit in, so a line is cut as few times as it can be.
 */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = []
  for (const char of text) {
    const face = CJK.test(char) ? "cjk" : /[\s.,:;()/\-–—+%#№'"]/u.test(char) ? undefined : "text"
    const last = runs[runs.length - 1]
    if (last && (face === undefined || face === last.face)) last.text += char
    else runs.push({ face: face ?? "text", text: char })
  }
  return runs
}
