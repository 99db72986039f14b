/**
 * `npm run healthcheck -- <url> [--commit SHA] [--attempts N] [--delay MS] [--timeout MS]`: fetches
 * `<url>/healthz`, retrying with exponential backoff, and exits 0 when it answers 200 with a valid health document
 * (and the expected commit, when given), 1 otherwise. It prints one line either way, for uptime monitors, the
 * workflows and the deploy script (which calls `checkHealth` directly).
 */
import {setTimeout as delay} from "node:timers/promises";
import {pathToFileURL} from "node:url";
import {parseArgs} from "node:util";

import type {Health} from "../site/build/postbuild.js";

export interface HealthCheckOptions {
  /** The site's base URL ("http://127.0.0.1:8500"); /healthz is appended. */
  url: string;
  /** The commit the site must report (a prefix of at least 7 characters is enough). */
  commit?: string;
  /** Attempts in all, including the first; 5 by default. */
  attempts?: number;
  /** Wait before the second attempt, doubled for each further one up to 8 s; 500 ms by default. */
  delayMs?: number;
  /** Per-request timeout; 5 s by default. */
  timeoutMs?: number;
}

export interface HealthCheckEffects {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export interface HealthCheckResult {
  ok: boolean;
  attempts: number;
  /** The health document of the last answer that had one. */
  health?: Health;
  /** Why the last attempt failed. */
  reason?: string;
  ms: number;
  /** One line for logs and monitors. */
  summary: string;
}

const defaultEffects: HealthCheckEffects = {
  fetch: (...args) => fetch(...args),
  sleep: (ms) => delay(ms),
  now: () => performance.now()
};

/** The /healthz URL of a site URL, keeping any path prefix. */
export function healthzUrl(url: string): string {
  const base = new URL(url);
  base.pathname = `${base.pathname.replace(/\/+$/, "")}/healthz`;
  base.search = "";
  return base.toString();
}

function isHealth(value: unknown): value is Health {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.commit === "string" && typeof v.dataAsOf === "string" && typeof v.builtAt === "string";
}

/** Commits match when equal, or when the expected one is a prefix (7+ characters) of the reported one. */
export function sameCommit(reported: string, expected: string): boolean {
  if (reported === expected) return true;
  return expected.length >= 7 && reported.startsWith(expected);
}

/** One attempt: the health document, or the reason it is not healthy. */
async function probe(
  target: string,
  options: HealthCheckOptions,
  effects: HealthCheckEffects
): Promise<{health?: Health; reason?: string}> {
  let response: Response;
  try {
    response = await effects.fetch(target, {
      headers: {accept: "application/json", "cache-control": "no-cache"},
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000)
    });
  } catch (error) {
    const cause = (error as {cause?: {code?: string; message?: string}}).cause;
    return {reason: `unreachable (${cause?.code ?? cause?.message ?? (error as Error).message})`};
  }
  const body = await response.text().catch(() => "");
  if (response.status !== 200) return {reason: `HTTP ${response.status}`};
  let health: unknown;
  try {
    health = JSON.parse(body);
  } catch {
    return {reason: "the answer is not JSON"};
  }
  if (!isHealth(health)) return {reason: "the answer is not a health document"};
  if (options.commit && !sameCommit(health.commit, options.commit)) {
    return {health, reason: `commit ${health.commit.slice(0, 12)} instead of ${options.commit.slice(0, 12)}`};
  }
  return {health};
}

/** Checks `<url>/healthz` with retries; never throws. */
export async function checkHealth(
  options: HealthCheckOptions,
  effects: Partial<HealthCheckEffects> = {}
): Promise<HealthCheckResult> {
  const fx = {...defaultEffects, ...effects};
  const started = fx.now();
  const attempts = Math.max(1, options.attempts ?? 5);
  const target = healthzUrl(options.url);
  let last: {health?: Health; reason?: string} = {};
  for (let attempt = 1; attempt <= attempts; attempt++) {
    last = await probe(target, options, fx);
    if (!last.reason) {
      const ms = Math.round(fx.now() - started);
      const h = last.health!;
      return {
        ok: true,
        attempts: attempt,
        health: h,
        ms,
        summary: `OK ${target} commit ${h.commit.slice(0, 12)} data ${h.dataAsOf} built ${h.builtAt} (attempt ${attempt}/${attempts}, ${ms} ms)`
      };
    }
    if (attempt < attempts) await fx.sleep(Math.min((options.delayMs ?? 500) * 2 ** (attempt - 1), 8_000));
  }
  const ms = Math.round(fx.now() - started);
  return {
    ok: false,
    attempts,
    health: last.health,
    reason: last.reason,
    ms,
    summary: `FAIL ${target}: ${last.reason} after ${attempts} attempt${attempts > 1 ? "s" : ""} (${ms} ms)`
  };
}

/** The CLI: prints the summary line and returns the exit code. */
export async function main(
  argv: string[],
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)
): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      commit: {type: "string"},
      attempts: {type: "string", default: "5"},
      delay: {type: "string", default: "500"},
      timeout: {type: "string", default: "5000"}
    }
  });
  const url = positionals[0];
  if (!url || !/^https?:\/\//.test(url)) {
    out("usage: healthcheck <http(s)://site-url> [--commit SHA] [--attempts N] [--delay MS] [--timeout MS]");
    return 2;
  }
  const number = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`invalid --${name}: ${value}`);
    return n;
  };
  const result = await checkHealth({
    url,
    commit: values.commit || undefined,
    attempts: number("attempts", values.attempts),
    delayMs: number("delay", values.delay),
    timeoutMs: number("timeout", values.timeout)
  });
  out(result.summary);
  return result.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stdout.write(`FAIL ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  );
}
