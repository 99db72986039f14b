import {createServer} from "node:http";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {freePort} from "../test/nginx.js";
import {checkHealth, healthzUrl, main, sameCommit} from "./healthcheck.js";

const HEALTH = {
  status: "ok",
  commit: "0123456789abcdef0123456789abcdef01234567",
  version: "0.1.0",
  dataAsOf: "2018-12-20",
  builtAt: "2026-01-02T03:04:05.000Z",
  environment: "preprod"
};

let server: Server;
let url: string;
/** Answers still to fail before /healthz succeeds (per test). */
let failuresLeft = 0;
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url !== "/healthz" && req.url !== "/sub/healthz") {
      res.writeHead(404).end("not found");
    } else if (failuresLeft > 0) {
      failuresLeft--;
      res.writeHead(503).end("starting");
    } else {
      res.writeHead(200, {"content-type": "application/json"}).end(JSON.stringify(HEALTH));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fast = {delayMs: 5, timeoutMs: 2_000};

describe("healthcheck", () => {
  it("succeeds on a healthy site, with a one-line summary", async () => {
    failuresLeft = 0;
    const result = await checkHealth({url, commit: HEALTH.commit, ...fast});
    expect(result.ok).toBe(true);
    expect(result.attempts).toBe(1);
    expect(result.health?.dataAsOf).toBe("2018-12-20");
    expect(result.summary).toMatch(/^OK http:\/\/127\.0\.0\.1:\d+\/healthz commit 0123456789ab data 2018-12-20 built /);
    expect(result.summary).not.toContain("\n");
  });

  it("retries with backoff until the site answers", async () => {
    failuresLeft = 2;
    const sleeps: number[] = [];
    const result = await checkHealth({url, attempts: 5, delayMs: 100}, {sleep: async (ms) => void sleeps.push(ms)});
    expect(result.ok).toBe(true);
    expect(result.attempts).toBe(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it("fails after its retries on a server that is down", async () => {
    const port = await freePort();
    const sleeps: number[] = [];
    const result = await checkHealth(
      {url: `http://127.0.0.1:${port}`, attempts: 4, delayMs: 3},
      {sleep: async (ms) => void sleeps.push(ms)}
    );
    expect(result.ok).toBe(false);
    expect(result.attempts).toBe(4);
    expect(sleeps).toEqual([3, 6, 12]);
    expect(result.reason).toBe("unreachable (ECONNREFUSED)");
    expect(result.summary).toMatch(
      /^FAIL http:\/\/127\.0\.0\.1:\d+\/healthz: unreachable \(ECONNREFUSED\) after 4 attempts/
    );
  });

  it("fails when the site reports another commit", async () => {
    failuresLeft = 0;
    const result = await checkHealth({url, commit: "1111111111111111", attempts: 2, ...fast});
    expect(result.ok).toBe(false);
    expect(result.reason).toBe("commit 0123456789ab instead of 111111111111");
    expect(result.health?.commit).toBe(HEALTH.commit);
  });

  it("fails on an error status and on a body that is not a health document", async () => {
    failuresLeft = 5;
    expect((await checkHealth({url, attempts: 1, ...fast})).reason).toBe("HTTP 503");
    failuresLeft = 0;
    expect((await checkHealth({url: `${url}/nothing-here`, attempts: 1, ...fast})).reason).toBe("HTTP 404");
  });

  it("accepts a commit prefix of 7+ characters, and keeps a URL's path", () => {
    expect(sameCommit(HEALTH.commit, "0123456")).toBe(true);
    expect(sameCommit(HEALTH.commit, "012345")).toBe(false);
    expect(sameCommit(HEALTH.commit, "0123457")).toBe(false);
    expect(healthzUrl("http://h:1/sub/")).toBe("http://h:1/sub/healthz");
    expect(healthzUrl("http://h:1")).toBe("http://h:1/healthz");
  });

  it("exits 0 or 1 from the command line, printing one line", async () => {
    failuresLeft = 0;
    requests = [];
    const lines: string[] = [];
    expect(
      await main([`${url}/sub`, "--commit", HEALTH.commit.slice(0, 8), "--attempts", "1"], (l) => lines.push(l))
    ).toBe(0);
    expect(requests).toEqual(["/sub/healthz"]);
    expect(
      await main([url, "--commit", "deadbeefdeadbeef", "--attempts", "2", "--delay", "1"], (l) => lines.push(l))
    ).toBe(1);
    expect(await main(["not-a-url"], (l) => lines.push(l))).toBe(2);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^OK /);
    expect(lines[1]).toMatch(/^FAIL .*commit 0123456789ab instead of deadbeefdead after 2 attempts/);
    expect(lines[2]).toMatch(/^usage: healthcheck/);
  });
});
