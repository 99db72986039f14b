/**
 * docker/nginx.conf in the real nginx on loopback, serving the real built site (test/site/builtSite.ts, copied and
 * post-built) and the small fixture site: security headers on every file, compression from the precompressed
 * files, caching, /healthz, /env.css, the 404 pages, refusals, the JSON access log, and HTML that the strict CSP
 * does not break.
 */
import {readFile, rm, stat, writeFile} from "node:fs/promises";
import path from "node:path";
import {brotliDecompressSync, gunzipSync} from "node:zlib";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {NginxServer} from "../test/nginx.js";
import {requireProgram, startNginx, testNginxConfig} from "../test/nginx.js";
import {envCss} from "../site/build/postbuild.js";
import {cspViolations} from "./testing/csp.js";
import {rawGet} from "./testing/http.js";
import type {SiteUnderTest} from "./testing/site.js";
import {builtSiteUnderTest, fixtureSiteUnderTest} from "./testing/site.js";

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin"
};

const CONTENT_TYPES: Record<string, RegExp> = {
  html: /^text\/html; charset=utf-8$/,
  css: /^text\/css; charset=utf-8$/,
  js: /^(application|text)\/javascript; charset=utf-8$/,
  font: /^font\/woff2?$/,
  svg: /^image\/svg\+xml; charset=utf-8$/,
  json: /^application\/json; charset=utf-8$/,
  csv: /^text\/csv; charset=utf-8$/
};

/** The embeds (/embed/…, /fr/embed/…) may be framed by any site: docker/embed-headers.conf. */
const EMBED_PATH = /^\/(fr\/)?embed\//;

function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  if (EMBED_PATH.test(where)) {
    expectEmbedHeaders(headers, where);
    return;
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name], `${name} on ${where}`).toBe(value);
  }
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) {
    expect(permissions, `permissions-policy on ${where}`).toContain(feature);
  }
}

function expectEmbedHeaders(headers: Record<string, string>, where: string): void {
  const csp = SECURITY_HEADERS["content-security-policy"]!.replace("frame-ancestors 'none'", "frame-ancestors *");
  expect(headers["content-security-policy"], `content-security-policy on ${where}`).toBe(csp);
  expect(headers["x-frame-options"], `x-frame-options on ${where}`).toBeUndefined();
  expect(headers["cross-origin-resource-policy"], `cross-origin-resource-policy on ${where}`).toBe("cross-origin");
  for (const name of ["x-content-type-options", "referrer-policy", "cross-origin-opener-policy"]) {
    expect(headers[name], `${name} on ${where}`).toBe(SECURITY_HEADERS[name]);
  }
}

it("is a valid configuration with the image's values (port 8080, /usr/share/nginx/html, stdout logs)", async () => {
  const result = await testNginxConfig({
    APP_ENV: "prod",
    BTK_LISTEN: "8080",
    BTK_ROOT: "/usr/share/nginx/html",
    BTK_ACCESS_LOG: "/dev/stdout",
    BTK_ERROR_LOG: "/dev/stderr",
    BTK_WORKER_PROCESSES: "2"
  });
  expect(result.output).toMatch(/test is successful/);
  expect(result.ok).toBe(true);
});

it("fails with what to install when a required program is missing", () => {
  expect(() => requireProgram("btk-no-such-program", ["btk-package"])).toThrow(
    "btk-no-such-program is not installed, and this test needs the real one: apt-get install btk-package (CI's .ci/run installs them)."
  );
});

it("recognises what the strict CSP would block", () => {
  expect(cspViolations('<script src="/_astro/a.js"></script><script type="application/json">{"a":1}</script>')).toEqual(
    []
  );
  expect(cspViolations("<script>alert(1)</script>")).toEqual(["inline <script>"]);
  expect(
    cspViolations('<svg><style>.a{}</style></svg><p style="color:red">x</p><a href="javascript:x()" onclick="y()">')
  ).toEqual([
    "<style> element",
    'style attribute: <p style="color:red',
    'event handler: <a href="javascript:x()" onclick=',
    "javascript: URL"
  ]);
});

