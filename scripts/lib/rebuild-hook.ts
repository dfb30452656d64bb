import { timingSafeEqual } from "node:crypto"
import http from "node:http"
import { guarded, listen } from "./http-guard"

/** The rebuild hook: its URL (with the port it got) and how to stop it. */
export type RebuildHook = { url: string; close: () => Promise<void> }

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Listens on 127.0.0.1 only (unless `host` says otherwise; a free port unless given) for `POST /rebuild` with
 * `authorization: Bearer <token>`, the backend's request for a storefront rebuild; answers
 * 202 with what the build slot does (`building`, `building-with-follow-up`) and leaves the
 * build to `onRebuild`.
 */
export async function startRebuildHook(options: {
  token: string
  onRebuild: (reason: string) => string
  port?: number
  host?: string
  /** Hears about a request the hook failed on, for the log. */
  onError?: (error: unknown, request: http.IncomingMessage) => void
}): Promise<RebuildHook> {
  // Guarded: a request that makes the handler throw answers 400 or 500, and the hook keeps listening.
  const server = http.createServer(guarded((request, response) => handle(request, response), options.onError))
  const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const pathname = (request.url ?? "").replace(/[?#].*$/s, "")
    if (pathname !== "/rebuild") return void response.writeHead(404).end()
    if (request.method !== "POST") return void response.writeHead(405, { allow: "POST" }).end()
    const authorization = request.headers.authorization ?? ""
    if (!sameToken(authorization, `Bearer ${options.token}`)) return void response.writeHead(401).end()
    let body = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => {
      // A reason is a list of event names; anything longer is not from our backend.
      if (body.length < 4096) body += chunk
    })
    request.on("end", () => {
      let reason = ""
      try {
        const parsed = JSON.parse(body || "{}") as { reason?: unknown } | null
        // Event names, printed in the log: nothing else passes.
        reason = String(parsed?.reason ?? "")
          .replace(/[^\w.,: -]/g, "")
          .slice(0, 500)
      } catch {
        // A reason is only for the log.
      }
      let slot: string
      try {
        slot = options.onRebuild(reason)
      } catch (error) {
        options.onError?.(error, request)
        return void response.writeHead(500).end()
      }
      response.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ slot }))
    })
  }
  const host = options.host ?? "127.0.0.1"
  const { port, close } = await listen(server, options.port ?? 0, host)
  return { url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}/rebuild`, close }
}
