import type { MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type HttpishError = Error & { status?: number; statusCode?: number; type?: string; code?: string }

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx): a value the database refuses (text with
 * NUL, a number out of range, an invalid date). Only a caller's value gets that far, so it is
 * the caller's mistake, answered 400, never 500; the validators should refuse it first.
 */
const dataException = /^22[0-9A-Z]{3}$/

/**
 * Turns the errors a malformed request raises before or below the validators into a 400 that
 * names what to fix: a path Express cannot decode (its `decodeURIComponent` throws a URIError
 * when it matches a route's parameters), a body that is not JSON, and a value PostgreSQL refuses.
 * Everything else goes on to the given handler unchanged.
 */
export function withInputErrors(handler: MedusaErrorHandlerFunction): MedusaErrorHandlerFunction {
  return (error, req, res, next) => handler(asInputError(error as HttpishError), req, res, next)
}

/** The 400 a malformed request's error stands for, or the error itself. */
export function asInputError(error: HttpishError): Error {
  if (!error || typeof error !== "object") return error
  if (error instanceof URIError || (error.status === 400 && /^Failed to decode param/.test(error.message ?? ""))) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "path: not valid percent-encoding (each % must start an escape of UTF-8 such as %C3%A9)",
    )
  }
  if (error.type === "entity.parse.failed") {
    return new MedusaError(MedusaError.Types.INVALID_DATA, `body: not valid JSON (${error.message})`)
  }
  const sqlState = error.code ?? (error as { cause?: { code?: string } }).cause?.code
  if (typeof sqlState === "string" && dataException.test(sqlState)) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "a value of this request was refused by the database (too long, out of range or holding characters it cannot store)",
    )
  }
  return error
}