describe.each([
  ["the built site", builtSiteUnderTest],
  ["the fixture site", () => fixtureSiteUnderTest()]
])("docker/nginx.conf serving %s", (_name, makeSite) => {
  let site: SiteUnderTest;
  let server: NginxServer;

  beforeAll(async () => {
    site = await makeSite();
    server = await startNginx({root: site.dist, appEnv: "preprod"});
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
    if (site) await rm(site.dir, {recursive: true, force: true});
  });

  const get = (p: string, headers: Record<string, string> = {}) => rawGet(server.port, p, headers);
  const file = (rel: string) => readFile(path.join(site.dist, rel));
  const exists = (rel: string) =>
    stat(path.join(site.dist, rel)).then(
      () => true,
      () => false
    );
  const fileOf = (urlPath: string) => (urlPath.endsWith("/") ? `${urlPath.slice(1)}index.html` : urlPath.slice(1));
  const textPaths = () => [
    ...site.paths.html,
    ...site.paths.css,
    ...site.paths.js,
    ...site.paths.svg,
    ...site.paths.json,
    ...site.paths.csv
  ];

  it("has every kind of file to check", () => {
    for (const kind of ["html", "css", "js", "font", "svg", "json"] as const) {
      expect(site.paths[kind].length, `${kind} files in ${site.name}`).toBeGreaterThan(0);
    }
    expect(site.paths.html).toEqual(expect.arrayContaining(["/", "/fr/"]));
  });

  it("puts the security headers on every file, page, 404 and /healthz, in every encoding", async () => {
    const paths = [
      ...textPaths(),
      ...site.paths.font,
      ...site.paths.other,
      "/healthz",
      "/env.css",
      "/missing",
      "/fr/missing",
      "/_astro/missing.js",
      "/.env",
      "/../etc/passwd"
    ];
    for (const p of paths) {
      for (const encoding of ["br", "gzip", "identity"]) {
        const res = await get(p, {"accept-encoding": encoding});
        expectSecurityHeaders(res.headers, `${p} (${encoding}, ${res.status})`);
      }
    }
  });

  it("sends the precompressed .br or .gz file when the client accepts it, else the original", async () => {
    let compressed = 0;
    for (const p of textPaths()) {
      const rel = fileOf(p);
      const original = await file(rel);
      const br = await get(p, {"accept-encoding": "gzip, deflate, br"});
      expect(br.status, p).toBe(200);
      if (await exists(`${rel}.br`)) {
        compressed++;
        expect(br.headers["content-encoding"], p).toBe("br");
        expect(br.headers.vary, p).toMatch(/Accept-Encoding/i);
        expect(br.body.equals(await file(`${rel}.br`)), `${p} body is ${rel}.br`).toBe(true);
        expect(brotliDecompressSync(br.body).equals(original), p).toBe(true);
      }
      const gz = await get(p, {"accept-encoding": "gzip"});
      if (await exists(`${rel}.gz`)) {
        expect(gz.headers["content-encoding"], p).toBe("gzip");
        expect(gz.body.equals(await file(`${rel}.gz`)), `${p} body is ${rel}.gz`).toBe(true);
      }
      const decoded = gz.headers["content-encoding"] === "gzip" ? gunzipSync(gz.body) : gz.body;
      expect(decoded.equals(original), p).toBe(true);

      const plain = await get(p, {"accept-encoding": "identity"});
      expect(plain.headers["content-encoding"], p).toBeUndefined();
      expect(plain.body.equals(original), p).toBe(true);
    }
    expect(compressed).toBeGreaterThan(textPaths().length / 2);
    for (const p of site.paths.font) {
      const font = await get(p, {"accept-encoding": "gzip, br"});
      expect(font.headers["content-encoding"], p).toBeUndefined();
      expect(font.body.equals(await file(fileOf(p))), p).toBe(true);
    }
  });

  it("sends the right content type for every kind of file", async () => {
    for (const [kind, type] of Object.entries(CONTENT_TYPES)) {
      for (const p of site.paths[kind as keyof typeof site.paths]) {
        expect((await get(p)).headers["content-type"], p).toMatch(type);
      }
    }
    expect((await get("/healthz")).headers["content-type"]).toBe("application/json; charset=utf-8");
    expect((await get("/env.css")).headers["content-type"]).toBe("text/css; charset=utf-8");
  });

  it("caches hashed assets for a year and makes everything else revalidate", async () => {
    const all = [...textPaths(), ...site.paths.font, ...site.paths.other, "/healthz", "/env.css"];
    for (const p of all) {
      const expected = p.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache";
      expect((await get(p)).headers["cache-control"], p).toBe(expected);
    }
    // Revalidation is cheap: the ETag of the variant sent gives a 304 with no body.
    for (const p of ["/", site.paths.json[0]!, site.paths.css[0]!]) {
      const first = await get(p, {"accept-encoding": "br"});
      expect(first.headers.etag, p).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
      expect(first.headers["last-modified"], p).toBeTruthy();
      const again = await get(p, {"accept-encoding": "br", "if-none-match": first.headers.etag!});
      expect(again.status, p).toBe(304);
      expect(again.body.length, p).toBe(0);
      expectSecurityHeaders(again.headers, `${p} (304)`);
    }
  });

  it("answers /healthz with the build's health document and the environment it runs in", async () => {
    const res = await get("/healthz", {"accept-encoding": "identity"});
    expect(res.status).toBe(200);
    expect(res.headers["x-app-env"]).toBe("PREPROD");
    expect(res.body.equals(await file("healthz.json"))).toBe(true);
    const health = JSON.parse(res.body.toString()) as Record<string, unknown>;
    expect(Object.keys(health)).toEqual(["status", "commit", "version", "dataAsOf", "builtAt", "environment", "data"]);
    // What the data is, without a path or a bucket: the kind, and the seed and scale when generated.
    expect(["generated", "local", "s3"]).toContain((health.data as {kind: string}).kind);
    expect(JSON.stringify(health.data)).not.toMatch(/[/\\]/);
    expect(health.commit).toBe(site.commit);
    expect(health.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await get("/env.css")).body.toString()).toBe(envCss("preprod"));
  });

  it("answers a missing page with the site's 404 page in the visitor's language, status 404", async () => {
    const en = await get("/no/such/page", {"accept-encoding": "identity"});
    expect(en.status).toBe(404);
    expect(en.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(en.body.equals(await file("404.html"))).toBe(true);
    const fr = await get("/fr/pas/de/page", {"accept-encoding": "identity"});
    expect(fr.status).toBe(404);
    expect(fr.body.equals(await file("fr/404.html"))).toBe(true);
    expect(fr.body.equals(en.body)).toBe(false);
    const asset = await get("/_astro/gone.123.js", {"accept-encoding": "identity"});
    expect(asset.status).toBe(404);
    expect(asset.body.equals(await file("404.html"))).toBe(true);
  });

  it("refuses path traversal and dotfiles with a 404, revealing nothing", async () => {
    const attempts = [
      "/../etc/passwd",
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/%2e%2e/",
      "/..%2f..%2fetc%2fpasswd",
      "/fr/../../etc/passwd",
      "/.git/config",
      "/.git/",
      "/.env",
      "/_astro/../.env",
      "/%2eenv",
      "/fr/.env"
    ];
    for (const p of attempts) {
      const res = await get(p, {"accept-encoding": "identity"});
      expect(res.status, p).toBe(404);
      const body = res.body.toString();
      expect(body, p).not.toMatch(/root:|SECRET|repositoryformatversion/);
      expect(body, p).not.toMatch(/nginx\/\d/);
      expectSecurityHeaders(res.headers, p);
    }
  });

  it("lists no directory and names no server version", async () => {
    for (const p of ["/_astro/", "/fr/_astro/", "/.git/"]) {
      const res = await get(p, {"accept-encoding": "identity"});
      expect(res.status, p).toBe(404);
      expect(res.body.toString(), p).not.toMatch(/Index of/);
    }
    for (const p of ["/", "/missing", "/../x", "/healthz"]) {
      const res = await get(p);
      expect(res.headers.server, p).toBe("nginx");
      expect(res.headers["x-powered-by"], p).toBeUndefined();
    }
  });

  it("has pages the strict CSP does not break: no inline script, style or handler", async () => {
    for (const p of [...site.paths.html, "/404.html", "/fr/404.html"]) {
      expect(cspViolations((await file(fileOf(p))).toString()), p).toEqual([]);
    }
  });

  it("writes one JSON object per request to the access log", async () => {
    await get("/?from=log-test", {"user-agent": "btk-log-test", referer: "http://127.0.0.1/x"});
    await get("/missing-for-log", {"user-agent": "btk-log-test"});
    const lines = await server.accessLog();
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining([
          "time",
          "remote",
          "method",
          "uri",
          "status",
          "bytes",
          "referer",
          "user_agent",
          "request_time"
        ])
      );
      expect(typeof line.status).toBe("number");
      expect(typeof line.bytes).toBe("number");
      expect(typeof line.request_time).toBe("number");
    }
    const mine = lines.filter((l) => l.user_agent === "btk-log-test");
    expect(mine.map((l) => [l.method, l.uri, l.status])).toEqual([
      ["GET", "/?from=log-test", 200],
      ["GET", "/missing-for-log", 404]
    ]);
    expect(mine[0]).toMatchObject({remote: "127.0.0.1", referer: "http://127.0.0.1/x", env: "preprod"});
    expect(Date.parse(mine[0]!.time)).not.toBeNaN();
  });
});

