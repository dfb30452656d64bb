// Builds @ovop/domain for both kinds of importer: ES modules (the storefront, the admin, the
// tests, the scripts) and CommonJS (the Medusa backend, compiled to CommonJS). esbuild bundles the
// code and the message catalogues; tsc writes the declarations, copied to both folders so each
// importer reads them in its own module format. A build whose inputs have not changed is skipped,
// and a new one replaces `dist` only when complete, since stacks that import it may be running.
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = path.join(here, "dist")
const marker = path.join(dist, ".inputs")

function inputsHash() {
  const hash = createHash("sha256")
  const files = ["build.mjs", "package.json", "tsconfig.json", "../tsconfig.json"]
  for (const folder of ["src", "messages"]) {
    for (const name of fs.readdirSync(path.join(here, folder), { recursive: true })) {
      const file = path.join(folder, String(name))
      if (fs.statSync(path.join(here, file)).isFile()) files.push(file)
    }
  }
  for (const file of files.sort())
    hash
      .update(file)
      .update("\0")
      .update(fs.readFileSync(path.join(here, file)))
  return hash.digest("hex")
}

const inputs = inputsHash()
if (process.argv.includes("--force") || !fs.existsSync(marker) || fs.readFileSync(marker, "utf8") !== inputs) {
  const staging = path.join(here, `.dist-${process.pid}`)
  fs.rmSync(staging, { recursive: true, force: true })
  try {
    const entries = ["index", "messages"].map((name) => path.join(here, `src/${name}.ts`))
    const common = { bundle: true, platform: "neutral", target: "es2022", logLevel: "warning" }
    // ES modules: every source module is an entry, shared code in chunks, so a bundler sees one
    // module per rule. A page that imports the rules statically and the messages lazily gets the
    // catalogues only when it asks for them, and an island that needs one small rule does not
    // share a chunk holding every rule the other islands use (a single index module did: adding
    // a rule to the mini-cart put 2 KB on every page).
    const modules = fs
      .readdirSync(path.join(here, "src"))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".spec.ts") && !name.endsWith(".d.ts"))
      .map((name) => path.join(here, "src", name))
    await build({ ...common, entryPoints: modules, format: "esm", splitting: true, outdir: path.join(staging, "esm") })
    // CommonJS (the backend): one self-contained file per entry.
    await build({ ...common, entryPoints: entries, format: "cjs", outdir: path.join(staging, "cjs") })
    const tsc = path.join(here, "../node_modules/typescript/bin/tsc")
    execFileSync(
      process.execPath,
      [tsc, "-p", path.join(here, "tsconfig.json"), "--outDir", path.join(staging, "esm")],
      {
        stdio: "inherit",
      },
    )
    fs.cpSync(path.join(staging, "esm"), path.join(staging, "cjs"), {
      recursive: true,
      filter: (source) => fs.statSync(source).isDirectory() || source.endsWith(".d.ts"),
    })
    fs.writeFileSync(path.join(staging, "cjs/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`)
    fs.writeFileSync(path.join(staging, ".inputs"), inputs)
    fs.rmSync(dist, { recursive: true, force: true })
    fs.renameSync(staging, dist)
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
