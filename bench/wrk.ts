/**
 * nginx throughput as a native load generator sees it. The Node load run (docker/load.ts) saturates its own event
 * loop long before nginx: on this 2-core machine it reported ~2,000 requests/s where wrk, written in C, measures
 * ~50,000 on the same page and config. So `npm run bench` reports wrk's figures, and the Node run stays a
 * correctness test (every answer's status checked).
 *
 * wrk (Debian's package, installed by .ci/debian-packages) runs for a bounded number of seconds against one URL on
 * loopback and prints a summary; {@link parseWrk} reads the figures out of it.
 */
import {execFile} from "node:child_process";
import {promisify} from "node:util";

export interface WrkOptions {
  /** Full URL on loopback, e.g. "http://127.0.0.1:8080/trends/". */
  url: string;
  /** Open connections; 32 by default. */
  connections?: number;
  /** wrk threads; one per core by default (2 here). */
  threads?: number;
  /** Duration, seconds; 10 by default. */
  seconds?: number;
  headers?: Record<string, string>;
}

export interface WrkResult {
  requests: number;
  seconds: number;
  /** Requests per second over the run, as wrk counts them. */
  rps: number;
  /** Latency percentiles, milliseconds. */
  p50: number;
  p99: number;
  /** Answers that were neither 2xx nor 3xx. */
  non2xx3xx: number;
  /** Connect, read, write and timeout errors. */
  socketErrors: number;
}

const UNIT_MS: Record<string, number> = {us: 0.001, ms: 1, s: 1000, m: 60_000};

function toMs(value: string, unit: string): number {
  const factor = UNIT_MS[unit];
  if (factor === undefined) throw new Error(`unexpected wrk latency unit: ${unit}`);
  return Number(value) * factor;
}

/** Reads wrk's `--latency` summary; throws when a figure the bench reports is missing. */
export function parseWrk(output: string): WrkResult {
  const total = /(\d+) requests in ([\d.]+)(ms|s|m),/.exec(output);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s*50%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(output);
  const p99 = /^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(output);
  if (!total || !rps || !p50 || !p99) {
    throw new Error(`wrk printed no complete summary (run it with --latency):\n${output.slice(0, 2000)}`);
  }
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    requests: Number(total[1]),
    seconds: toMs(total[2]!, total[3]!) / 1000,
    rps: Math.round(Number(rps[1])),
    p50: Math.round(toMs(p50[1]!, p50[2]!) * 100) / 100,
    p99: Math.round(toMs(p99[1]!, p99[2]!) * 100) / 100,
    non2xx3xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: socket ? socket.slice(1, 5).reduce((sum, n) => sum + Number(n), 0) : 0
  };
}

/** Runs wrk against a loopback URL for a bounded time; rejects with a hint when wrk is not installed. */
export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const {hostname} = new URL(options.url);
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(hostname)) {
    throw new Error(`invalid load target ${options.url}: only loopback addresses may be loaded`);
  }
  const seconds = options.seconds ?? 10;
  const args = [
    "--latency",
    `--threads=${options.threads ?? 2}`,
    `--connections=${options.connections ?? 32}`,
    `--duration=${seconds}s`,
    "--timeout=5s",
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => ["--header", `${name}: ${value}`]),
    options.url
  ];
  try {
    // wrk stops by itself after --duration; the kill timeout is a second bound should it not.
    const {stdout} = await promisify(execFile)("wrk", args, {timeout: (seconds + 30) * 1000});
    return parseWrk(stdout);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("wrk is not installed: run `sudo bash .ci/debian-packages` (Debian package wrk).");
    }
    throw error;
  }
}