describe("docker/nginx.conf, environment and fallbacks", () => {
  let site: SiteUnderTest;

  beforeAll(async () => {
    site = await fixtureSiteUnderTest();
  });

  afterAll(async () => {
    if (site) await rm(site.dir, {recursive: true, force: true});
  });

  it("serves /env.css from APP_ENV, whatever the build wrote", async () => {
    expect((await readFile(path.join(site.dist, "env.css"))).toString()).toBe(envCss("local"));
    for (const [appEnv, env, label] of [
      ["PROD", "prod", "PROD"],
      ["preprod", "preprod", "PREPROD"],
      ["local", "local", "LOCAL"],
      ["unknown", "local", "LOCAL"]
    ] as const) {
      const server = await startNginx({root: site.dist, appEnv});
      try {
        expect((await rawGet(server.port, "/env.css")).body.toString(), appEnv).toBe(envCss(env));
        expect((await rawGet(server.port, "/healthz")).headers["x-app-env"], appEnv).toBe(label);
      } finally {
        await server.stop();
      }
    }
  });

  it("falls back to dynamic gzip for a text file that has no precompressed copy", async () => {
    const server = await startNginx({root: site.dist});
    try {
      const text = "no precompressed copy of this file\n".repeat(40);
      await writeFile(path.join(site.dist, "late.txt"), text);
      const res = await rawGet(server.port, "/late.txt", {"accept-encoding": "gzip"});
      expect(res.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(res.body).toString()).toBe(text);
      expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
      expectSecurityHeaders(res.headers, "/late.txt");
    } finally {
      await server.stop();
    }
  });
});
