import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import sirv from "sirv"
import { guarded, listen, type RunningServer } from "./http-guard"
import { cacheControl, cacheControlFor } from "./security-headers"

/** The longest request target served; nginx answers longer ones 414 too (its default buffers are 8 KB). */
export const maxUrlLength = 4096

/** A request the server refuses before looking for a file: its status and what is wrong. */
export type RequestProblem = { status: 400 | 405 | 414; reason: string }

/**
 * Checks what a request asks for before any file lookup: GET or HEAD only; an origin-form target
 * (`/path?query`) of sane length whose path decodes (valid percent-escapes, UTF-8) to no NUL,
 * backslash or `.`/`..` segment. Browsers never send those; a request that does is refused
 * instead of being resolved against the disk.
 */
export function requestProblem(method: string | undefined, url: string | undefined): RequestProblem | undefined {
  if (method !== "GET" && method !== "HEAD") return { status: 405, reason: `method ${method} not allowed` }
  if (!url?.startsWith("/")) return { status: 400, reason: "the request target is not a path" }
  if (url.length > maxUrlLength) return { status: 414, reason: `the URL is over ${maxUrlLength} characters` }
  const pathname = url.replace(/[?#].*$/s, "")
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { status: 400, reason: "the path has an invalid percent-escape" }
  }
  if (/[\0\\]/.test(decoded)) return { status: 400, reason: "the path holds a NUL byte or a backslash" }
  if (decoded.split("/").some((segment) => segment === "." || segment === ".."))
    return { status: 400, reason: "the path holds a . or .. segment" }
  return undefined
}

export type StorefrontServerOptions = {
  /** The folder to serve; may be a symbolic link (`.data/storefront-dist`), followed on every request. */
  root: string
  /** 0 takes a free port. */
  port: number
  host?: string
  /**
   * Headers every answer carries: `securityHeaders()` of `security-headers.ts`; a function gets the
   * build folder being served (null while there is none), since each build lists its own inline
   * stylesheets' hashes. It is called once per build.
   */
  headers: Record<string, string> | ((release: string | null) => Record<string, string>)
  /** Hears about a request that failed inside the server (answered 500 or cut off), for the log. */
  onError?: (error: unknown, request: http.IncomingMessage) => void
}

type SirvHandler = ReturnType<typeof sirv>

/**
 * The built storefront over HTTP, as nginx serves it in production (`deploy/nginx.conf`): files
 * through sirv (only files of the build are reachable: it looks paths up in the build's own file
 * list), directory URLs to their index.html, precompressed `.br`/`.gz` twins when the browser
 * accepts them, `Cache-Control` per `cacheControlFor`, the build's 404.html for unknown paths,
 * 400/405/414 for malformed requests, `headers` on every answer. `root` is resolved on each
 * request, so replacing the link switches builds without a restart (lib/storefront-releases).
 */
export function serveStorefront(options: StorefrontServerOptions): Promise<RunningServer> {
  // One sirv per build folder: it lists the folder once, and a swap brings a new folder.
  const handlers = new Map<string, SirvHandler>()
  const handlerFor = (release: string): SirvHandler => {
    let handler = handlers.get(release)
    if (!handler) {
      handler = sirv(release, { etag: true, gzip: true, brotli: true, extensions: ["html"], dotfiles: false })
      handlers.set(release, handler)
      // The build being served and the one before it (pages loaded just before a swap).
      for (const old of [...handlers.keys()].slice(0, -2)) handlers.delete(old)
    }
    return handler
  }

  const headerCache = new Map<string | null, Record<string, string>>()
  const headersFor = (release: string | null): Record<string, string> => {
    if (typeof options.headers !== "function") return options.headers
    let headers = headerCache.get(release)
    if (!headers) {
      headers = options.headers(release)
      headerCache.set(release, headers)
      for (const old of [...headerCache.keys()].slice(0, -3)) headerCache.delete(old)
    }
    return headers
  }

  const plain = (response: http.ServerResponse, status: number, extra: Record<string, string> = {}) =>
    response
      .writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra })
      .end(`${http.STATUS_CODES[status]}\n`)

  const notFound = async (release: string, request: http.IncomingMessage, response: http.ServerResponse) => {
    let page: Buffer
    try {
      page = await fs.promises.readFile(path.join(release, "404.html"))
    } catch {
      return plain(response, 404)
    }
    response.writeHead(404, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": page.length,
      "Cache-Control": cacheControl.other,
    })
    response.end(request.method === "HEAD" ? undefined : page)
  }

  const server = http.createServer(
    guarded(async (request, response) => {
      let release: string | null = null
      try {
        release = await fs.promises.realpath(options.root)
      } catch {
        // No build yet: answered 503 below, after the request's own checks.
      }
      for (const [name, value] of Object.entries(headersFor(release))) response.setHeader(name, value)
      const problem = requestProblem(request.method, request.url)
      if (problem) return plain(response, problem.status, problem.status === 405 ? { Allow: "GET, HEAD" } : {})
      // Ranges are not needed by pages, scripts or images, and sirv's own parsing of them is loose.
      delete request.headers.range
      if (!release) return plain(response, 503)
      const pathname = decodeURIComponent((request.url ?? "/").replace(/[?#].*$/s, ""))
      response.setHeader("Cache-Control", cacheControlFor(pathname))
      // A file can vanish between sirv's lookup and its read (an old build pruned): end that one answer.
      response.on("pipe", (source: NodeJS.ReadableStream) => source.once("error", () => response.destroy()))
      // sirv calls `next` at once when the build has no such file.
      let missing = false
      handlerFor(release)(request, response, () => {
        missing = true
      })
      if (missing) await notFound(release, request, response)
    }, options.onError),
  )
  return listen(server, options.port, options.host)
}
