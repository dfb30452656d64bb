import type { MedusaResponse } from "@medusajs/framework/http"
import type { GroupStatement, PayoutDocumentLanguage } from "../../../lib/payout-documents"
import { statementCsv, statementDocument } from "../../../lib/payout-documents"
import { renderBusinessDocument } from "../../../lib/pdf/business-document"

/** Answers a file to download: its type and a file name (ASCII, so every browser keeps it). */
export function sendDocument(res: MedusaResponse, file: { body: Buffer | string; type: string; name: string }) {
  res.setHeader("Content-Type", file.type)
  res.setHeader("Content-Disposition", `attachment; filename="${file.name}"`)
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(file.body)
}

/** A name safe for a file: ids and days only keep letters, digits, dashes and underscores. */
export function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, "-")
}

/** Answers a group's statement as a PDF or a CSV in `lang`. */
export async function sendStatement(
  res: MedusaResponse,
  statement: GroupStatement,
  query: { format: "pdf" | "csv"; lang: PayoutDocumentLanguage },
) {
  const name = fileNamePart(
    `statement-${statement.group.id}-${statement.batchId ?? `${statement.period.start}-${statement.period.end}`}-${query.lang}`,
  )
  if (query.format === "csv") {
    sendDocument(res, {
      body: statementCsv(statement, query.lang),
      type: "text/csv; charset=utf-8",
      name: `${name}.csv`,
    })
    return
  }
  const pdf = await renderBusinessDocument(statementDocument(statement, query.lang))
  sendDocument(res, { body: pdf, type: "application/pdf", name: `${name}.pdf` })
}
