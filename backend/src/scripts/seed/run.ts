import fs from "node:fs"
import path from "node:path"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { findSeedDir, readSeedCatalogue, type SeedCatalogue } from "./catalogue"
import { seedRunDay } from "./seed-day"

/** What one seed run did, per part: how many records it created and how many were already there. */
export type SeedReport = Record<string, { created: number; existing: number }>

/** What every seed step works with: the container, the checked catalogue, and where it reports. */
export type SeedRun = {
  container: MedusaContainer
  logger: Logger
  catalogue: SeedCatalogue
  /** The run's one seed day (`seedRunDay`): every date a new record gets follows it. */
  today: Date
  summary: SeedReport
  /** Records and logs one part's outcome. */
  report: (part: string, created: number, existing: number) => void
  /** Uploads a rendered illustration through the file module (local folder or S3); undefined when there is none. */
  uploadImage: (kind: "products" | "groups", handle: string) => Promise<string | undefined>
}

/**
 * Reads and checks the catalogue (OVOP_SEED_DIR) and sets up a run; the images come from
 * OVOP_SEED_IMAGES_DIR, the seed's day from OVOP_SEED_DAY (else now).
 */
export function startSeedRun(container: MedusaContainer): SeedRun {
  const today = seedRunDay(process.env.OVOP_SEED_DAY, new Date())
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary: SeedReport = {}
  const imagesDir = process.env.OVOP_SEED_IMAGES_DIR ? path.resolve(process.env.OVOP_SEED_IMAGES_DIR) : undefined
  const fileModule = container.resolve(Modules.FILE)
  return {
    container,
    logger,
    catalogue: readSeedCatalogue(findSeedDir(), today),
    today,
    summary,
    report: (part, created, existing) => {
      summary[part] = { created, existing }
      logger.info(`seed: ${part}: ${created ? `created ${created}` : "unchanged"} (${existing} already there)`)
    },
    uploadImage: async (kind, handle) => {
      const file = imagesDir && path.join(imagesDir, kind, `${handle}.webp`)
      if (!file || !fs.existsSync(file)) return undefined
      const [uploaded] = await fileModule.createFiles([
        {
          filename: `${kind === "groups" ? "group" : "product"}-${handle}.webp`,
          mimeType: "image/webp",
          content: fs.readFileSync(file).toString("base64"),
          access: "public",
        },
      ])
      return uploaded?.url
    },
  }
}
