import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentQuote } from "../../../../lib/wholesale-quotes"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import type { QuoteWithLines } from "../../../../modules/wholesale/types"
import type { AdminGetWholesaleQuotesParamsType } from "../validators"

/** GET /admin/wholesale/quotes: every company's quotes, newest first, filtered by status or company. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetWholesaleQuotesParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { limit, offset, status, company_id } = req.validatedQuery
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const [quotes, count] = await wholesale.listAndCountWholesaleQuotes(
    { ...(status ? { status } : {}), ...(company_id ? { company_id } : {}) },
    { relations: ["lines", "messages"], skip: offset, take: limit, order: { created_at: "DESC" } },
  )
  const companyIds = [...new Set(quotes.map((quote) => quote.company_id))]
  const companies = companyIds.length ? await wholesale.listCompanies({ id: companyIds }) : []
  const names = new Map(companies.map((company) => [company.id, company.name]))
  const presented = await Promise.all(
    quotes.map(async (quote) => ({
      ...(await presentQuote(req.scope, quote as unknown as QuoteWithLines, "staff")),
      company_name: names.get(quote.company_id) ?? null,
    })),
  )
  res.json({ wholesale_quotes: presented, count, limit, offset })
}
