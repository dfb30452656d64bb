import { randomBytes } from "node:crypto"
import http from "node:http"
import { guarded, listen } from "../../../scripts/lib/http-guard"
import { decodeStripeForm, FormDecodeError, type FormObject, type FormValue } from "./form"
import { stripeSignatureHeader } from "./signature"

/** Stripe's test payment methods this server knows, and what confirming with each does. */
export const TEST_PAYMENT_METHODS: Record<string, { brand: string; last4: string; decline?: StripeDecline }> = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_jcb: { brand: "jcb", last4: "0000" },
  pm_card_chargeDeclined: {
    brand: "visa",
    last4: "0002",
    decline: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: "visa",
    last4: "9995",
    decline: {
      code: "card_declined",
      decline_code: "insufficient_funds",
      message: "Your card has insufficient funds.",
    },
  },
  pm_card_chargeDeclinedExpiredCard: {
    brand: "visa",
    last4: "0069",
    decline: { code: "expired_card", message: "Your card has expired." },
  },
}

type StripeDecline = { code: string; decline_code?: string; message: string }

/** A payment intent as Stripe's API answers it (the fields Medusa's provider and a storefront read). */
export type PaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status:
    | "requires_payment_method"
    | "requires_confirmation"
    | "requires_action"
    | "processing"
    | "requires_capture"
    | "canceled"
    | "succeeded"
  capture_method: "automatic" | "automatic_async" | "manual"
  confirmation_method: "automatic"
  client_secret: string
  created: number
  customer: string | null
  description: string | null
  metadata: Record<string, string>
  payment_method: string | null
  payment_method_types: string[]
  last_payment_error: (StripeDecline & { type: "card_error"; payment_method?: { id: string } }) | null
  latest_charge: string | null
  canceled_at: number | null
  cancellation_reason: string | null
  next_action: null
  setup_future_usage: string | null
  livemode: false
}

/** A webhook event as Stripe posts it. */
export type StripeEvent = {
  id: string
  object: "event"
  api_version: string
  created: number
  type: string
  data: { object: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
}

/** One webhook delivery: what was posted where, and what the endpoint answered. */
export type WebhookDelivery = { event: StripeEvent; url: string; status: number; body: string }

export type StripeServerOptions = {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number
  host?: string
  /** Where events are posted, signed with `secret`; without it nothing is posted by itself. */
  webhook?: { url: string; secret: string }
  /** Post events automatically as intents change (default true when `webhook` is set). */
  autoWebhooks?: boolean
}

export type StripeServer = {
  /** e.g. `http://127.0.0.1:12111`: the value for `STRIPE_API_BASE_URL`. */
  url: string
  port: number
  /** The intents, by id, as this server holds them. */
  intents: Map<string, PaymentIntent>
  /** Every API request received (method, path, decoded body), oldest first. */
  requests: { method: string; path: string; body: FormObject }[]
  /** Every webhook delivery made, oldest first. */
  deliveries: WebhookDelivery[]
  /** Builds an event of `type` about an intent as it is now (not posted). */
  eventFor: (type: string, intentId: string) => StripeEvent
  /** Posts an event, signed (with `secret`, or the configured one), to `url` (or the configured one). */
  deliver: (
    event: StripeEvent,
    target?: { url?: string; secret?: string; signature?: string },
  ) => Promise<WebhookDelivery>
  /** Resolves once every automatic delivery started so far has been answered. */
  settled: () => Promise<void>
  close: () => Promise<void>
}

const API_VERSION = "2024-06-20"
/** Stripe refuses larger request bodies too; ours are a few hundred bytes. */
const maxBodyBytes = 1_000_000

/** A Stripe-shaped error answer. */
class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: Record<string, unknown> & { type: string; message: string },
  ) {
    super(error.message)
  }
}

const notFound = (kind: string, id: string) =>
  new StripeApiError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    param: "id",
    message: `No such ${kind}: '${id}'`,
  })

const unexpectedState = (intent: PaymentIntent, action: string) =>
  new StripeApiError(400, {
    type: "invalid_request_error",
    code: "payment_intent_unexpected_state",
    message: `This PaymentIntent's ${action} could not be performed because it has a status of ${intent.status}.`,
    payment_intent: { ...intent },
  })

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const nowSeconds = () => Math.floor(Date.now() / 1000)

