/**
 * A bounded load test of the real nginx with docker/nginx.conf on loopback, serving the real built site: 6,000
 * requests over every page and file (brotli, gzip and plain) plus intended 404s, 8 connections, stopped after
 * 30 s at most.
 */
import {rm} from "node:fs/promises";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {NginxServer} from "../test/nginx.js";
import {startNginx} from "../test/nginx.js";
import type {LoadPath} from "./load.js";
import {runLoad} from "./load.js";
import type {SiteUnderTest} from "./testing/site.js";
import {builtSiteUnderTest} from "./testing/site.js";

const REQUESTS = 6_000;

let site: SiteUnderTest;
let server: NginxServer;

beforeAll(async () => {
  site = await builtSiteUnderTest();
  server = await startNginx({root: site.dist, appEnv: "prod", workers: 2});
}, 600_000);

afterAll(async () => {
  await server?.stop();
  if (site) await rm(site.dir, {recursive: true, force: true});
});

describe("load on loopback", () => {
  it("answers thousands of requests across all pages with no error", async () => {
    const br = {"accept-encoding": "br"};
    const gzip = {"accept-encoding": "gzip"};
    const {html, css, js, font, svg, json, csv} = site.paths;
    const files = [...css, ...js, ...font, ...svg, ...json, ...csv];
    // The expected 404s come first: each connection walks the list from the top, and the site has hundreds of
    // pages, so entries at the end of the list may never be reached.
    const paths: LoadPath[] = [
      {path: "/no-such-page", status: 404},
      {path: "/fr/pas-de-page", status: 404},
      ...html,
      ...html.map((path) => ({path, status: 200, headers: br})),
      ...files.map((path, i) => ({path, status: 200, headers: i % 2 ? br : gzip})),
      "/healthz",
      "/env.css"
    ];
    expect(paths.length).toBeGreaterThan(20);
    const started = Date.now();
    const result = await runLoad({url: server.url, paths, requests: REQUESTS, connections: 8, maxSeconds: 30});
    const seconds = (Date.now() - started) / 1000;

    console.log(
      `load: ${result.requests} requests in ${result.seconds.toFixed(2)} s → ${result.rps} req/s, ` +
        `p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, statuses ${JSON.stringify(result.statuses)}`
    );
    expect(result.unexpected).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.requests).toBeGreaterThanOrEqual(REQUESTS);
    expect(Object.keys(result.statuses).sort()).toEqual(["200", "404"]);
    expect(result.statuses["404"]).toBeGreaterThan(0);
    // The run is bounded: it stops by itself at maxSeconds at the latest. Throughput and latency are the
    // benchmark's figures (npm run bench), not assertions.
    expect(seconds).toBeLessThan(31);

    const log = await server.accessLog();
    expect(log.filter((l) => l.status >= 500)).toEqual([]);
    expect(log.length).toBeGreaterThanOrEqual(REQUESTS);
  });

  it("refuses to load anything but loopback", async () => {
    await expect(runLoad({url: "http://192.168.1.10:8080", paths: ["/"], requests: 1})).rejects.toThrow(
      /only loopback/
    );
    await expect(runLoad({url: "http://example.com", paths: ["/"], requests: 1})).rejects.toThrow(/only loopback/);
  });
});
