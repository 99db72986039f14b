/**
 * The bench's native load run against the real nginx with docker/nginx.conf, serving the small fixture site: wrk's
 * summary is read into figures, an asset and a page answer with no error, and a missing page is counted as a
 * non-2xx answer rather than hidden. Runs are one second long; no figure is asserted beyond "something was served".
 */
import {rm} from "node:fs/promises";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {FixtureSite} from "../docker/testing/fixtureSite.js";
import {createFixtureSite, FIXTURE_PATHS} from "../docker/testing/fixtureSite.js";
import type {NginxServer} from "../test/nginx.js";
import {startNginx} from "../test/nginx.js";
import {parseWrk, runWrk} from "./wrk.js";

let site: FixtureSite;
let server: NginxServer;

beforeAll(async () => {
  site = await createFixtureSite();
  server = await startNginx({root: site.dist, appEnv: "local"});
});

afterAll(async () => {
  await server?.stop();
  if (site) await rm(site.dir, {recursive: true, force: true});
});

describe("wrk against the real nginx", () => {
  it("serves a page and an asset with brotli and reports rate and latency", async () => {
    for (const pathname of [FIXTURE_PATHS.html[2]!, FIXTURE_PATHS.css]) {
      const result = await runWrk({
        url: server.url + pathname,
        connections: 4,
        seconds: 1,
        headers: {"accept-encoding": "br, gzip"}
      });
      expect(result.requests).toBeGreaterThan(0);
      expect(result.non2xx3xx).toBe(0);
      expect(result.socketErrors).toBe(0);
      // wrk's own rate is its request count over its own duration.
      expect(Math.abs(result.rps - result.requests / result.seconds)).toBeLessThan(result.rps * 0.05 + 1);
      expect(result.p99).toBeGreaterThanOrEqual(result.p50);
    }
    const log = await server.accessLog();
    expect(log.some((line) => line.uri === FIXTURE_PATHS.css && line.status === 200)).toBe(true);
  });

  it("counts answers that are not 2xx or 3xx", async () => {
    const result = await runWrk({url: `${server.url}/no-such-page`, connections: 2, seconds: 1});
    expect(result.requests).toBeGreaterThan(0);
    expect(result.non2xx3xx).toBe(result.requests);
  });

  it("refuses a target off loopback and output with no summary", async () => {
    await expect(runWrk({url: "http://192.168.1.10/"})).rejects.toThrow(/only loopback/);
    expect(() => parseWrk("unable to connect to 127.0.0.1:1 Connection refused")).toThrow(/no complete summary/);
  });
});
