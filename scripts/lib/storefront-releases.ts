import fs from "node:fs"
import path from "node:path"

/**
 * The storefront's builds on disk. `<dataDir>/storefront-dist` is a symbolic link to the build
 * being served, one of `<dataDir>/storefront-builds/<stamp>`. A new build goes into a fresh
 * folder; only when it succeeds is the link replaced, by renaming a new link over it (atomic:
 * a request sees the old build or the new one, never a half-written one). A failed build is
 * deleted and the old one keeps serving. The build before the current one is kept, so a page
 * loaded just before the swap still finds its scripts and styles.
 */
export class StorefrontReleases {
  readonly buildsDir: string
  private sequence = 0

  constructor(
    /** The path the static server serves (the link). */
    readonly linkPath: string,
    /** How many builds stay on disk, the current one included. */
    private readonly keep = 2,
  ) {
    this.buildsDir = `${linkPath.replace(/-dist$/, "")}-builds`
  }

  /** The folder being served, or undefined when there is none yet. */
  current(): string | undefined {
    try {
      const target = fs.realpathSync(this.linkPath)
      return fs.statSync(target).isDirectory() ? target : undefined
    } catch {
      return undefined
    }
  }

  /**
   * Tidies up at start: a plain folder at the link's path (a data folder from before rebuilds)
   * becomes the first build; builds newer than the served one were cut short (the process
   * stopped during a build) and are deleted.
   */
  prepare(): void {
    const stat = fs.lstatSync(this.linkPath, { throwIfNoEntry: false })
    if (stat?.isDirectory()) {
      fs.mkdirSync(this.buildsDir, { recursive: true })
      const adopted = path.join(this.buildsDir, this.nextStamp())
      fs.renameSync(this.linkPath, adopted)
      this.activate(adopted)
    }
    const current = this.current()
    if (!fs.existsSync(this.buildsDir)) return
    for (const name of fs.readdirSync(this.buildsDir)) {
      if (!current || name > path.basename(current))
        fs.rmSync(path.join(this.buildsDir, name), { recursive: true, force: true })
    }
  }

  /**
   * Runs `build` into a new folder; serves that folder if it succeeds, deletes it if it fails
   * (rethrowing the failure). Returns the new folder.
   */
  async build(build: (outDir: string) => Promise<void>): Promise<string> {
    fs.mkdirSync(this.buildsDir, { recursive: true })
    const outDir = path.join(this.buildsDir, this.nextStamp())
    try {
      await build(outDir)
      if (!fs.statSync(outDir, { throwIfNoEntry: false })?.isDirectory())
        throw new Error(`the build wrote nothing to ${outDir}`)
    } catch (error) {
      fs.rmSync(outDir, { recursive: true, force: true })
      throw error
    }
    this.activate(outDir)
    this.prune()
    return outDir
  }

  /** Points the link at `dir` in one rename. */
  activate(dir: string): void {
    const temporaryLink = `${this.linkPath}.${process.pid}.next`
    fs.rmSync(temporaryLink, { force: true })
    fs.symlinkSync(path.relative(path.dirname(this.linkPath), dir), temporaryLink, "dir")
    fs.renameSync(temporaryLink, this.linkPath)
  }

  /** Deletes the builds beyond the newest `keep`, never the one being served. */
  prune(): void {
    const current = this.current()
    const builds = fs
      .readdirSync(this.buildsDir)
      .sort()
      .reverse()
      .map((name) => path.join(this.buildsDir, name))
    for (const old of builds.slice(this.keep)) {
      if (old !== current) fs.rmSync(old, { recursive: true, force: true })
    }
  }

  /** Sortable by time; unique within this process. */
  private nextStamp(): string {
    this.sequence += 1
    return `${new Date().toISOString().replace(/[:.]/g, "-")}-${String(this.sequence).padStart(4, "0")}`
  }
}
