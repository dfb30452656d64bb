import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CompanyRole, type Locale, WHOLESALE_CUSTOMER_GROUP } from "@ovop/domain"
import { companyMemberAddedMessage } from "../../../lib/wholesale-company-message"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export const addCompanyMemberStepId = "add-company-member"

/** Adds a customer to a company (the module refuses one who buys for a company already); compensation deletes the row. */
export const addCompanyMemberStep = createStep(
  addCompanyMemberStepId,
  async (input: { company_id: string; customer_id: string; role: CompanyRole }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const id = await wholesale.addCompanyMember(input)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).deleteCompanyUsers(id)
  },
)

export const removeCompanyMemberStepId = "remove-company-member"

/**
 * Takes a user out of a company (refused when they are its only buyer admin); compensation
 * restores the row, so a failure after it leaves the company as it was.
 */
export const removeCompanyMemberStep = createStep(
  removeCompanyMemberStepId,
  async (input: { company_id: string; id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const member = await wholesale.changeCompanyMember({
      company_id: input.company_id,
      change: { kind: "remove", id: input.id },
    })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<WholesaleModuleService>(WHOLESALE_MODULE).restoreCompanyUsers([id])
  },
)

export const removeFromWholesaleGroupStepId = "remove-from-wholesale-group"

/**
 * Takes a customer out of the "Wholesale" customer group, so wholesale prices are no longer
 * theirs; compensation puts back a customer this step took out.
 */
export const removeFromWholesaleGroupStep = createStep(
  removeFromWholesaleGroupStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [group] = await customers.listCustomerGroups({ name: WHOLESALE_CUSTOMER_GROUP })
    if (!group) return new StepResponse(undefined, null)
    const [member] = await customers.listCustomers({ id: input.customer_id, groups: { id: group.id } })
    if (!member) return new StepResponse(undefined, null)
    const link = { customer_id: input.customer_id, customer_group_id: group.id }
    await customers.removeCustomerFromGroup(link)
    return new StepResponse(undefined, link)
  },
  async (link, { container }) => {
    if (!link) return
    await container.resolve(Modules.CUSTOMER).addCustomerToGroup(link)
  },
)

export type NotifyCompanyMemberInput = {
  user_id: string
  customer_id: string
  email: string
  locale: Locale
  name: string
  admin: string
  company: string
}

export const notifyCompanyMemberStepId = "notify-company-member"

/** Emails the added customer (once per company user: idempotency key), as the applicant's decision is sent. */
export const notifyCompanyMemberStep = createStep(
  notifyCompanyMemberStepId,
  async (input: NotifyCompanyMemberInput, { container }) => {
    const message = companyMemberAddedMessage(input)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: input.email,
      channel: "email",
      template: "wholesale-company-user-added",
      content: message,
      data: { ...message, company_user_id: input.user_id },
      trigger_type: "wholesale_company_user.added",
      resource_type: "company_user",
      resource_id: input.user_id,
      receiver_id: input.customer_id,
      idempotency_key: `wholesale-company-user:${input.user_id}:added`,
    })
    return new StepResponse(undefined)
  },
)
