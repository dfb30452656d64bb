import http from "node:http"
import net from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { startStripeServer } from "../../tests/support/stripe-server/server"
import { guarded, isMalformedRequestError, listen, type RequestHandler } from "./http-guard"
import { startRebuildHook } from "./rebuild-hook"

// Every server the project runs, sent what an attacker would send: each answers 4xx (or 5xx for
// its own fault) and goes on serving. The storefront server has its own spec.

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

/** The status line of a request written byte for byte (Node's client refuses some of these). */
const rawStatus = (port: number, bytes: string) =>
  new Promise<string>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(bytes))
    let answer = ""
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1")
    })
    const done = () => resolve(answer.split("\r\n")[0] ?? "")
    socket.on("close", done)
    socket.on("error", done)
  })

async function serve(handler: RequestHandler, errors: unknown[] = []) {
  const server = await listen(http.createServer(guarded(handler, (error) => errors.push(error))), 0, "127.0.0.1")
  closers.push(server.close)
  return `http://127.0.0.1:${server.port}`
}

describe("guarded", () => {
  it("answers a throw 500, a malformed-request error 400, and keeps serving", async () => {
    const errors: unknown[] = []
    const url = await serve(async (request, response) => {
      if (request.url === "/throw") throw new Error("a bug")
      if (request.url === "/reject") await Promise.reject(new Error("a late bug"))
      if (request.url?.startsWith("/decode")) decodeURIComponent(request.url.slice("/decode".length))
      response.end("jam")
    }, errors)
    expect((await fetch(`${url}/throw`)).status).toBe(500)
    expect((await fetch(`${url}/reject`)).status).toBe(500)
    expect((await fetch(`${url}/decode%E0%A4%A`)).status).toBe(400)
    expect(errors.map(String)).toEqual(["Error: a bug", "Error: a late bug", "URIError: URI malformed"])
    expect(await (await fetch(`${url}/`)).text()).toBe("jam")
  })

  it("ends the connection when the answer had begun, and keeps serving", async () => {
    const url = await serve((request, response) => {
      if (request.url === "/half") {
        response.writeHead(200)
        response.write("half")
        throw new Error("after the headers")
      }
      response.end("whole")
    })
    await expect(fetch(`${url}/half`).then((answer) => answer.text())).rejects.toThrow()
    expect(await (await fetch(`${url}/`)).text()).toBe("whole")
  })

  it("counts a NUL byte reaching the file system as the request's fault", async () => {
    const { stat } = await import("node:fs/promises")
    const error = await stat("/tmp/\0").catch((caught: unknown) => caught)
    expect(isMalformedRequestError(error)).toBe(true)
    expect(isMalformedRequestError(new Error("ENOENT"))).toBe(false)
  })
})

describe("the rebuild hook", () => {
  it("answers malformed requests with a 4xx, a failing build slot with 500, and keeps serving", async () => {
    let fail = false
    const hook = await startRebuildHook({
      token: "local-token",
      onRebuild: () => {
        if (fail) throw new Error("the queue broke")
        return "building"
      },
    })
    closers.push(hook.close)
    const { port } = new URL(hook.url)
    const post = (target: string, body = "{}") =>
      fetch(new URL(target, hook.url), { method: "POST", headers: { authorization: "Bearer local-token" }, body })

    expect((await post("/rebuild%E0%A4%A")).status).toBe(404)
    expect((await post("/rebuild/%00")).status).toBe(404)
    expect((await post("/rebuild", "not json")).status).toBe(202)
    expect((await post("/rebuild", JSON.stringify({ reason: { toString: 1 } }))).status).toBe(202)
    expect((await post("/rebuild", "x".repeat(1_000_000))).status).toBe(202)
    expect(await rawStatus(Number(port), "POST http://[::1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).toMatch(
      /^HTTP\/1\.1 4\d\d/,
    )
    expect(await rawStatus(Number(port), "BREW /rebuild HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).toBe(
      "HTTP/1.1 400 Bad Request",
    )
    fail = true
    expect((await post("/rebuild")).status).toBe(500)
    fail = false
    expect(await (await post("/rebuild")).json()).toEqual({ slot: "building" })
  })
})

describe("the local Stripe server", () => {
  it("answers malformed requests with a 4xx and keeps serving", async () => {
    const stripe = await startStripeServer()
    closers.push(stripe.close)
    const call = (target: string, body?: string) =>
      fetch(`${stripe.url}${target}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { authorization: "Bearer sk_test_ovop_unit", "content-type": "application/x-www-form-urlencoded" },
        body,
      })

    expect((await call("/v1/payment_intents", "__proto__[amount]=1")).status).toBe(400)
    expect(({} as Record<string, unknown>).amount).toBeUndefined()
    expect((await call("/v1/payment_intents", "amount=5&amount[value]=1")).status).toBe(400)
    expect((await call("/v1/payment_intents", "expand[99999999]=x")).status).toBe(400)
    expect((await call("/v1/payment_intents", "amount=%E0%A4%A&currency=%00")).status).toBeLessThan(500)
    expect((await call("/v1/payment_intents/%E0%A4%A")).status).toBe(404)
    expect((await call("/v1/payment_intents", "a=".padEnd(1_100_000, "x"))).status).toBe(413)
    expect(await rawStatus(stripe.port, "GET http://[::1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).toMatch(
      /^HTTP\/1\.1 4\d\d/,
    )

    const created = await call("/v1/payment_intents", "amount=5200&currency=jpy&capture_method=manual")
    expect(created.status).toBe(200)
    expect(await created.json()).toMatchObject({ object: "payment_intent", amount: 5200 })
  })
})
