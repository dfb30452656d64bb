import PDFDocument from "pdfkit"
import { type PdfFonts, pdfFonts } from "./fonts"
import { textRuns } from "./runs"

/** A column of the document's table: its heading, its share of the width, its alignment. */
export type PdfColumn = { label: string; width: number; align?: "left" | "right" }

/**
 * A business document (an invoice, a packing list, a statement): a title, reference facts
 * (number, date, terms), the parties, one table, totals and notes. Every string may mix Latin,
 * Cyrillic (Kyrgyz letters included) and Japanese; each is drawn with a face that has its glyphs.
 */
export type BusinessDocumentSpec = {
  title: string
  reference: { label: string; value: string }[]
  parties: { label: string; lines: string[] }[]
  columns: PdfColumn[]
  rows: string[][]
  totals: { label: string; value: string }[]
  notes: string[]
  /** The PDF's own properties (what a viewer shows as title and author). */
  info: { title: string; author: string; subject?: string }
  /** Footer of every page before "page/pages" (for example the seller's name and address). */
  footer?: string
}

const MARGIN = 40
const FACE_NAMES = { text: "text", textBold: "text-bold", cjk: "cjk", cjkBold: "cjk-bold" } as const

type Pdf = PDFKit.PDFDocument
type Style = { size: number; bold?: boolean }

/** Draws the document as a PDF (A4) and answers its bytes. */
export async function renderBusinessDocument(
  spec: BusinessDocumentSpec,
  fonts: PdfFonts = pdfFonts(),
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    // pdfkit writes every key it is given: an absent subject must be left out, not undefined.
    info: {
      Title: spec.info.title,
      Author: spec.info.author,
      ...(spec.info.subject ? { Subject: spec.info.subject } : {}),
    },
  })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  for (const [key, name] of Object.entries(FACE_NAMES) as [keyof PdfFonts, string][]) {
    const font = fonts[key]
    if (font.face) doc.registerFont(name, font.path, font.face)
    else doc.registerFont(name, font.path)
  }

  const width = doc.page.width - 2 * MARGIN
  write(doc, spec.title, MARGIN, MARGIN, { width, style: { size: 15, bold: true } })
  let y = doc.y + 8

  // Reference facts, two columns of label: value.
  const half = width / 2
  spec.reference.forEach((fact, index) => {
    const x = MARGIN + (index % 2) * half
    if (index % 2 === 0 && index > 0) y = doc.y + 2
    write(doc, `${fact.label}: ${fact.value}`, x, y, { width: half - 8, style: { size: 9 } })
  })
  y = doc.y + 12

  // Parties side by side (seller, buyer, consignee), each a bold label over its lines.
  if (spec.parties.length) {
    const partyWidth = width / spec.parties.length
    let bottom = y
    spec.parties.forEach((party, index) => {
      const x = MARGIN + index * partyWidth
      write(doc, party.label, x, y, { width: partyWidth - 10, style: { size: 9, bold: true } })
      for (const line of party.lines) write(doc, line, x, doc.y, { width: partyWidth - 10, style: { size: 9 } })
      bottom = Math.max(bottom, doc.y)
    })
    y = bottom + 14
  }

  y = drawTable(doc, spec.columns, spec.rows, y, width)

  // Totals, right-aligned under the table.
  y += 8
  for (const total of spec.totals) {
    y = ensureRoom(doc, y, 14)
    write(doc, `${total.label}: ${total.value}`, MARGIN, y, { width, align: "right", style: { size: 10, bold: true } })
    y = doc.y + 2
  }
  y += 10
  for (const note of spec.notes) {
    y = ensureRoom(doc, y, 12)
    write(doc, note, MARGIN, y, { width, style: { size: 8 } })
    y = doc.y + 3
  }

  // Footer and page numbers on every page.
  const range = doc.bufferedPageRange()
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page)
    const footer = `${spec.footer ? `${spec.footer} · ` : ""}${page + 1}/${range.count}`
    // Below the bottom margin: lift the margin so pdfkit does not add a page for it.
    const bottomMargin = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    write(doc, footer, MARGIN, doc.page.height - MARGIN + 10, { width, align: "center", style: { size: 7 } })
    doc.page.margins.bottom = bottomMargin
  }
  doc.end()
  return finished
}

function drawTable(doc: Pdf, columns: PdfColumn[], rows: string[][], top: number, width: number): number {
  const totalShare = columns.reduce((sum, column) => sum + column.width, 0)
  const widths = columns.map((column) => (column.width / totalShare) * width)
  const lefts = widths.map((_, index) => MARGIN + widths.slice(0, index).reduce((sum, w) => sum + w, 0))
  const padding = 3
  const heading: Style = { size: 8, bold: true }
  const body: Style = { size: 8 }

  const rowHeight = (cells: string[], style: Style) =>
    Math.max(...cells.map((cell, index) => measure(doc, cell, (widths[index] ?? 0) - 2 * padding, style))) + 2 * padding
  const drawRow = (cells: string[], y: number, style: Style, shaded: boolean) => {
    const height = rowHeight(cells, style)
    if (shaded) doc.save().rect(MARGIN, y, width, height).fill("#efe9dc").restore()
    cells.forEach((cell, index) => {
      write(doc, cell, (lefts[index] ?? MARGIN) + padding, y + padding, {
        width: (widths[index] ?? 0) - 2 * padding,
        align: columns[index]?.align ?? "left",
        style,
      })
    })
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width, y + height)
      .lineWidth(0.5)
      .strokeColor("#b8ad98")
      .stroke()
    return y + height
  }

  const labels = columns.map((column) => column.label)
  let y = ensureRoom(doc, top, rowHeight(labels, heading) + 20)
  y = drawRow(labels, y, heading, true)
  for (const row of rows) {
    const height = rowHeight(row, body)
    if (y + height > doc.page.height - MARGIN - 20) {
      doc.addPage()
      y = drawRow(labels, MARGIN, heading, true)
    }
    y = drawRow(row, y, body, false)
  }
  return y
}

/** A new page when `height` does not fit under `y`; answers where to draw. */
function ensureRoom(doc: Pdf, y: number, height: number): number {
  if (y + height <= doc.page.height - MARGIN - 20) return y
  doc.addPage()
  return MARGIN
}

function faceOf(face: "cjk" | "text", bold?: boolean): string {
  if (face === "cjk") return bold ? FACE_NAMES.cjkBold : FACE_NAMES.cjk
  return bold ? FACE_NAMES.textBold : FACE_NAMES.text
}

/** The height `text` takes in `width` (measured with the CJK face when it has CJK: its glyphs are the widest). */
function measure(doc: Pdf, text: string, width: number, style: Style): number {
  const hasCjk = textRuns(text).some((run) => run.face === "cjk")
  return doc
    .font(faceOf(hasCjk ? "cjk" : "text", style.bold))
    .fontSize(style.size)
    .heightOfString(text || " ", { width })
}

/** Draws `text` at (x, y) in `width`, run by run, each run in the face that has its glyphs. */
function write(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  options: { width: number; align?: "left" | "right" | "center"; style: Style },
): void {
  const runs = textRuns(text || " ")
  doc.fillColor("#1f1a14")
  runs.forEach((run, index) => {
    doc.font(faceOf(run.face, options.style.bold)).fontSize(options.style.size)
    const more = index < runs.length - 1
    if (index === 0) {
      // A mixed line is drawn left to right: alignment applies to a single-face line only.
      doc.text(run.text, x, y, {
        width: options.width,
        align: runs.length > 1 ? "left" : options.align,
        continued: more,
      })
    } else {
      doc.text(run.text, { continued: more })
    }
  })
}
