import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type CreateCompanyStepInput = {
  application_id: string
  customer_id: string
  name: string
  country_code: string
  registration_number: string
  preferred_language: "en" | "ja" | "ru" | "ky"
}

export const createCompanyStepId = "create-company"

/** Makes the approved applicant's company with the applicant as its buyer admin; compensation deletes both. */
export const createCompanyStep = createStep(
  createCompanyStepId,
  async (input: CreateCompanyStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const company = await wholesale.createCompanies({
      name: input.name,
      country_code: input.country_code,
      registration_number: input.registration_number,
      preferred_language: input.preferred_language,
    })
    const user = await wholesale.createCompanyUsers({
      customer_id: input.customer_id,
      role: "buyer_admin",
      company_id: company.id,
    })
    await wholesale.updateWholesaleApplications({ id: input.application_id, company_id: company.id })
    return new StepResponse(company, { company_id: company.id, user_id: user.id })
  },
  async (made, { container }) => {
    if (!made) return
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.deleteCompanyUsers(made.user_id)
    await wholesale.deleteCompanies(made.company_id)
  },
)
