import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { integrationDatabase } from "../setup/database"
import { repoRoot } from "../setup/paths"

// The production switch DATABASE_URL: `npm run seed` (the start script) uses the PostgreSQL it
// names and starts no embedded one. The integration tier's own server stands in for it.
const database = "ovop_external"
const url = `postgres://${integrationDatabase.user}:${integrationDatabase.password}@localhost:${integrationDatabase.port}/${database}`
const dataDir = path.join(repoRoot, ".tmp", `external-db-${process.pid}`)

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: "localhost",
    port: integrationDatabase.port,
    user: integrationDatabase.user,
    password: integrationDatabase.password,
    database: "postgres",
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

function runSeed(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["scripts/start.ts", "--seed-only"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url, OVOP_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on("exit", (code) => resolve({ code, output }))
  })
}

afterAll(async () => {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe("with DATABASE_URL set", () => {
  it("migrates and seeds that database, starting no embedded PostgreSQL", async () => {
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${database}`)
    })
    const { code, output } = await runSeed()
    expect({ code, tail: output.split("\n").slice(-5).join("\n") }).toMatchObject({ code: 0 })
    expect(output).toContain("using the PostgreSQL at DATABASE_URL")
    expect(output).not.toContain("starting embedded PostgreSQL")
    expect(fs.existsSync(path.join(dataDir, "postgres"))).toBe(false)
    const groups = await admin(async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        return (await client.query("SELECT count(*)::int AS n FROM producer_group")).rows[0]?.n as number
      } finally {
        await client.end()
      }
    })
    expect(groups).toBeGreaterThanOrEqual(12)
  })
})