const text = (value: FormValue | undefined): string | undefined => (typeof value === "string" ? value : undefined)
const integer = (value: FormValue | undefined, param: string): number | undefined => {
  if (value === undefined) return undefined
  const parsed = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(parsed)) {
    throw new StripeApiError(400, {
      type: "invalid_request_error",
      code: "parameter_invalid_integer",
      param,
      message: `Invalid integer: ${String(value)}`,
    })
  }
  return parsed
}
const stringMap = (value: FormValue | undefined): Record<string, string> => {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  )
}

/**
 * A local HTTP server that speaks the part of Stripe's API Medusa's Stripe provider uses (payment
 * intents, refunds, customers, payment methods), with Stripe's form-encoded requests, JSON answers,
 * error shapes and idempotency keys, and that posts signed webhook events. For tests and local
 * end-to-end runs only: it accepts any test-mode key and moves no money.
 */
export async function startStripeServer(options: StripeServerOptions = {}): Promise<StripeServer> {
  const intents = new Map<string, PaymentIntent>()
  const customers = new Map<string, Record<string, unknown>>()
  const refunds = new Map<string, Record<string, unknown>>()
  const idempotent = new Map<string, { status: number; body: string }>()
  const requests: StripeServer["requests"] = []
  const deliveries: WebhookDelivery[] = []
  const pending = new Set<Promise<unknown>>()
  const autoWebhooks = options.autoWebhooks ?? Boolean(options.webhook)

  const eventFor = (type: string, intentId: string): StripeEvent => {
    const intent = intents.get(intentId)
    if (!intent) throw new Error(`no payment intent ${intentId} on the local Stripe server`)
    return {
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: nowSeconds(),
      type,
      data: { object: structuredClone(intent) as unknown as Record<string, unknown> },
      livemode: false,
      pending_webhooks: 1,
      request: { id: newId("req"), idempotency_key: null },
    }
  }

  const deliver: StripeServer["deliver"] = async (event, target = {}) => {
    const url = target.url ?? options.webhook?.url
    const secret = target.secret ?? options.webhook?.secret
    if (!url || !secret) throw new Error("no webhook URL and secret configured on the local Stripe server")
    const payload = JSON.stringify(event, null, 2)
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        "stripe-signature": target.signature ?? stripeSignatureHeader(payload, secret, nowSeconds()),
      },
      body: payload,
    })
    const delivery = { event, url, status: response.status, body: await response.text() }
    deliveries.push(delivery)
    return delivery
  }

  const emit = (type: string, intent: PaymentIntent) => {
    if (!autoWebhooks) return
    const delivery = deliver(eventFor(type, intent.id)).catch((error: Error) => {
      deliveries.push({
        event: eventFor(type, intent.id),
        url: options.webhook?.url ?? "",
        status: 0,
        body: error.message,
      })
    })
    pending.add(delivery)
    void delivery.finally(() => pending.delete(delivery))
  }

  const paymentMethod = (id: string) => {
    const card = TEST_PAYMENT_METHODS[id]
    if (!card) throw notFound("payment_method", id)
    return {
      id,
      object: "payment_method",
      type: "card",
      card: {
        brand: card.brand,
        last4: card.last4,
        exp_month: 12,
        exp_year: new Date().getFullYear() + 3,
        country: "US",
      },
      billing_details: {},
      customer: null,
      created: nowSeconds(),
      livemode: false,
    }
  }

  const intentOf = (id: string) => {
    const intent = intents.get(id)
    if (!intent) throw notFound("payment_intent", id)
    return intent
  }

  /** Renders an intent, expanding `payment_method` when asked. */
  const render = (intent: PaymentIntent, expand: FormValue | undefined) => {
    const fields = Array.isArray(expand) ? expand : typeof expand === "string" ? [expand] : []
    const copy: Record<string, unknown> = structuredClone(intent)
    if (fields.includes("payment_method") && intent.payment_method)
      copy.payment_method = paymentMethod(intent.payment_method)
    return copy
  }

  /** Confirms an intent with a test card: authorized (manual capture), succeeded, or declined with a 402. */
  const confirm = (intent: PaymentIntent, body: FormObject) => {
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw unexpectedState(intent, "confirm")
    }
    const methodId = text(body.payment_method) ?? intent.payment_method
    if (!methodId) {
      throw new StripeApiError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: "You cannot confirm this PaymentIntent because it's missing a payment method.",
        payment_intent: { ...intent },
      })
    }
    const card = TEST_PAYMENT_METHODS[methodId]
    if (!card) throw notFound("payment_method", methodId)
    intent.payment_method = methodId
    if (card.decline) {
      intent.status = "requires_payment_method"
      intent.last_payment_error = { type: "card_error", ...card.decline, payment_method: { id: methodId } }
      intent.latest_charge = newId("ch")
      emit("payment_intent.payment_failed", intent)
      throw new StripeApiError(402, {
        type: "card_error",
        ...card.decline,
        charge: intent.latest_charge,
        payment_intent: { ...intent },
        payment_method: paymentMethod(methodId),
        doc_url: `https://stripe.com/docs/error-codes/${card.decline.code.replaceAll("_", "-")}`,
      })
    }
    intent.last_payment_error = null
    intent.latest_charge = newId("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
      emit("payment_intent.amount_capturable_updated", intent)
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      emit("payment_intent.succeeded", intent)
    }
  }

  const routes: {
    method: string
    path: RegExp
    handle: (match: RegExpExecArray, body: FormObject) => { status?: number; json: unknown }
  }[] = [
    {
      method: "POST",
      path: /^\/v1\/payment_intents$/,
      handle: (_, body) => {
        const amount = integer(body.amount, "amount")
        const currency = text(body.currency)?.toLowerCase()
        if (amount === undefined || !currency) {
          throw new StripeApiError(400, {
            type: "invalid_request_error",
            code: "parameter_missing",
            param: amount === undefined ? "amount" : "currency",
            message: `Missing required param: ${amount === undefined ? "amount" : "currency"}.`,
          })
        }
        const id = newId("pi")
        const types = body.payment_method_types
        const intent: PaymentIntent = {
          id,
          object: "payment_intent",
          amount,
          amount_capturable: 0,
          amount_received: 0,
          currency,
          status: text(body.payment_method) ? "requires_confirmation" : "requires_payment_method",
          capture_method: (text(body.capture_method) as PaymentIntent["capture_method"]) ?? "automatic_async",
          confirmation_method: "automatic",
          client_secret: `${id}_secret_${randomBytes(12).toString("hex")}`,
          created: nowSeconds(),
          customer: text(body.customer) ?? null,
          description: text(body.description) ?? null,
          metadata: stringMap(body.metadata),
          payment_method: text(body.payment_method) ?? null,
          payment_method_types: Array.isArray(types)
            ? types.filter((t): t is string => typeof t === "string")
            : ["card"],
          last_payment_error: null,
          latest_charge: null,
          canceled_at: null,
          cancellation_reason: null,
          next_action: null,
          setup_future_usage: text(body.setup_future_usage) ?? null,
          livemode: false,
        }
        intents.set(id, intent)
        emit("payment_intent.created", intent)
        if (text(body.confirm) === "true") confirm(intent, body)
        return { json: render(intent, body.expand) }
      },
    },
    {
      method: "GET",
      path: /^\/v1\/payment_intents\/([^/]+)$/,
      handle: (match, query) => ({ json: render(intentOf(match[1] ?? ""), query.expand) }),
    },
    {
      method: "POST",
      path: /^\/v1\/payment_intents\/([^/]+)$/,
      handle: (match, body) => {
        const intent = intentOf(match[1] ?? "")
        if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
          throw unexpectedState(intent, "update")
        }
        const amount = integer(body.amount, "amount")
        if (amount !== undefined) intent.amount = amount
        if (body.metadata) intent.metadata = { ...intent.metadata, ...stringMap(body.metadata) }
        if (text(body.description) !== undefined) intent.description = text(body.description) ?? null
        if (text(body.payment_method)) {
          intent.payment_method = text(body.payment_method) ?? null
          intent.status = "requires_confirmation"
        }
        return { json: render(intent, body.expand) }
      },
    },
    {
      method: "POST",
      path: /^\/v1\/payment_intents\/([^/]+)\/confirm$/,
      handle: (match, body) => {
        const intent = intentOf(match[1] ?? "")
        const clientSecret = text(body.client_secret)
        if (clientSecret !== undefined && clientSecret !== intent.client_secret) {
          throw new StripeApiError(400, {
            type: "invalid_request_error",
            code: "payment_intent_invalid_parameter",
            param: "client_secret",
            message: "The client_secret provided does not match the client_secret associated with the PaymentIntent.",
          })
        }
        confirm(intent, body)
        return { json: render(intent, body.expand) }
      },
    },
    {
      method: "POST",
      path: /^\/v1\/payment_intents\/([^/]+)\/capture$/,
      handle: (match, body) => {
        const intent = intentOf(match[1] ?? "")
        if (intent.status !== "requires_capture") throw unexpectedState(intent, "capture")
        const amount = integer(body.amount_to_capture, "amount_to_capture") ?? intent.amount_capturable
        if (amount > intent.amount_capturable) {
          throw new StripeApiError(400, {
            type: "invalid_request_error",
            code: "amount_too_large",
            param: "amount_to_capture",
            message: "The amount to capture is larger than the amount capturable.",
          })
        }
        intent.amount_received = amount
        intent.amount_capturable = 0
        intent.status = "succeeded"
        emit("payment_intent.succeeded", intent)
        return { json: render(intent, body.expand) }
      },
    },
    {
      method: "POST",
      path: /^\/v1\/payment_intents\/([^/]+)\/cancel$/,
      handle: (match, body) => {
        const intent = intentOf(match[1] ?? "")
        if (intent.status === "succeeded" || intent.status === "canceled") throw unexpectedState(intent, "cancel")
        intent.status = "canceled"
        intent.amount_capturable = 0
        intent.canceled_at = nowSeconds()
        intent.cancellation_reason = text(body.cancellation_reason) ?? null
        emit("payment_intent.canceled", intent)
        return { json: render(intent, body.expand) }
      },
    },
    {
      method: "POST",
      path: /^\/v1\/refunds$/,
      handle: (_, body) => {
        const intentId = text(body.payment_intent)
        if (!intentId) {
          throw new StripeApiError(400, {
            type: "invalid_request_error",
            code: "parameter_missing",
            param: "payment_intent",
            message: "Missing required param: payment_intent.",
          })
        }
        const intent = intentOf(intentId)
        const refunded = [...refunds.values()]
          .filter((r) => r.payment_intent === intentId)
          .reduce((sum, r) => sum + Number(r.amount), 0)
        const remaining = intent.amount_received - refunded
        if (intent.status !== "succeeded" || remaining <= 0) {
          throw new StripeApiError(400, {
            type: "invalid_request_error",
            code: "charge_already_refunded",
            message: `Charge ${intent.latest_charge} has already been refunded.`,
          })
        }
        const amount = integer(body.amount, "amount") ?? remaining
        if (amount > remaining) {
          throw new StripeApiError(400, {
            type: "invalid_request_error",
            code: "amount_too_large",
            param: "amount",
            message: `Refund amount (${amount}) is greater than the unrefunded amount on the charge (${remaining}).`,
          })
        }
        const refund = {
          id: newId("re"),
          object: "refund",
          amount,
          currency: intent.currency,
          charge: intent.latest_charge,
          payment_intent: intentId,
          status: "succeeded",
          created: nowSeconds(),
          metadata: stringMap(body.metadata),
        }
        refunds.set(refund.id, refund)
        return { json: refund }
      },
    },
    {
      method: "GET",
      path: /^\/v1\/payment_methods\/([^/]+)$/,
      handle: (match) => ({ json: paymentMethod(match[1] ?? "") }),
    },
    {
      method: "POST",
      path: /^\/v1\/customers$/,
      handle: (_, body) => {
        const customer = { id: newId("cus"), object: "customer", created: nowSeconds(), livemode: false, ...body }
        customers.set(customer.id, customer)
        return { json: customer }
      },
    },
    {
      method: "POST",
      path: /^\/v1\/customers\/([^/]+)$/,
      handle: (match, body) => {
        const customer = customers.get(match[1] ?? "")
        if (!customer) throw notFound("customer", match[1] ?? "")
        Object.assign(customer, body)
        return { json: customer }
      },
    },
    {
      method: "DELETE",
      path: /^\/v1\/customers\/([^/]+)$/,
      handle: (match) => {
        if (!customers.delete(match[1] ?? "")) throw notFound("customer", match[1] ?? "")
        return { json: { id: match[1], object: "customer", deleted: true } }
      },
    },
    {
      method: "GET",
      path: /^\/v1\/customers\/([^/]+)\/payment_methods$/,
      handle: (match) => {
        if (!customers.has(match[1] ?? "")) throw notFound("customer", match[1] ?? "")
        return { json: { object: "list", data: [], has_more: false, url: `/v1/customers/${match[1]}/payment_methods` } }
      },
    },
  ]

  // Guarded: whatever a request makes the handler throw answers 400 or 500, and the server keeps serving.
  const server = http.createServer(guarded((req, res) => handle(req, res)))
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) chunks.push(chunk)
    })
    await new Promise<void>((resolve, reject) => {
      req.once("end", resolve)
      req.once("error", reject)
    })
    const send = (status: number, body: string, replayed = false) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": newId("req"),
        "stripe-version": API_VERSION,
        ...(replayed ? { "idempotent-replayed": "true" } : {}),
      })
      res.end(body)
    }
    const invalid = (status: number, message: string) =>
      send(status, JSON.stringify({ error: { type: "invalid_request_error", message } }))
    if (size > maxBodyBytes) return invalid(413, `The request body is over ${maxBodyBytes} bytes.`)
    const url = URL.parse(req.url ?? "/", "http://stripe.local")
    if (!url || !req.url?.startsWith("/")) return invalid(400, "The request target is not a path.")
    const method = req.method ?? "GET"
    const raw = method === "GET" || method === "DELETE" ? url.search.slice(1) : Buffer.concat(chunks).toString("utf8")
    const auth = req.headers.authorization ?? ""
    if (!/^Bearer (sk|pk|rk)_test_\S+$/.test(auth)) {
      send(
        401,
        JSON.stringify({
          error: {
            type: "invalid_request_error",
            message: "Invalid API Key provided: the local Stripe server takes test-mode keys only (sk_test_...).",
          },
        }),
      )
      return
    }
    const idempotencyKey = req.headers["idempotency-key"]
    const cacheKey =
      typeof idempotencyKey === "string" && method === "POST" ? `${idempotencyKey} ${url.pathname}` : undefined
    const cached = cacheKey ? idempotent.get(cacheKey) : undefined
    if (cached) {
      send(cached.status, cached.body, true)
      return
    }
    let status = 200
    let body: string
    try {
      const params = decodeStripeForm(raw)
      requests.push({ method, path: url.pathname, body: params })
      const route = routes.find((r) => r.method === method && r.path.test(url.pathname))
      if (!route) {
        throw new StripeApiError(404, {
          type: "invalid_request_error",
          message: `Unrecognized request URL (${method}: ${url.pathname}). The local Stripe server speaks payment intents, refunds, customers and payment methods only.`,
        })
      }
      const match = route.path.exec(url.pathname) as RegExpExecArray
      const answer = route.handle(match, params)
      status = answer.status ?? 200
      body = JSON.stringify(answer.json)
    } catch (error) {
      if (error instanceof FormDecodeError) {
        status = 400
        body = JSON.stringify({ error: { type: "invalid_request_error", message: error.message } })
      } else if (!(error instanceof StripeApiError)) {
        status = 500
        body = JSON.stringify({ error: { type: "api_error", message: (error as Error).message } })
      } else {
        status = error.status
        body = JSON.stringify({ error: error.error })
      }
    }
    // Stripe replays the first answer to a repeated idempotency key, errors included (not 500s).
    if (cacheKey && status !== 500) idempotent.set(cacheKey, { status, body })
    send(status, body)
  }

  const host = options.host ?? "127.0.0.1"
  const { port, close } = await listen(server, options.port ?? 0, host)

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    intents,
    requests,
    deliveries,
    eventFor,
    deliver,
    settled: async () => {
      while (pending.size) await Promise.allSettled([...pending])
    },
    close,
  }
}
