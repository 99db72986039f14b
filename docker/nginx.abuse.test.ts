/**
 * docker/nginx.conf under abuse, in the real nginx on loopback serving the fixture site: methods other than GET and
 * HEAD, many ranges, a flood of requests from one client, a client trickling its headers; and HSTS only when the
 * deployment says it is behind HTTPS. Loopback is exempt from the per-client limits by default (health checks,
 * load tests), so the servers here exempt a documentation-only network instead and loopback is an ordinary client.
 */
import {randomBytes} from "node:crypto";
import {rm, writeFile} from "node:fs/promises";
import {request} from "node:http";
import type {Socket} from "node:net";
import {connect} from "node:net";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {NginxServer} from "../test/nginx.js";
import {startNginx} from "../test/nginx.js";
import {rawGet} from "./testing/http.js";
import type {SiteUnderTest} from "./testing/site.js";
import {fixtureSiteUnderTest} from "./testing/site.js";

/** TEST-NET-1 (RFC 5737): no client ever comes from it. */
const NOBODY = "192.0.2.0/24";

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {}
): Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: "127.0.0.1", port, path, method, headers, agent: false}, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({status: res.statusCode ?? 0, headers: res.headers, body}));
      res.on("error", reject);
    });
    req.setTimeout(5_000, () => req.destroy(new Error(`timeout ${method} ${path}`)));
    req.on("error", reject);
    req.end(method === "POST" || method === "PUT" ? "x=1" : undefined);
  });
}

describe("docker/nginx.conf under abuse", () => {
  let site: SiteUnderTest;
  let plain: NginxServer;
  let tls: NginxServer;

  beforeAll(async () => {
    site = await fixtureSiteUnderTest();
    plain = await startNginx({root: site.dist, appEnv: "prod", limitExempt: NOBODY});
    tls = await startNginx({root: site.dist, appEnv: "prod", tls: "on", limitExempt: NOBODY});
  }, 120_000);
  afterAll(async () => {
    await plain?.stop();
    await tls?.stop();
    if (site) await rm(site.dir, {recursive: true, force: true});
  });

  it("answers GET and HEAD only, on every path, /env.css and /healthz included", async () => {
    for (const path of ["/", "/env.css", "/healthz", "/fr/", "/no-such-page"]) {
      for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"]) {
        const res = await send(plain.port, method, path);
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers["x-content-type-options"]).toBe("nosniff");
      }
      expect((await send(plain.port, "HEAD", path)).status).not.toBe(405);
    }
    expect((await send(plain.port, "GET", "/env.css")).status).toBe(200);
  });

  it("sends HSTS only when the deployment says it is behind HTTPS", async () => {
    expect((await rawGet(plain.port, "/")).headers["strict-transport-security"]).toBeUndefined();
    for (const path of ["/", "/healthz", "/env.css", "/no-such-page"]) {
      expect((await rawGet(tls.port, path)).headers["strict-transport-security"], path).toBe(
        "max-age=31536000; includeSubDomains"
      );
    }
  });

  it("serves one range per request: many ranges get the whole file once", async () => {
    const one = await rawGet(plain.port, "/healthz", {range: "bytes=0-9"});
    expect(one.status).toBe(206);
    expect(one.body.length).toBe(10);
    const many = await rawGet(plain.port, "/healthz", {range: "bytes=0-1,2-3,4-5,0-1,2-3"});
    expect(many.status).toBe(200);
    expect(many.headers["content-type"]).not.toMatch(/multipart/);
  });

  it("limits one client's request rate, and spares the exempt network (loopback by default)", async () => {
    // 150 requests at once: far over the burst, so the surplus is refused with 429 rather than queued.
    const statuses = await Promise.all(Array.from({length: 150}, () => send(plain.port, "GET", "/healthz")));
    const refused = statuses.filter((s) => s.status === 429).length;
    expect(refused).toBeGreaterThan(0);
    expect(statuses.filter((s) => s.status === 200).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s.status === 200 || s.status === 429)).toBe(true);

    const exempt = await startNginx({root: site.dist, appEnv: "prod"});
    try {
      const all = await Promise.all(Array.from({length: 150}, () => send(exempt.port, "GET", "/healthz")));
      expect(all.filter((s) => s.status !== 200)).toEqual([]);
    } finally {
      await exempt.stop();
    }
  }, 60_000);

  it("limits the connections one client holds at once: past 16 busy ones, the next request gets 429", async () => {
    // Responses that cannot finish: a large file that the clients do not read keeps each connection busy.
    await writeFile(path.join(site.dist, "large.bin"), randomBytes(32 * 1024 * 1024));
    // Its own server: the request-rate state another test left must not refuse these requests first.
    const server = await startNginx({root: site.dist, appEnv: "prod", limitExempt: NOBODY});
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        const socket = connect(server.port, "127.0.0.1");
        sockets.push(socket);
        // Wait for the first bytes of the answer, then stop reading: nginx is now busy sending on this connection
        // (or, past the limit, has answered 429), whatever the machine's load.
        await new Promise<void>((resolve, reject) => {
          socket.once("error", reject);
          socket.once("data", () => {
            socket.pause();
            resolve();
          });
          socket.write("GET /large.bin HTTP/1.1\r\nHost: x\r\n\r\n");
        });
      }
      const statuses = await Promise.all(Array.from({length: 3}, () => send(server.port, "GET", "/healthz")));
      expect(statuses.map((s) => s.status)).toEqual([429, 429, 429]);
      // The connection limit refused them, not the request rate.
      expect(await server.errorLog()).toContain('limiting connections by zone "btk_conn"');
      for (const socket of sockets) socket.destroy();
      // Once those connections are gone, the client is served again.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await send(server.port, "GET", "/healthz")).status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
      await server.stop();
      await rm(path.join(site.dist, "large.bin"), {force: true});
    }
  }, 30_000);

  it("drops a client that trickles its request headers (slowloris) within the header timeout", async () => {
    const started = performance.now();
    const closedAfterMs = await new Promise<number>((resolve, reject) => {
      const socket = connect(plain.port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: x\r\n"));
      // One header line a second, never the blank line that ends them.
      const drip = setInterval(() => socket.write("X-Slow: 1\r\n"), 1_000);
      const bound = setTimeout(() => {
        clearInterval(drip);
        socket.destroy();
        reject(new Error("nginx kept a slow client for 25 s"));
      }, 25_000);
      socket.on("error", () => undefined);
      socket.on("close", () => {
        clearInterval(drip);
        clearTimeout(bound);
        resolve(performance.now() - started);
      });
    });
    expect(closedAfterMs).toBeGreaterThan(9_000);
    expect(closedAfterMs).toBeLessThan(15_000);
  }, 30_000);
});
