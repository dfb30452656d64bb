import fs from "node:fs"

/** A font file, and the face's PostScript name inside it when the file is a collection (.ttc). */
export type FontFile = { path: string; face?: string }

/** The four faces a document uses: text (Latin, Cyrillic with Kyrgyz letters) and CJK, regular and bold. */
export type PdfFonts = { text: FontFile; textBold: FontFile; cjk: FontFile; cjkBold: FontFile }

/**
 * Debian's DejaVu Sans (fonts-dejavu-core: Latin and all of Cyrillic, ң ө ү included) and Noto
 * Sans CJK (fonts-noto-cjk: Japanese), the packages `.ci/run` and the backend image install.
 * Each can be pointed elsewhere: OVOP_PDF_FONT_TEXT, OVOP_PDF_FONT_TEXT_BOLD, OVOP_PDF_FONT_CJK,
 * OVOP_PDF_FONT_CJK_BOLD, a path with `#<PostScript name>` after it for a collection.
 */
const DEFAULTS: Record<keyof PdfFonts, string> = {
  text: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  textBold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  cjk: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKjp-Regular",
  cjkBold: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc#NotoSansCJKjp-Bold",
}
const ENV: Record<keyof PdfFonts, string> = {
  text: "OVOP_PDF_FONT_TEXT",
  textBold: "OVOP_PDF_FONT_TEXT_BOLD",
  cjk: "OVOP_PDF_FONT_CJK",
  cjkBold: "OVOP_PDF_FONT_CJK_BOLD",
}

export class PdfFontsMissingError extends Error {}

/** The fonts documents are drawn with; throws naming the missing files and how to get them. */
export function pdfFonts(env: NodeJS.ProcessEnv = process.env): PdfFonts {
  const fonts = {} as PdfFonts
  const missing: string[] = []
  for (const key of Object.keys(DEFAULTS) as (keyof PdfFonts)[]) {
    const [path = "", face] = (env[ENV[key]] || DEFAULTS[key]).split("#")
    if (!fs.existsSync(path)) missing.push(`${path} (${ENV[key]})`)
    fonts[key] = face ? { path, face } : { path }
  }
  if (missing.length) {
    throw new PdfFontsMissingError(
      `PDF fonts not found: ${missing.join(", ")}. Install Debian's fonts-dejavu-core and fonts-noto-cjk, or set the variables to font files.`,
    )
  }
  return fonts
}
