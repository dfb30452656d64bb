import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, serializeError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { refuse } from "../../lib/refusal-error"
import { storeErrorHandler } from "./stock-error"

type Answer = { status: number; body: Record<string, unknown> }

/** The Translation module's rows for the products and groups the tests name. */
const translations = [
  { reference_id: "prod_apricot", locale_code: "ja", translations: { title: "杏ジャム" } },
  { reference_id: "prod_apricot", locale_code: "ru", translations: { title: "Абрикосовое варенье" } },
  { reference_id: "pgrp_tosor", locale_code: "ja", translations: { name: "トソール杏女性グループ" } },
]

/** What the store's error handler answers `error` with, for a request to `path` in `locale`. */
function answerTo(
  error: unknown,
  { path = "/store/carts/cart_1/line-items", locale = undefined as string | undefined } = {},
) {
  return new Promise<Answer>((resolve) => {
    const scope = {
      resolve: (key: string) => {
        if (key === "translation") {
          return {
            listTranslations: async (filters: { reference_id: string[]; locale_code: string[] }) =>
              translations.filter(
                (row) =>
                  filters.reference_id.includes(row.reference_id) && filters.locale_code.includes(row.locale_code),
              ),
          }
        }
        if (key === "logger") return { info: () => undefined, error: () => undefined, warn: () => undefined }
        throw new Error(`nothing registered as ${key}`)
      },
    }
    const req = { method: "POST", path, originalUrl: path, locale, scope } as unknown as MedusaRequest
    const answer: Answer = { status: 0, body: {} }
    const res = {
      status(code: number) {
        answer.status = code
        return this
      },
      json(body: Record<string, unknown>) {
        answer.body = body
        resolve(answer)
        return this
      },
    } as unknown as MedusaResponse
    storeErrorHandler(error as MedusaError, req, res, (() => undefined) as MedusaNextFunction)
  })
}

/** A refusal as a workflow hands it on: serialised by the orchestrator (see lib/refusal-error.ts), no longer a class. */
const fromWorkflow = (error: Error) => serializeError(error)

describe("the store's error handler", () => {
  it("answers a refusal thrown in a workflow with its code, params and the English message", async () => {
    const thrown = fromWorkflow(refuse("too_few_left", { product: "Apricot jam", product_id: "prod_apricot", left: 3 }))
    expect(thrown).not.toBeInstanceOf(MedusaError)
    expect(await answerTo(thrown)).toEqual({
      status: 400,
      body: {
        type: "not_allowed",
        code: "too_few_left",
        params: { product: "Apricot jam", product_id: "prod_apricot", left: 3 },
        message: 'only 3 of "Apricot jam" left',
      },
    })
  })

  it("names the product and the group in the request's language, and writes the message in it", async () => {
    const paused = refuse("group_paused", {
      product: "Apricot jam",
      product_id: "prod_apricot",
      group: "Tosor Apricot Women's Group",
      group_id: "pgrp_tosor",
    })
    const { status, body } = await answerTo(fromWorkflow(paused), { locale: "ja" })
    expect(status).toBe(400)
    expect(body.params).toMatchObject({ product: "杏ジャム", group: "トソール杏女性グループ" })
    expect(body.message).toBe(
      "「杏ジャム」は現在ご購入いただけません（トソール杏女性グループが販売を一時停止しています）",
    )
  })

  it("reads a Kyrgyz name from Russian, and keeps the English one where none is written", async () => {
    const soldOut = refuse("sold_out", { product: "Apricot jam", product_id: "prod_apricot" })
    expect((await answerTo(soldOut, { locale: "ky" })).body.params).toMatchObject({ product: "Абрикосовое варенье" })
    const unknown = refuse("sold_out", { product: "Walnut halves", product_id: "prod_walnut" })
    expect((await answerTo(unknown, { locale: "ja" })).body.message).toBe("「Walnut halves」は売り切れです")
  })

  it("answers a busy cart 409 cart_busy, whether ours or a locking provider's plain error", async () => {
    const ours = await answerTo(refuse("cart_busy", {}, MedusaError.Types.CONFLICT), { locale: "ru" })
    expect(ours).toEqual({
      status: 409,
      body: {
        type: "conflict",
        code: "cart_busy",
        params: {},
        message: "Корзина сейчас меняется в другом окне или вкладке: попробуйте ещё раз через минуту",
      },
    })
    const medusas = await answerTo(fromWorkflow(new Error('Failed to acquire lock for key "cart_1"')))
    expect(medusas).toMatchObject({ status: 409, body: { code: "cart_busy" } })
  })

  it("leaves any other error to Medusa's handler, its message untouched", async () => {
    const invalid = new MedusaError(MedusaError.Types.INVALID_DATA, "quantity: must be a whole number")
    const { status, body } = await answerTo(invalid)
    expect(status).toBe(400)
    expect(body.message).toBe("quantity: must be a whole number")
    expect(body).not.toHaveProperty("params")
  })

  it("answers a lock failure outside the store 409 busy, without a refusal code", async () => {
    const { status, body } = await answerTo(new Error("Timed-out acquiring lock."), { path: "/admin/harvest-lots" })
    expect(status).toBe(409)
    expect(body.code).toBe("busy")
  })
})
