import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reindexSearch } from "../../../../lib/product-search-sync"

/**
 * POST /admin/search/reindex: rebuilds every locale's search index from the catalogue (the admin's
 * "Rebuild search index" button, `npm run reindex`). Answers the number of products indexed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const result = await reindexSearch(req.scope)
  res.json({ reindexed: result.products, engine: result.engine })
}
