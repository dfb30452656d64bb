import http from "node:http"

/** One request exactly as given: the path is sent byte for byte (no re-encoding), the body as is. */
export type RawRequest = {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
}

/** The answer: status and the body, parsed when it is JSON. */
export type RawResponse = { status: number; text: string; json: { message?: string; type?: string } | undefined }

/** Sends a request to the backend at `origin` without any client-side checks, so malformed paths reach the server. */
export function sendRaw(origin: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8")
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(body ? { "content-length": String(body.length) } : {}) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let json: RawResponse["json"]
          try {
            json = JSON.parse(text)
          } catch {
            json = undefined
          }
          resolve({ status: res.statusCode ?? 0, text, json })
        })
        res.on("error", reject)
      },
    )
    req.on("error", reject)
    if (body) req.write(body)
    req.end()
  })
}
