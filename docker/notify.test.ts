import {createServer} from "node:http";
import type {AddressInfo} from "node:net";

import {describe, expect, it} from "vitest";

import {freePort} from "../test/nginx.js";
import {notify, noticeText} from "./notify.js";

describe("notify", () => {
  it("sends nothing without a webhook", async () => {
    expect(await notify(undefined, {env: "prod", release: "abc", result: "live"})).toBe(
      "notify: no NOTIFY_WEBHOOK set, nothing sent"
    );
  });

  it("posts one JSON message that chat webhooks understand", async () => {
    const bodies: unknown[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        bodies.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const line = await notify(url, {
        env: "preprod",
        release: "0123456789abcdef",
        result: "rolled-back",
        detail: "commit mismatch"
      });
      expect(line).toBe("notify: sent (204)");
      const text = "⏪ Back to the Kitchen preprod: rolled-back — release 0123456789ab · commit mismatch";
      expect(bodies).toEqual([{content: text, text}]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("reports an unreachable webhook without throwing", async () => {
    const line = await notify(`http://127.0.0.1:${await freePort()}/`, {env: "prod", release: "x", result: "failed"});
    expect(line).toMatch(/^notify: could not reach the webhook/);
    expect(noticeText({env: "prod", release: "x", result: "live", url: "https://run"})).toBe(
      "✅ Back to the Kitchen prod: live — release x · https://run"
    );
  });
});
