import fs from "node:fs"
import http from "node:http"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { precompressFolder } from "../../storefront/src/build/precompress"
import { securityHeaders } from "./security-headers"
import { StorefrontReleases } from "./storefront-releases"
import { requestProblem, serveStorefront } from "./storefront-server"

// A real server on a free port over a built-like tree (pages, a hashed script precompressed by the
// build's own step, a 404 page), sent what an attacker would send, byte for byte.

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

let dataDir: string
let releases: StorefrontReleases
let port: number
let close: () => Promise<void>
const headers = securityHeaders({ backendUrl: "http://localhost:9000" })
const script = `export const greeting = ${JSON.stringify("Apricot jam from Tosor ".repeat(200))}\n`

/** A request exactly as given (method, target), through Node's client: no normalisation of the path. */
const request = (target: string, options: { method?: string; headers?: Record<string, string> } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const outgoing = http.request({ port, path: target, method: options.method ?? "GET", headers: options.headers })
    outgoing.on("response", (response) => {
      const chunks: Buffer[] = []
      response.on("data", (chunk: Buffer) => chunks.push(chunk))
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    outgoing.on("error", reject)
    outgoing.end()
  })

/** Raw bytes on a socket, for request lines Node's client refuses to write; resolves with the status line. */
const rawRequest = (bytes: string) =>
  new Promise<string>((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(bytes))
    let answer = ""
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1")
    })
    socket.on("close", () => resolve(answer.split("\r\n")[0] ?? ""))
    socket.on("error", () => resolve(answer.split("\r\n")[0] ?? ""))
  })

const build = (title: string) => async (outDir: string) => {
  fs.mkdirSync(path.join(outDir, "en", "products", "tosor-apricot-jam"), { recursive: true })
  fs.mkdirSync(path.join(outDir, "_astro"), { recursive: true })
  const page = (heading: string) =>
    `<!doctype html><html lang="en"><h1>${heading}</h1>${"<p>jam</p>".repeat(300)}</html>`
  fs.writeFileSync(path.join(outDir, "index.html"), page(title))
  fs.writeFileSync(path.join(outDir, "en", "index.html"), page(`${title} (en)`))
  fs.writeFileSync(path.join(outDir, "en", "products", "tosor-apricot-jam", "index.html"), page("Apricot jam"))
  fs.writeFileSync(path.join(outDir, "404.html"), "<!doctype html><h1>Page not found</h1>")
  fs.writeFileSync(path.join(outDir, "_astro", "BuyBox.C4nMjmSQ.js"), script)
  fs.writeFileSync(path.join(outDir, ".env"), "JWT_SECRET=never-served")
  await precompressFolder(outDir)
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ovop-storefront-server-"))
  // Beside the served folder, where a traversal would land.
  fs.writeFileSync(path.join(dataDir, "secret.txt"), "the admin password")
  releases = new StorefrontReleases(path.join(dataDir, "storefront-dist"))
  await releases.build(build("Issyk-Kul OVOP"))
  const server = await serveStorefront({ root: releases.linkPath, port: 0, headers })
  port = server.port
  close = server.close
})

