import { model } from "@medusajs/framework/utils"

/**
 * One product in one locale's search index (the PostgreSQL provider's storage): the document as
 * the API answers it, and its text normalized for matching (`text.ts`), split by weight.
 * Rebuilt from the catalogue, never edited by hand.
 */
export const SearchDocumentRecord = model
  .define("search_document", {
    id: model.id({ prefix: "sdoc" }).primaryKey(),
    locale: model.text(),
    product_id: model.text(),
    document: model.json(),
    title_text: model.text(),
    short_text: model.text(),
    body_text: model.text(),
  })
  .indexes([{ on: ["locale", "product_id"], unique: true }])
