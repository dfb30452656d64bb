/**
 * `npm run reindex`: rebuilds every locale's search index of a running store (npm start, or the
 * backend at MEDUSA_BACKEND_URL), as the admin's "Rebuild search index" button does: signs in as
 * the first admin user (`.data/admin.json`, or ADMIN_EMAIL and ADMIN_PASSWORD) and asks
 * `POST /admin/search/reindex`.
 */
import fs from "node:fs"
import path from "node:path"
import { resolveStackConfig } from "./lib/config"

async function main(): Promise<void> {
  const config = resolveStackConfig(process.env)
  const backend = process.env.MEDUSA_BACKEND_URL || `http://localhost:${config.backendPort}`
  const adminFile = path.join(config.dataDir, "admin.json")
  const credentials =
    process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD
      ? { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }
      : fs.existsSync(adminFile)
        ? (JSON.parse(fs.readFileSync(adminFile, "utf8")) as { email: string; password: string })
        : undefined
  if (!credentials)
    throw new Error(`no admin credentials: set ADMIN_EMAIL and ADMIN_PASSWORD, or run npm start once (${adminFile})`)
  const signIn = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  }).catch((error: unknown) => {
    throw new Error(`the backend at ${backend} does not answer (is the store running?): ${String(error)}`)
  })
  if (!signIn.ok) throw new Error(`signing in as ${credentials.email} failed: ${signIn.status}`)
  const { token } = (await signIn.json()) as { token: string }
  const started = Date.now()
  const answer = await fetch(`${backend}/admin/search/reindex`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  })
  if (!answer.ok) throw new Error(`reindex failed: ${answer.status} ${await answer.text()}`)
  const { reindexed, engine } = (await answer.json()) as { reindexed: number; engine: string }
  console.log(`search index rebuilt: ${reindexed} products in 4 languages (${engine}) in ${Date.now() - started} ms`)
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
