import path from "node:path"
import { embeddedDatabaseUrl, resolveStackConfig } from "./lib/config"
import { startEmbeddedPostgres } from "./lib/postgres"

// `npm run db`: only the embedded PostgreSQL of `npm start`, for development commands that need a
// database (`medusa db:generate <module>`, psql). Ctrl-C stops it.
const config = resolveStackConfig(process.env)
const database = await startEmbeddedPostgres({
  dataDir: path.join(config.dataDir, "postgres"),
  port: config.postgres.port,
  user: config.postgres.user,
  password: config.postgres.password,
  logFile: path.join(config.dataDir, "postgres.log"),
})
await database.createDatabaseIfMissing(config.postgres.database)
console.log(`PostgreSQL is running: DATABASE_URL=${embeddedDatabaseUrl(config)}`)
console.log("Press Ctrl-C to stop.")
const stop = async () => {
  await database.stop()
  process.exit(0)
}
process.on("SIGINT", () => void stop())
process.on("SIGTERM", () => void stop())