afterAll(async () => {
  await close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const expectSecurityHeaders = (answer: Answer) => {
  for (const [name, value] of Object.entries(headers)) expect(answer.headers[name.toLowerCase()]).toBe(value)
  expect(answer.headers["x-powered-by"]).toBeUndefined()
}

describe("the storefront server", () => {
  it("serves a page with the security headers, revalidated on every visit", async () => {
    const page = await request("/en/products/tosor-apricot-jam/")
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain("<h1>Apricot jam</h1>")
    expect(page.headers["content-type"]).toBe("text/html;charset=utf-8")
    expect(page.headers["cache-control"]).toBe("no-cache")
    expectSecurityHeaders(page)
  })

  it("sends the precompressed twin the browser accepts, and keeps hashed assets for a year", async () => {
    const br = await request("/_astro/BuyBox.C4nMjmSQ.js", { headers: { "accept-encoding": "gzip, deflate, br" } })
    expect(br.headers["content-encoding"]).toBe("br")
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script)
    expect(br.headers["content-type"]).toBe("text/javascript")
    expect(br.headers.vary).toBe("Accept-Encoding")
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
    expectSecurityHeaders(br)

    const gzip = await request("/_astro/BuyBox.C4nMjmSQ.js", { headers: { "accept-encoding": "gzip" } })
    expect(gzip.headers["content-encoding"]).toBe("gzip")
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(script)

    const identity = await request("/_astro/BuyBox.C4nMjmSQ.js")
    expect(identity.headers["content-encoding"]).toBeUndefined()
    expect(identity.body.toString()).toBe(script)

    const page = await request("/en/", { headers: { "accept-encoding": "br" } })
    expect(page.headers["content-encoding"]).toBe("br")
    expect(zlib.brotliDecompressSync(page.body).toString()).toContain("Issyk-Kul OVOP (en)")
  })

  it("answers a revalidation with 304 and HEAD without a body", async () => {
    const first = await request("/en/")
    const again = await request("/en/", { headers: { "if-none-match": String(first.headers.etag) } })
    expect(again.status).toBe(304)
    const head = await request("/en/", { method: "HEAD" })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(Number(head.headers["content-length"])).toBe(first.body.length)
    expectSecurityHeaders(head)
  })

  it("answers an unknown path with the build's 404 page, and never serves dotfiles", async () => {
    for (const target of ["/en/products/no-such-jam/", "/.env", "/en/.."]) {
      const answer = await request(target)
      expect([400, 404]).toContain(answer.status)
      expect(answer.body.toString()).not.toContain("JWT_SECRET")
    }
    const missing = await request("/en/products/no-such-jam/")
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toContain("Page not found")
    expect(missing.headers["content-type"]).toBe("text/html; charset=utf-8")
    expectSecurityHeaders(missing)
  })

  it("refuses malformed requests with a 4xx and keeps serving", async () => {
    const refused: [string, number][] = [
      ["/%E0%A4%A", 400],
      ["/%", 400],
      ["/%ZZ", 400],
      ["/en/%00", 400],
      ["/%00/../secret.txt", 400],
      ["/../secret.txt", 400],
      ["/%2e%2e/secret.txt", 400],
      ["/%2E%2E%2Fsecret.txt", 400],
      ["/en/..%2F..%2Fsecret.txt", 400],
      ["/..%5C..%5Csecret.txt", 400],
      ["/en/./index.html", 400],
      [`/${"a".repeat(5000)}`, 414],
    ]
    for (const [target, status] of refused) {
      const answer = await request(target)
      expect({ target, status: answer.status }).toEqual({ target, status })
      expect(answer.body.toString()).not.toContain("admin password")
      expectSecurityHeaders(answer)
    }
    // Double-encoded dots are a file name with percent signs in it: not found.
    expect((await request("/%252e%252e/secret.txt")).status).toBe(404)

    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "PROPFIND"]) {
      const answer = await request("/en/", { method })
      expect({ method, status: answer.status }).toEqual({ method, status: 405 })
      expect(answer.headers.allow).toBe("GET, HEAD")
    }

    // A method HTTP does not know is refused by Node's parser before the handler.
    expect(await rawRequest("BREW /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).toBe(
      "HTTP/1.1 400 Bad Request",
    )
    expect(
      await rawRequest("GET http://evil.example/../../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ).toBe("HTTP/1.1 400 Bad Request")
    expect(await rawRequest("GET /en/\0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/)
    expect(await rawRequest("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nBad Header\r\n\r\n")).toMatch(
      /^HTTP\/1\.1 400/,
    )
    expect(await rawRequest(`GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 4\d\d/,
    )
    expect((await request("/en/", { headers: { range: "bytes=50-10" } })).status).toBe(200)

    const after = await request("/en/")
    expect(after.status).toBe(200)
    expect(after.body.toString()).toContain("Issyk-Kul OVOP (en)")
  })

  it("follows the link to the build being served: a rebuild is served without a restart", async () => {
    await releases.build(build("Sea-buckthorn season"))
    const page = await request("/en/", { headers: { "accept-encoding": "br" } })
    expect(zlib.brotliDecompressSync(page.body).toString()).toContain("Sea-buckthorn season (en)")
  })
})

describe("requestProblem", () => {
  it("accepts the paths browsers send, query strings included", () => {
    expect(requestProblem("GET", "/ja/products/tosor-apricot-jam/?group=tosor#reviews")).toBeUndefined()
    expect(requestProblem("HEAD", "/ru/%D0%BA%D0%B0%D1%82%D0%B0%D0%BB%D0%BE%D0%B3/")).toBeUndefined()
    expect(requestProblem("GET", "/search/?q=%E0%A4%A")).toBeUndefined()
  })

  it("names what is wrong with a refused request", () => {
    expect(requestProblem("POST", "/")).toEqual({ status: 405, reason: "method POST not allowed" })
    expect(requestProblem("GET", "*")).toEqual({ status: 400, reason: "the request target is not a path" })
    expect(requestProblem("GET", "/a%5Cb")?.reason).toBe("the path holds a NUL byte or a backslash")
  })
})
