import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
}

/**
 * Serves the built storefront from `root` (directory URLs resolve to index.html; unknown paths get
 * 404.html). `root` may be a symbolic link: it is followed on every request, so replacing the link
 * switches builds without a restart. Port 0 takes a free port (the one taken is returned).
 */
export function serveStatic(root: string, port: number): Promise<{ port: number; close: () => Promise<void> }> {
  const base = path.resolve(root)
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost")
    let file = path.join(base, decodeURIComponent(url.pathname))
    if (!file.startsWith(base)) {
      response.writeHead(400).end("bad path")
      return
    }
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, "index.html")
    let status = 200
    if (!fs.existsSync(file)) {
      status = 404
      file = path.join(base, "404.html")
      if (!fs.existsSync(file)) {
        response.writeHead(404, { "content-type": "text/plain" }).end("Not found")
        return
      }
    }
    response.writeHead(status, { "content-type": types[path.extname(file)] ?? "application/octet-stream" })
    fs.createReadStream(file)
      // A file of an old build may be deleted between the check and the read (builds are pruned).
      .on("error", () => response.destroy())
      .pipe(response)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () =>
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      }),
    )
  })
}
