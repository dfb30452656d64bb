import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyRole, Locale } from "@ovop/domain"
import { addToWholesaleGroupStep } from "../steps/add-to-wholesale-group"
import {
  addCompanyMemberStep,
  notifyCompanyMemberStep,
  removeCompanyMemberStep,
  removeFromWholesaleGroupStep,
} from "../steps/company-members"

export type AddCompanyUserInput = {
  company_id: string
  customer_id: string
  role: CompanyRole
  /** For the email: the added customer's address and name, the buyer admin's name, the company and its language. */
  email: string
  name: string
  admin: string
  company: string
  locale: Locale
}

export const addCompanyUserWorkflowId = "add-company-user"

/**
 * A buyer admin adds a customer to the company: a company user, the "Wholesale" customer group
 * (wholesale prices), then an email. A failure after the first step undoes what was done.
 */
export const addCompanyUserWorkflow = createWorkflow(addCompanyUserWorkflowId, (input: AddCompanyUserInput) => {
  const id = addCompanyMemberStep(
    transform({ input }, ({ input }) => ({
      company_id: input.company_id,
      customer_id: input.customer_id,
      role: input.role,
    })),
  )
  addToWholesaleGroupStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id })))
  notifyCompanyMemberStep(
    transform({ input, id }, ({ input, id }) => ({
      user_id: id,
      customer_id: input.customer_id,
      email: input.email,
      locale: input.locale,
      name: input.name,
      admin: input.admin,
      company: input.company,
    })),
  )
  return new WorkflowResponse({ id })
})

export const removeCompanyUserWorkflowId = "remove-company-user"

/** A buyer admin takes a user out of the company: no longer a company user, nor in the "Wholesale" group. */
export const removeCompanyUserWorkflow = createWorkflow(
  removeCompanyUserWorkflowId,
  (input: { company_id: string; id: string }) => {
    const member = removeCompanyMemberStep(input)
    removeFromWholesaleGroupStep(transform({ member }, ({ member }) => ({ customer_id: member.customer_id })))
    return new WorkflowResponse(member)
  },
)
