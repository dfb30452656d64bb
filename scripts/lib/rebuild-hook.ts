import { timingSafeEqual } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

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
export function startRebuildHook(options: {
  token: string
  onRebuild: (reason: string) => string
  port?: number
  host?: string
}): Promise<RebuildHook> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost")
    if (url.pathname !== "/rebuild") return void response.writeHead(404).end()
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
        reason = String((JSON.parse(body || "{}") as { reason?: unknown }).reason ?? "")
      } catch {
        // A reason is only for the log.
      }
      const slot = options.onRebuild(reason)
      response.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ slot }))
    })
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    const host = options.host ?? "127.0.0.1"
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}/rebuild`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
