import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_CUSTOMER_GROUP } from "@ovop/domain"

export const addToWholesaleGroupStepId = "add-to-wholesale-group"

/**
 * Puts a customer in the "Wholesale" customer group (made here when the seed has not made it), the
 * group the wholesale price lists are for. Compensation takes out a customer this step put in.
 */
export const addToWholesaleGroupStep = createStep(
  addToWholesaleGroupStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [found] = await customers.listCustomerGroups({ name: WHOLESALE_CUSTOMER_GROUP })
    const group =
      found ?? (await customers.createCustomerGroups({ name: WHOLESALE_CUSTOMER_GROUP, created_by: "wholesale" }))
    const [member] = await customers.listCustomers({ id: input.customer_id, groups: { id: group.id } })
    if (member) return new StepResponse(group.id, null)
    await customers.addCustomerToGroup({ customer_id: input.customer_id, customer_group_id: group.id })
    return new StepResponse(group.id, { customer_id: input.customer_id, customer_group_id: group.id })
  },
  async (added, { container }) => {
    if (!added) return
    await container.resolve(Modules.CUSTOMER).removeCustomerFromGroup(added)
  },
)
