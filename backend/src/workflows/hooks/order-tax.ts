import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { recordOrderTax } from "../../lib/order-tax"

type OrderCreatedHook = (
  invoke: (
    input: { order_id: string; cart_id: string },
    context: { container: MedusaContainer },
  ) => Promise<StepResponse<undefined, { order_id: string; previous: Record<string, unknown> | null } | undefined>>,
  compensate: (
    data: { order_id: string; previous: Record<string, unknown> | null } | undefined,
    context: { container: MedusaContainer },
  ) => Promise<void>,
) => void

// Medusa 2.21 runs `orderCreated` inside checkout, in the branch that creates the order (a retried
// completion of a cart that already has its order skips it), but leaves it out of the typed hooks.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

// The order's tax breakdown (once per rate, README: Money and tax) is written as the order is
// created, inside checkout: a checkout that fails after it removes it with the order.
orderCreated(
  async ({ order_id }, { container }) => {
    const recorded = await recordOrderTax(container, order_id)
    return new StepResponse(undefined, recorded ? { order_id, previous: recorded.previous } : undefined)
  },
  async (recorded, { container }) => {
    if (!recorded) return
    await container.resolve(Modules.ORDER).updateOrders(recorded.order_id, { metadata: recorded.previous ?? {} })
  },
)
