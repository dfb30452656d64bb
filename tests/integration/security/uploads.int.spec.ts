import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import { rawRequest } from "../fixtures/raw-http"
import { backendDir, repoRoot } from "../setup/paths"

// The local file provider, as under `npm start`, in a folder of this test's own.
const uploadDir = path.join(repoRoot, ".tmp", `uploads-test-${process.pid}`)
fs.mkdirSync(uploadDir, { recursive: true })
process.env.OVOP_UPLOAD_DIR = uploadDir
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }))

const svgWithScript =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>fetch("/admin/users")</script></svg>'
/** A small apricot-coloured picture in the given format. */
const picture = (format: "png" | "jpeg" | "webp" | "avif" | "gif") =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: "#e8a33d" } })
    .toFormat(format)
    .toBuffer()

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let staff: { headers: { authorization: string } }
    const baseUrl = () => api.defaults.baseURL as string

    beforeAll(async () => {
      staff = await signInAsStaff(getContainer(), api)
    })

    /** Uploads files as the admin does (multipart, field `files`). */
    const upload = async (files: { name: string; type: string; content: Buffer | string }[]) => {
      const form = new FormData()
      for (const file of files) {
        const content = typeof file.content === "string" ? file.content : new Uint8Array(file.content)
        form.append("files", new Blob([content], { type: file.type }), file.name)
      }
      const response = await fetch(`${baseUrl()}/admin/uploads`, { method: "POST", body: form, headers: staff.headers })
      return {
        status: response.status,
        body: (await response.json()) as { message?: string; files?: { url: string }[] },
      }
    }
    const storedNames = () => fs.readdirSync(uploadDir)

    describe("POST /admin/uploads", () => {
      it.each([
        ["an SVG with a script", { name: "logo.svg", type: "image/svg+xml", content: svgWithScript }],
        ["an SVG declared as PNG", { name: "logo.png", type: "image/png", content: svgWithScript }],
        ["HTML named .webp", { name: "photo.webp", type: "image/webp", content: "<!doctype html><script>1</script>" }],
        ["a PDF", { name: "certificate.pdf", type: "application/pdf", content: "%PDF-1.7\n" }],
      ])("refuses %s with 400 naming the file, and stores nothing", async (_label, file) => {
        const before = storedNames()
        const { status, body } = await upload([file])
        expect(status).toBe(400)
        expect(body.message).toContain(`"${file.name}" is not an image the store accepts`)
        expect(storedNames()).toEqual(before)
      })

      it("refuses a whole upload when one of its files is not an image", async () => {
        const before = storedNames()
        const { status, body } = await upload([
          { name: "apricots.png", type: "image/png", content: await picture("png") },
          { name: "logo.svg", type: "image/svg+xml", content: svgWithScript },
        ])
        expect(status).toBe(400)
        expect(body.message).toContain('"logo.svg"')
        expect(storedNames()).toEqual(before)
      })

      it("refuses a JPEG named .png, saying which extension it needs", async () => {
        const { status, body } = await upload([{ name: "jam.png", type: "image/png", content: await picture("jpeg") }])
        expect(status).toBe(400)
        expect(body.message).toBe('"jam.png" is a JPEG image: give it the extension .jpg')
      })

      it.each([
        ["png", "apricots.png", "image/png"],
        ["jpeg", "Karakol apricots.JPG", "image/jpeg"],
        ["webp", "sea-buckthorn.webp", "image/webp"],
        ["avif", "felt.avif", "image/avif"],
        ["gif", "yurt.gif", "image/gif"],
      ] as const)("stores a %s picture and serves it inline, sandboxed", async (format, name, contentType) => {
        const { status, body } = await upload([
          { name, type: "application/octet-stream", content: await picture(format) },
        ])
        expect(status).toBe(200)
        const url = new URL(body.files?.[0]?.url ?? "")
        const served = await rawRequest(baseUrl(), { path: url.pathname })
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toBe(contentType)
        expect(served.headers["content-disposition"]).toBeUndefined()
        expect(served.headers["content-security-policy"]).toBe("default-src 'none'; sandbox")
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
      })
    })

    describe("GET /uploads/:name", () => {
      it("serves an SVG already in the folder as a sandboxed download, never as image/svg+xml", async () => {
        fs.writeFileSync(path.join(uploadDir, "1700000000000-old-logo.svg"), svgWithScript)
        const served = await rawRequest(baseUrl(), { path: "/uploads/1700000000000-old-logo.svg" })
        expect(served.status).toBe(200)
        expect(served.headers["content-type"]).toBe("application/octet-stream")
        expect(served.headers["content-disposition"]).toBe('attachment; filename="1700000000000-old-logo.svg"')
        expect(served.headers["content-security-policy"]).toBe("default-src 'none'; sandbox")
        expect(served.headers["x-content-type-options"]).toBe("nosniff")
      })
    })
  },
})
