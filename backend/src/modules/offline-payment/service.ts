import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { refuse } from "../../lib/refusal-error"
import {
  BANK_TRANSFER_PROVIDER_ID,
  type BankTransferOptions,
  bankDetailsFrom,
  bankTransferReference,
} from "./bank-details"

type OfflineData = Record<string, unknown> & { session_id?: string; captured_at?: string; canceled_at?: string }

/**
 * A payment settled outside the store: the money arrives later (on delivery, by transfer), so a
 * checkout only authorizes it and staff capture it in the admin once it is there. No external
 * service is called; everything the shopper needs travels in the payment's data.
 */
abstract class OfflinePaymentProvider<Options = Record<string, never>> extends AbstractPaymentProvider<Options> {
  /** What the session's data says about this way of paying (instructions, reference, account). */
  protected abstract describe(input: {
    sessionId: string
    amount: unknown
    currencyCode: string
  }): Record<string, unknown>

  /** Opens the session with the shopper's instructions; nothing is due yet. */
  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = String((input.data as OfflineData | undefined)?.session_id ?? "")
    if (!sessionId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "an offline payment needs its payment session id")
    }
    const data = {
      ...this.describe({ sessionId, amount: input.amount, currencyCode: input.currency_code }),
      session_id: sessionId,
    }
    return { id: sessionId, data, status: PaymentSessionStatus.PENDING }
  }

  /** Keeps the instructions in step with a changed cart total. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const previous = (input.data ?? {}) as OfflineData
    const sessionId = String(previous.session_id ?? "")
    return {
      data: { ...previous, ...this.describe({ sessionId, amount: input.amount, currencyCode: input.currency_code }) },
    }
  }

  /** Authorizes at checkout: the order is placed, the money is collected later. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: { ...(input.data ?? {}) }, status: PaymentSessionStatus.AUTHORIZED }
  }

  /** Records that staff received the money (the admin's capture); a repeat changes nothing. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = (input.data ?? {}) as OfflineData
    return { data: { ...data, captured_at: data.captured_at ?? new Date().toISOString() } }
  }

  /** Records a refund staff made by hand (cash back, transfer back). */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as OfflineData
    const refunds = Array.isArray(data.refunds) ? data.refunds : []
    return { data: { ...data, refunds: [...refunds, { amount: input.amount, at: new Date().toISOString() }] } }
  }

  /** Cancels an uncollected payment. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = (input.data ?? {}) as OfflineData
    return { data: { ...data, canceled_at: data.canceled_at ?? new Date().toISOString() } }
  }

  /** Drops an abandoned session; there is nothing outside the store to undo. */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** The status the payment's own data implies. */
  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as OfflineData
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data }
    if (data.captured_at) return { status: PaymentSessionStatus.CAPTURED, data }
    return { status: PaymentSessionStatus.AUTHORIZED, data }
  }

  /** The payment's stored data; there is no remote record. */
  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** Offline payments send no webhooks. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

/** Cash on delivery in Kyrgyzstan (`pp_cash-on-delivery_ovop`): the courier collects som at the door. */
export class CashOnDeliveryProviderService extends OfflinePaymentProvider {
  static override identifier = "cash-on-delivery"

  constructor(cradle: Record<string, unknown>, options: Record<string, never>) {
    super(cradle, options)
  }

  protected describe({ amount, currencyCode }: { amount: unknown; currencyCode: string }) {
    return {
      method: "cash-on-delivery",
      amount_due: String(amount),
      currency_code: currencyCode,
      instructions: "Pay the courier in cash when the parcel arrives.",
    }
  }
}

/**
 * Bank transfer in Kyrgyzstan (`pp_bank-transfer_ovop`): the shopper transfers the total to the
 * association's account quoting the reference; staff capture the payment when it arrives. Without
 * a configured account (`OVOP_BANK_*`) it is not offered (`GET /store/payment-providers` leaves it
 * out) and a session asked for anyway is refused (`400` `payment_unavailable`).
 */
export class BankTransferProviderService extends OfflinePaymentProvider<BankTransferOptions> {
  static override identifier = "bank-transfer"

  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
  }

  protected describe({
    sessionId,
    amount,
    currencyCode,
  }: {
    sessionId: string
    amount: unknown
    currencyCode: string
  }) {
    const bank = bankDetailsFrom(this.config ?? {})
    if (!bank) throw refuse("payment_unavailable", { provider: BANK_TRANSFER_PROVIDER_ID })
    return {
      method: "bank-transfer",
      reference: bankTransferReference(sessionId),
      amount_due: String(amount),
      currency_code: currencyCode,
      bank,
      instructions: "Transfer the amount due to this account and quote the reference; the order ships once it arrives.",
    }
  }
}
