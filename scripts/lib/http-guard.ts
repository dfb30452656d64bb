import http from "node:http"
import type { AddressInfo } from "node:net"

/** A request handler that may throw or reject; `guarded` turns either into an answer. */
export type RequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => unknown

/** A listening server: the port it got (port 0 takes a free one) and how to stop it. */
export type RunningServer = { port: number; close: () => Promise<void> }

const malformedCodes = new Set(["ERR_INVALID_URL", "ERR_INVALID_ARG_VALUE", "ERR_INVALID_CHAR"])

/**
 * True for the errors a request's own bytes cause: an invalid percent-escape (`URIError`), a URL
 * that does not parse, a NUL byte reaching a file system call. They answer 400, not 500.
 */
export function isMalformedRequestError(error: unknown): boolean {
  if (error instanceof URIError) return true
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === "string" && malformedCodes.has(code)
}

/**
 * Wraps `handler` so that nothing a request does can stop the server: a throw or a rejection
 * answers 400 (the request's fault) or 500, or, when the answer had already begun, ends the
 * connection. `onError` hears about each one (for the log).
 */
export function guarded(
  handler: RequestHandler,
  onError: (error: unknown, request: http.IncomingMessage) => void = () => {},
): http.RequestListener {
  return (request, response) => {
    const fail = (error: unknown) => {
      try {
        onError(error, request)
      } catch {
        // The log is not worth a crash.
      }
      if (response.headersSent || response.writableEnded) {
        response.destroy()
        return
      }
      const status = isMalformedRequestError(error) ? 400 : 500
      try {
        response
          .writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" })
          .end(`${http.STATUS_CODES[status]}\n`)
      } catch {
        response.destroy()
      }
    }
    try {
      const result = handler(request, response)
      if (result instanceof Promise) result.catch(fail)
    } catch (error) {
      fail(error)
    }
  }
}

/**
 * Starts `server` on `port` (0: a free one) and `host`. A request Node cannot parse (bad request
 * line, headers over 16 KB) is answered by Node itself (400, 431) without reaching the handler.
 */
export function listen(server: http.Server, port: number, host?: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
