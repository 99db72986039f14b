/**
 * A small built site shaped like Astro's dist/ (pages in both languages, 404 pages, hashed assets, a font, data
 * files, an SVG) plus the snapshot manifest the post-build step reads. The docker tests serve it with the real
 * nginx; it stands in for the real site while test/site has no shared build helper.
 */
import {randomBytes} from "node:crypto";
import {chmod, mkdir, mkdtemp, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type {Environment} from "../../site/build/postbuild.js";
import {postBuild} from "../../site/build/postbuild.js";

export interface FixtureSite {
  /** The temporary directory holding dist/ and snapshots/. */
  dir: string;
  dist: string;
  snapshots: string;
}

/** Paths of the fixture's pages and assets that answer 200, for the load test and header checks. */
export const FIXTURE_PATHS = {
  html: ["/", "/fr/", "/trends/", "/fr/trends/", "/ratings/"],
  css: "/_astro/app.abc123.css",
  js: "/_astro/app.abc123.js",
  font: "/_astro/inter-latin.def456.woff2",
  svg: "/favicon.svg",
  json: "/data/trends.json",
  csv: "/data/trends.csv"
};

const words = "recipes ratings seasons weekend minutes ingredients calories tags trends volume duration".split(" ");

/** Deterministic filler text so the pages are big enough to be worth compressing. */
function filler(seed: number, count: number): string {
  return Array.from({length: count}, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(" ");
}

function page(lang: "en" | "fr", title: string, seed: number): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title} · Back to the Kitchen</title>
<link rel="stylesheet" href="/_astro/app.abc123.css">
<link rel="stylesheet" href="/env.css">
<script type="module" src="/_astro/app.abc123.js"></script>
</head>
<body>
<header><span class="env-badge"></span><a href="/${lang === "fr" ? "fr/" : ""}">${title}</a></header>
<main>
<h1>${title}</h1>
${Array.from({length: 12}, (_, i) => `<p>${filler(seed + i, 40)}</p>`).join("\n")}
<svg viewBox="0 0 100 50" class="plot"><rect x="0" y="0" width="40" height="50" fill="#FF8C00"></rect></svg>
</main>
</body>
</html>
`;
}

async function put(root: string, rel: string, content: string | Buffer): Promise<void> {
  const file = path.join(root, rel);
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, content);
}

/** Writes the fixture site and runs the real post-build step on it. */
export async function createFixtureSite(
  options: {commit?: string; dataAsOf?: string; environment?: Environment; dir?: string} = {}
): Promise<FixtureSite> {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), "btk-site-")));
  await mkdir(dir, {recursive: true});
  // nginx may run as nobody (when the tests run as root): let it in.
  await chmod(dir, 0o755);
  const dist = path.join(dir, "dist");
  const snapshots = path.join(dir, "snapshots");

  await put(dist, "index.html", page("en", "Trends 1999-2018", 1));
  await put(dist, "fr/index.html", page("fr", "Tendances 1999-2018", 2));
  await put(dist, "trends/index.html", page("en", "Trends", 3));
  await put(dist, "fr/trends/index.html", page("fr", "Tendances", 4));
  await put(dist, "ratings/index.html", page("en", "Ratings", 5));
  await put(dist, "404.html", page("en", "Page not found", 6));
  await put(dist, "fr/404.html", page("fr", "Page introuvable", 7));
  await put(
    dist,
    "_astro/app.abc123.css",
    Array.from(
      {length: 60},
      (_, i) => `.c${i}{color:#${(i * 4099).toString(16).padStart(6, "0").slice(0, 6)};margin:${i}px}`
    ).join("\n")
  );
  await put(
    dist,
    "_astro/app.abc123.js",
    Array.from({length: 40}, (_, i) => `export function f${i}(x){return x*${i}+${filler(i, 1).length};}`).join("\n")
  );
  // A font is binary and already compressed: the post-build step must leave it alone.
  await put(dist, "_astro/inter-latin.def456.woff2", randomBytes(2048));
  await put(
    dist,
    "favicon.svg",
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${Array.from({length: 20}, (_, i) => `<circle cx="${i + 6}" cy="16" r="${(i % 5) + 1}" fill="#FF8C00"/>`).join("")}</svg>\n`
  );
  const rows = Array.from({length: 120}, (_, i) => ({
    year: 1999 + (i % 20),
    month: (i % 12) + 1,
    recipes: 100 + i * 7
  }));
  await put(dist, "data/trends.json", `${JSON.stringify({rows}, null, 2)}\n`);
  await put(
    dist,
    "data/trends.csv",
    `year,month,recipes\n${rows.map((r) => `${r.year},${r.month},${r.recipes}`).join("\n")}\n`
  );
  await put(dist, "robots.txt", "User-agent: *\nAllow: /\n");

  await put(
    snapshots,
    "manifest.json",
    `${JSON.stringify({
      manifestVersion: 1,
      version: "0.1.0",
      builtAt: "2026-01-02T03:04:05.000Z",
      environment: options.environment ?? "local",
      gitCommit: options.commit ?? "0123456789abcdef0123456789abcdef01234567",
      dataAsOf: options.dataAsOf ?? "2018-12-20",
      provenance: {kind: "generated", seed: 20191103, scale: 1}
    })}\n`
  );
  await postBuild({distDir: dist, snapshotDir: snapshots, commit: options.commit});
  return {dir, dist, snapshots};
}
