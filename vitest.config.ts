import { defineConfig } from "vitest/config"

// Unit tier: pure logic beside the code it tests (`*.unit.spec.ts`).
export default defineConfig({
  test: {
    include: ["{scripts,storefront,backend,seed,tests}/**/*.unit.spec.ts"],
    exclude: ["**/node_modules/**", "**/.medusa/**", "**/dist/**"],
  },
})
