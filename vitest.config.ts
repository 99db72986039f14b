import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "pipeline/**/*.test.ts",
      "queries/**/*.test.ts",
      "site/**/*.test.ts",
      "test/**/*.test.ts",
      "docker/**/*.test.ts",
      "bench/**/*.test.ts"
    ],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // DuckDB and Chromium each want a core; two forks keep a 2-core machine busy without thrashing.
    pool: "forks",
    maxWorkers: 2,
    coverage: {
      provider: "v8",
      include: ["pipeline/**/*.ts", "queries/**/*.ts"],
      exclude: ["**/*.test.ts", "pipeline/bin/**", "**/testing/**"],
      reporter: ["text-summary", "json-summary", "html"],
      thresholds: {lines: 90}
    }
  }
});
