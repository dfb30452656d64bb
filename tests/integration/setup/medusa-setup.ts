import { createRequire } from "node:module"
import path from "node:path"

import { backendDir } from "./paths"

const require = createRequire(import.meta.url)

// Medusa loads medusa-config.ts and the project's modules with `require`, which needs ts-node
// (transpile only: the typecheck tier does the type checking).
require("ts-node").register({
  transpileOnly: true,
  project: path.join(backendDir, "tsconfig.json"),
  compilerOptions: { module: "commonjs" },
})

// MikroORM keeps entity metadata in a process-wide store; a fresh one per file avoids
// "Only abstract entities were discovered" when a worker runs a second file.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core") as {
  MetadataStorage: { clear: () => void }
}
MetadataStorage.clear()

// The test runner announces its HTTP port with `process.send(port)`; in a vitest fork that
// channel belongs to vitest, which cannot parse a bare number.
const send = process.send?.bind(process)
if (send) {
  process.send = ((message: unknown, ...rest: unknown[]) =>
    typeof message === "number"
      ? true
      : (send as (...args: unknown[]) => boolean)(message, ...rest)) as typeof process.send
}

// Medusa resolves the project's modules ("./src/modules/...") from the working directory, as
// when it runs from the backend folder.
process.chdir(backendDir)
