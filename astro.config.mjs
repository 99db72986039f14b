// @ts-check
/**
 * Astro configuration of the static site. Pages live in site/src, the build goes to dist/ (or ASTRO_OUT_DIR), and
 * the output is plain files for nginx: one index.html per page directory, the two 404 pages as 404.html and
 * fr/404.html, hashed assets under /_astro/, and no inline script or stylesheet (the production CSP is
 * `script-src 'self'; style-src 'self'`).
 */
import {readFile, rm} from "node:fs/promises";
import {fileURLToPath} from "node:url";

import {defineConfig} from "astro/config";

// No network at build time: Astro's anonymous telemetry would phone home after the config loads.
process.env.ASTRO_TELEMETRY_DISABLED = "1";

/** Astro's content layer leaves two empty module files at the root of a static build; nothing uses them. */
const removeEmptyContentModules = {
  name: "remove-empty-content-modules",
  hooks: {
    /** @param {{dir: URL}} options */
    "astro:build:done": async ({dir}) => {
      for (const name of ["content-assets.mjs", "content-modules.mjs"]) {
        const file = fileURLToPath(new URL(name, dir));
        const text = await readFile(file, "utf8").catch(() => undefined);
        if (text !== undefined && text.trim() === "export default new Map();") await rm(file);
      }
    }
  }
};

export default defineConfig({
  site: process.env.SITE_URL || "http://localhost:4321",
  srcDir: "./site/src",
  publicDir: "./site/public",
  outDir: process.env.ASTRO_OUT_DIR || "./dist",
  cacheDir: process.env.ASTRO_CACHE_DIR || "./node_modules/.astro",
  output: "static",
  trailingSlash: "always",
  build: {format: "preserve", assets: "_astro", inlineStylesheets: "never"},
  i18n: {defaultLocale: "en", locales: ["en", "fr"], routing: {prefixDefaultLocale: false}},
  compressHTML: true,
  devToolbar: {enabled: false},
  prefetch: false,
  integrations: [removeEmptyContentModules],
  vite: {
    // 0 keeps every script, stylesheet and font an external file: nothing becomes inline code or a data: URL.
    build: {assetsInlineLimit: 0},
    logLevel: "warn"
  }
});
