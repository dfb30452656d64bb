import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import type { StoreCreateWholesaleApplicationType } from "../validators"

// What an applicant sees of their own applications: not who decided.
const APPLICANT_FIELDS = [
  "id",
  "status",
  "company_name",
  "country_code",
  "registration_number",
  "contact_person",
  "expected_yearly_volume_usd",
  "preferred_language",
  "rejection_reason",
  "decided_at",
  "created_at",
] as const

/**
 * POST /store/wholesale/applications: the signed-in customer applies to buy wholesale. Refused
 * (409) while an application of theirs waits, or when they already buy for a company.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateWholesaleApplicationType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  if (await wholesale.buyerOf(customerId)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "you already buy for a company: no application is needed")
  }
  const [waiting] = await wholesale.listWholesaleApplications({ customer_id: customerId, status: "pending" })
  if (waiting) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `your application ${waiting.id} is waiting for a decision: you will hear from us by email`,
    )
  }
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["email"] })
  const created = await wholesale.createWholesaleApplications({
    ...req.validatedBody,
    customer_id: customerId,
    email: customer.email,
  })
  res.status(201).json({ wholesale_application: pick(created) })
}

/** GET /store/wholesale/applications: the signed-in customer's own applications, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const applications = await wholesale.listWholesaleApplications(
    { customer_id: req.auth_context.actor_id },
    { order: { created_at: "DESC" }, take: 50 },
  )
  res.json({ wholesale_applications: applications.map(pick) })
}

function pick(application: Record<string, unknown>) {
  return Object.fromEntries(APPLICANT_FIELDS.map((field) => [field, application[field] ?? null]))
}
