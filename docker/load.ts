/**
 * A bounded load run against a site on loopback, for the load test and `npm run bench`: autocannon cycles through
 * the given paths on a few keep-alive connections until `requests` answers have come back or `maxSeconds` have
 * passed, whichever is first, then stops by itself. Every answer is checked against the status its path expects
 * (200 unless given), so an intended 404 is not an error and a 200 where a 404 was expected is.
 */
import {createRequire} from "node:module";

/** A path to request, with the status it must answer (200 by default). */
export type LoadPath = string | {path: string; status: number; headers?: Record<string, string>};

export interface LoadOptions {
  /** "http://127.0.0.1:<port>": loopback only (the run refuses anything else). */
  url: string;
  paths: readonly LoadPath[];
  /** Total requests; the run stops when they have all been answered. */
  requests: number;
  /** Concurrent connections; 8 by default. */
  connections?: number;
  /** Hard stop, seconds; 30 by default. */
  maxSeconds?: number;
  /** Extra request headers (e.g. accept-encoding). */
  headers?: Record<string, string>;
}

export interface LoadResult {
  /** Answers per second over the run. */
  rps: number;
  /** 99th percentile latency, milliseconds. */
  p99: number;
  p50: number;
  /** Connection errors, timeouts and answers with an unexpected status. */
  errors: number;
  /** Requests answered. */
  requests: number;
  /** Answers per status code. */
  statuses: Record<string, number>;
  /** Up to 10 "path → status" descriptions of unexpected answers. */
  unexpected: string[];
  seconds: number;
}

interface AutocannonRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  onResponse?: (status: number, body: string, context: unknown, headers: unknown) => void;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  latency: {p50: number; p99: number};
  requests: {total: number};
  statusCodeStats: Record<string, {count: number}>;
}

interface AutocannonInstance {
  stop(): void;
  on(event: "done", listener: (result: AutocannonResult) => void): void;
}

type Autocannon = (
  options: {
    url: string;
    connections: number;
    amount: number;
    timeout: number;
    requests: AutocannonRequest[];
    headers?: Record<string, string>;
  },
  callback: (error: Error | null, result: AutocannonResult) => void
) => AutocannonInstance;

// autocannon is CommonJS without type declarations; what is used here is typed above.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** Runs the load; rejects only when the run itself cannot happen (not for failed requests, which are counted). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const host = new URL(options.url).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host)) {
    throw new Error(`invalid load target ${options.url}: only loopback addresses may be loaded`);
  }
  if (options.paths.length === 0) throw new Error("invalid load: no paths");
  const connections = Math.max(1, Math.min(options.connections ?? 8, options.requests));
  const unexpected: string[] = [];
  let mismatches = 0;
  const requests: AutocannonRequest[] = options.paths.map((p) => {
    const {path, status, headers} = typeof p === "string" ? {path: p, status: 200, headers: undefined} : p;
    return {
      method: "GET",
      path,
      headers,
      onResponse: (got: number) => {
        if (got === status) return;
        mismatches++;
        if (unexpected.length < 10) unexpected.push(`${path} → ${got} (expected ${status})`);
      }
    };
  });

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections,
        amount: options.requests,
        timeout: 10,
        requests,
        headers: options.headers
      },
      (error, result) => {
        clearTimeout(timer);
        if (error) {
          reject(error);
          return;
        }
        const statuses: Record<string, number> = {};
        for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stat.count;
        const seconds = Math.max(result.duration, 0.001);
        resolve({
          rps: Math.round(result.requests.total / seconds),
          p99: result.latency.p99,
          p50: result.latency.p50,
          errors: result.errors + result.timeouts + mismatches,
          requests: result.requests.total,
          statuses,
          unexpected,
          seconds
        });
      }
    );
    const timer = setTimeout(() => instance.stop(), (options.maxSeconds ?? 30) * 1000);
  });
}
