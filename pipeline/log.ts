/**
 * Logging with loglevel: one line per unit of work, on stderr so stdout stays free for data (`--explain`).
 * The level follows APP_ENV (debug locally, info in preprod, warn in prod) unless LOG_LEVEL overrides it.
 */
import log from "loglevel";

import type {AppEnv} from "./config.js";

export type Logger = Pick<log.Logger, "trace" | "debug" | "info" | "warn" | "error">;

const LEVELS: Record<AppEnv, log.LogLevelDesc> = {local: "info", preprod: "info", prod: "warn"};

const logger = log.getLogger("pipeline");

// loglevel writes warn/error to stderr but info/debug to stdout; route everything to stderr.
logger.methodFactory = (methodName) => {
  const label = methodName === "info" ? "" : `${methodName}: `;
  return (...args: unknown[]) => process.stderr.write(`${label}${args.map(String).join(" ")}\n`);
};

export function configureLogger(env: AppEnv, override?: string, debug = false): Logger {
  const level = debug ? "debug" : ((override as log.LogLevelDesc | undefined) ?? LEVELS[env]);
  logger.setLevel(level, false);
  return logger;
}

export function getLogger(): Logger {
  return logger;
}

/** A logger that drops everything, for tests and library callers. */
export const silentLogger: Logger = {trace() {}, debug() {}, info() {}, warn() {}, error() {}};

/** Milliseconds since `start`, rounded for log lines. */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

/** Human size: 1.2 MB, 340 KB, 12 B. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Secrets never reach a log line: mask anything that looks like a credential value. */
export function redact(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("****");
  return out;
}
