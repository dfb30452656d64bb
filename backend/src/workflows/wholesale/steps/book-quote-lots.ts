import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteBookings } from "../../../lib/wholesale-quotes"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export const bookQuoteLotsStepId = "book-quote-lots"

/**
 * Books an accepted quote's lines beyond the shelf against their coming lots, all or none, each
 * lot's count raised by one conditional UPDATE (never past its forecast, shared with retail
 * pre-orders); a line already booked under its key (a replay) is left as it is. Refuses
 * (`fully_preordered`, `preorder_too_few_left`, `preorder_closed`) when a lot cannot take it.
 * Compensation releases the bookings this step made.
 */
export const bookQuoteLotsStep = createStep(
  bookQuoteLotsStepId,
  async (input: { quote_id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const bookings = quoteBookings(await wholesale.quoteOf(input.quote_id))
    if (!bookings.length) return new StepResponse([] as string[], [] as string[])
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const booked = await harvest.bookPreorders(bookings)
    return new StepResponse(booked, booked)
  },
  async (booked, { container }) => {
    if (!booked?.length) return
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    await harvest.releasePreorders(booked)
  },
)
