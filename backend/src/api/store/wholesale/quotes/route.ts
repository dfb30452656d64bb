import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentQuote, requestQuote } from "../../../../lib/wholesale-quotes"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import { requireBuyer } from "../buyer"
import type { StoreCreateWholesaleQuoteType } from "../validators"

/**
 * POST /store/wholesale/quotes: a buyer asks for a quote on their wholesale cart (delivery date,
 * destination, Incoterm). 201 with the quote; 409 when the cart already has an open quote.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateWholesaleQuoteType>, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  const id = await requestQuote(req.scope, buyer, req.validatedBody)
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  res.status(201).json({ wholesale_quote: await presentQuote(req.scope, await wholesale.quoteOf(id), "buyer") })
}

/** GET /store/wholesale/quotes: the quotes of the buyer's company (any of its buyers asked), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const quotes = await wholesale.listWholesaleQuotes(
    { company_id: buyer.company_id },
    { relations: ["lines", "messages"], order: { created_at: "DESC" }, take: 100 },
  )
  const presented = await Promise.all(
    quotes.map((quote) => presentQuote(req.scope, quote as unknown as Parameters<typeof presentQuote>[1], "buyer")),
  )
  res.json({ wholesale_quotes: presented })
}
