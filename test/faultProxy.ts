/**
 * A fault-injecting HTTP proxy on loopback, in front of a real S3 server, for the failures a healthy local server
 * never produces: a body cut after N bytes (connection reset, or a clean but short end), a 5xx answer, a request
 * that is accepted and never answered. Requests without a fault pass through untouched, so the SDK's signatures
 * and s3rver's answers are the real ones.
 */
import http from "node:http";
import type {AddressInfo} from "node:net";
import net from "node:net";

export type Fault =
  /**
   * Forward the answer but stop the body after `afterBytes`: "reset" destroys the socket, "end" ends the response
   * cleanly (chunked, so the client cannot tell), "stall" keeps the connection open and sends nothing more.
   */
  | {kind: "truncate"; afterBytes: number; mode?: "reset" | "end" | "stall"}
  /** Answer with this status and an S3-style XML error, without asking the server. */
  | {kind: "status"; status: number; code?: string}
  /** Accept the request and never answer. */
  | {kind: "hang"}
  /** Forward the headers, then send the body `bytes` at a time every `everyMs` (a server trickling data). */
  | {kind: "trickle"; bytes: number; everyMs: number};

export interface FaultRule {
  fault: Fault;
  /** Only requests with this method (GET, HEAD, PUT); all when undefined. */
  method?: string;
  /** How many matching requests get the fault; Infinity for all. */
  times: number;
}

export interface FaultProxy {
  /** "http://127.0.0.1:<port>". */
  endpoint: string;
  port: number;
  /** Every request seen, in order. */
  requests: Array<{method: string; url: string; fault: Fault["kind"] | undefined}>;
  /** Replaces the fault rules; the first rule that matches and has uses left applies. */
  setFaults(rules: FaultRule[]): void;
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the proxy in front of `http://127.0.0.1:<targetPort>`. */
export async function startFaultProxy({
  targetPort,
  faults = []
}: {
  targetPort: number;
  faults?: FaultRule[];
}): Promise<FaultProxy> {
  let rules = faults.map((r) => ({...r}));
  const requests: FaultProxy["requests"] = [];

  const server = http.createServer((req, res) => {
    const rule = rules.find((r) => r.times > 0 && (r.method === undefined || r.method === req.method));
    if (rule) rule.times--;
    const fault = rule?.fault;
    requests.push({method: req.method ?? "", url: req.url ?? "", fault: fault?.kind});

    if (fault?.kind === "hang") {
      req.resume();
      return;
    }
    if (fault?.kind === "status") {
      req.resume();
      const code = fault.code ?? (fault.status === 503 ? "ServiceUnavailable" : "InternalError");
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>injected</Message></Error>`;
      res.writeHead(fault.status, {"content-type": "application/xml", "content-length": Buffer.byteLength(body)});
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }

    const upstream = http.request(
      {host: "127.0.0.1", port: targetPort, method: req.method, path: req.url, headers: req.headers},
      (up) => {
        if (fault?.kind === "trickle") {
          res.writeHead(up.statusCode ?? 502, up.headers);
          const chunks: Buffer[] = [];
          up.on("data", (chunk: Buffer) => chunks.push(chunk));
          let body: Buffer | undefined;
          let offset = 0;
          const timer = setInterval(() => {
            body ??= Buffer.concat(chunks);
            if (offset >= body.length || res.destroyed) {
              clearInterval(timer);
              if (!res.destroyed) res.end();
              return;
            }
            res.write(body.subarray(offset, offset + fault.bytes));
            offset += fault.bytes;
          }, fault.everyMs);
          res.on("close", () => clearInterval(timer));
          return;
        }
        if (fault?.kind !== "truncate") {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          return;
        }
        const headers = {...up.headers};
        // Without Content-Length the response is chunked, so ending early is a clean end, not a protocol error.
        if (fault.mode === "end") delete headers["content-length"];
        res.writeHead(up.statusCode ?? 502, headers);
        let sent = 0;
        const cut = () => {
          up.destroy();
          if (fault.mode === "end") res.end();
          else if (fault.mode !== "stall") res.socket?.destroy();
        };
        up.on("data", (chunk: Buffer) => {
          if (sent >= fault.afterBytes) return;
          const part = chunk.subarray(0, fault.afterBytes - sent);
          sent += part.length;
          if (sent >= fault.afterBytes) res.write(part, cut);
          else res.write(part);
        });
        up.on("end", () => {
          if (!res.writableEnded && sent < fault.afterBytes) res.end();
        });
        if (fault.afterBytes === 0) cut();
      }
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });

  const port = await listen(server);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    requests,
    setFaults(next) {
      rules = next.map((r) => ({...r}));
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        // Hanging requests would otherwise keep the server open forever.
        server.closeAllConnections();
      });
    }
  };
}

/** A loopback port nothing listens on (bound, then released), for "server down" tests. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
