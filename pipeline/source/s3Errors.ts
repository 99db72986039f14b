/**
 * What can go wrong between the pipeline and S3, and what to do about it: each failure of the SDK, the network or
 * a download is sorted into one family, transient families are retried with exponential backoff, and the last
 * failure becomes a SourceError whose message names the object and whose hint names the setting to check.
 */
import {describeCause, SourceError} from "../errors.js";
import {formatBytes, redact} from "../log.js";

/** A failure family; each one has its own message and hint. */
export type FailureKind =
  | "credentials"
  | "noCredentials"
  | "missing"
  | "noBucket"
  | "timeout"
  | "unreachable"
  | "reset"
  | "truncated"
  | "slow"
  | "changed"
  | "server"
  | "unknown";

export interface Failure {
  kind: FailureKind;
  /** Worth another attempt: the same request may well succeed a moment later. */
  transient: boolean;
  /** Short machine label for messages: "ECONNREFUSED", "AccessDenied", "HTTP 503". */
  code: string;
}

/** A body that ended (or broke) before the size announced by HEAD; thrown by the download, retried. */
export class TruncatedBodyError extends Error {
  override readonly name = "TruncatedBodyError";
  constructor(
    readonly received: number,
    readonly expected: number,
    options?: {cause?: unknown}
  ) {
    super(`body ended after ${received} of ${expected} bytes`, options);
  }
}

/** A body arriving slower than S3_MIN_RATE_KBPS over a whole window: the download is abandoned, then retried. */
export class SlowTransferError extends Error {
  override readonly name = "SlowTransferError";
  constructor(
    readonly bytesInWindow: number,
    readonly windowMs: number,
    readonly minBytesPerSecond: number
  ) {
    super(`${bytesInWindow} bytes in ${windowMs} ms, under ${minBytesPerSecond} bytes/s`);
  }
}

/** The object's ETag differs from the one stat() saw: it was replaced while the build was running. */
export class ObjectChangedError extends Error {
  override readonly name = "ObjectChangedError";
  constructor(
    readonly expectedEtag: string,
    readonly actualEtag: string | undefined
  ) {
    super(`etag ${actualEtag ?? "(unknown)"} is not ${expectedEtag}`);
  }
}

const CREDENTIAL_CODES = new Set([
  "AccessDenied",
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "InvalidToken",
  "TokenRefreshRequired",
  "Forbidden"
]);
const MISSING_CODES = new Set(["NoSuchKey", "NotFound"]);
// ENOTFOUND is a wrong host name, which no retry fixes; EAI_AGAIN is a resolver that may answer next time.
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET"]);
// RequestTimeout is S3 saying the client was too slow to send its body: transient like our own timeouts.
const TIMEOUT_CODES = new Set(["ETIMEDOUT", "ESOCKETTIMEDOUT", "TimeoutError", "RequestTimeout"]);

interface ErrorShape {
  name?: string;
  code?: string;
  Code?: string;
  errors?: unknown[];
  $metadata?: {httpStatusCode?: number};
}

/** The system error code of a network failure; Node reports a dual-stack connect failure as an AggregateError. */
function systemCode(error: ErrorShape): string | undefined {
  if (typeof error.code === "string") return error.code;
  const first = error.errors?.[0] as ErrorShape | undefined;
  return typeof first?.code === "string" ? first.code : undefined;
}

/** Sorts any thrown value into a failure family. */
export function classify(error: unknown): Failure {
  if (error instanceof TruncatedBodyError) return {kind: "truncated", transient: true, code: "truncated body"};
  if (error instanceof ObjectChangedError) return {kind: "changed", transient: false, code: "ETag changed"};
  if (error instanceof SlowTransferError) return {kind: "slow", transient: true, code: "too slow"};
  if (error instanceof Error && error.name === "ContentMismatchError") {
    return {kind: "truncated", transient: true, code: "content does not match ETag"};
  }
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorShape;
  const name = e.Code ?? e.name ?? "";
  const status = e.$metadata?.httpStatusCode;
  const sys = systemCode(e);
  if (name === "CredentialsProviderError") return {kind: "noCredentials", transient: false, code: name};
  if (name === "NoSuchBucket") return {kind: "noBucket", transient: false, code: name};
  if (name === "PreconditionFailed" || status === 412) return {kind: "changed", transient: false, code: "HTTP 412"};
  if (CREDENTIAL_CODES.has(name) || status === 403 || status === 401) {
    // A HEAD error has no body, so the SDK only knows the status; say which of the two we have.
    return {kind: "credentials", transient: false, code: CREDENTIAL_CODES.has(name) ? name : `HTTP ${status}`};
  }
  if (MISSING_CODES.has(name) || status === 404) return {kind: "missing", transient: false, code: name || "HTTP 404"};
  if (TIMEOUT_CODES.has(name) || (sys !== undefined && TIMEOUT_CODES.has(sys))) {
    return {kind: "timeout", transient: true, code: sys ?? name};
  }
  if (sys !== undefined && UNREACHABLE_CODES.has(sys))
    return {kind: "unreachable", transient: sys !== "ENOTFOUND", code: sys};
  if (sys !== undefined && RESET_CODES.has(sys)) return {kind: "reset", transient: true, code: sys};
  if ((status !== undefined && status >= 500) || status === 429 || name === "SlowDown") {
    return {
      kind: "server",
      transient: true,
      code: `HTTP ${status ?? 503}${name && name !== "Unknown" ? ` ${name}` : ""}`
    };
  }
  return {kind: "unknown", transient: false, code: name || sys || "error"};
}

export interface RetryPolicy {
  /** Total attempts including the first one. */
  maxAttempts: number;
  /** Delay before the second attempt; each further one doubles it. */
  baseDelayMs: number;
  maxDelayMs?: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Called before waiting for another attempt, for a log line. */
  onRetry?: (failure: Failure, error: unknown, nextAttempt: number, delayMs: number) => void;
}

/**
 * Runs `op` until it succeeds, a failure is not transient, or attempts run out; rethrows the last error as is.
 * `op` receives the attempt number (1-based) so the caller can report how many were made.
 */
export async function withRetry<T>(op: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op(attempt);
    } catch (error) {
      const failure = classify(error);
      if (!failure.transient || attempt >= policy.maxAttempts) throw error;
      // Jitter in [50 %, 100 %] of the exponential delay keeps parallel builds from retrying in lockstep.
      const exponential = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs ?? 20_000);
      const delayMs = Math.round(exponential * (0.5 + policy.random() / 2));
      policy.onRetry?.(failure, error, attempt + 1, delayMs);
      await policy.sleep(delayMs);
    }
  }
}

/** Where a failure happened, for the message. */
export interface FailureContext {
  bucket: string;
  /** "s3://bucket/key". */
  location: string;
  /** Endpoint URL for messages: the configured one, or the AWS regional one. */
  endpoint: string;
  /** "reading" or "writing". */
  action: "reading" | "writing";
  attempts: number;
  timeoutMs: number;
  maxAttempts: number;
  /** Credential values that must never appear in the message. */
  secrets: Array<string | undefined>;
}

function tries(attempts: number): string {
  return attempts === 1 ? "on the only attempt" : `${attempts} attempts in a row`;
}

/** A copy of an SDK error without the fields that may echo credentials (the access key id, the signed request). */
function sanitizedCause(error: unknown, secrets: Array<string | undefined>): Error {
  const f = classify(error);
  const copy = new Error(redact(describeCause(error), secrets));
  copy.name = error instanceof Error ? error.name : "Error";
  return Object.assign(copy, {code: f.code});
}

/** The user-facing error for the last failure of a request on one object. */
export function toSourceError(error: unknown, ctx: FailureContext): SourceError {
  const f = classify(error);
  const {bucket, location, endpoint, action} = ctx;
  const verb = action === "reading" ? "read" : "write";
  const permission = action === "reading" ? "s3:GetObject and s3:ListBucket" : "s3:PutObject";
  let message: string;
  let hint: string;
  switch (f.kind) {
    case "credentials":
      message = `S3 refused the credentials for bucket "${bucket}" when ${action} ${location} (${f.code}).`;
      hint =
        `Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys), or AWS_PROFILE ` +
        `and its shared config files, and that these credentials are granted ${permission} on bucket "${bucket}".`;
      break;
    case "noCredentials":
      message = `No AWS credentials were found to ${verb} bucket "${bucket}".`;
      hint =
        "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with a shared credentials file; " +
        "or unset S3_BUCKET to build from the local data directory.";
      break;
    case "missing":
      message = `${location} does not exist.`;
      hint = "Check S3_BUCKET and S3_PREFIX, or upload the data with npm run data:import -- <dir> --upload.";
      break;
    case "noBucket":
      message = `The S3 bucket "${bucket}" does not exist at ${endpoint}.`;
      hint = "Check S3_BUCKET, S3_ENDPOINT and S3_REGION, or create the bucket.";
      break;
    case "timeout":
      message = `S3 at ${endpoint} did not answer within ${ctx.timeoutMs} ms when ${action} ${location}, ${tries(ctx.attempts)}.`;
      hint =
        `Check that ${endpoint} is reachable from this machine; on a slow link raise S3_TIMEOUT_MS ` +
        `(now ${ctx.timeoutMs}) or S3_MAX_ATTEMPTS (now ${ctx.maxAttempts}).`;
      break;
    case "unreachable":
      message =
        f.code === "ENOTFOUND"
          ? `The S3 endpoint ${endpoint} could not be reached to ${verb} ${location}: its host name does not resolve (ENOTFOUND).`
          : `Could not connect to the S3 endpoint ${endpoint} to ${verb} ${location} (${f.code}, ${tries(ctx.attempts)}).`;
      hint = "Check that the S3 server is running and that S3_ENDPOINT is right; unset S3_ENDPOINT to use AWS S3.";
      break;
    case "reset":
      message = `The connection to ${endpoint} was cut when ${action} ${location} (${f.code}, ${tries(ctx.attempts)}).`;
      hint = `Check the network and any proxy between here and ${endpoint}, or raise S3_MAX_ATTEMPTS (now ${ctx.maxAttempts}).`;
      break;
    case "slow": {
      const t = error as SlowTransferError;
      message =
        `The download of ${location} from ${endpoint} slowed to ${formatBytes(t.bytesInWindow)} in ` +
        `${(t.windowMs / 1000).toFixed(t.windowMs < 10_000 ? 1 : 0)} s, under the minimum of ${formatBytes(t.minBytesPerSecond)}/s, ` +
        `${tries(ctx.attempts)}; the partial file was not kept.`;
      hint =
        `The server or the link is stalling: check ${endpoint}, or lower S3_MIN_RATE_KBPS on a link that is ` +
        "really this slow.";
      break;
    }
    case "truncated": {
      if (!(error instanceof TruncatedBodyError)) {
        message = `The download of ${location} arrived damaged (${f.code}), ${tries(ctx.attempts)}; it was not kept.`;
        hint = `Something alters the data between ${endpoint} and this machine: check the network and any proxy.`;
        break;
      }
      const t = error;
      message =
        `The download of ${location} stopped after ${formatBytes(t.received)} of ${formatBytes(t.expected)}, ` +
        `${tries(ctx.attempts)}; the truncated file was not kept.`;
      hint = `Something cuts the connection to ${endpoint}: check the network and any proxy, or raise S3_MAX_ATTEMPTS (now ${ctx.maxAttempts}).`;
      break;
    }
    case "changed":
      message = `${location} was replaced while the build was ${action} it, so the download does not match what was checked.`;
      hint = "Run the build again; if this keeps happening, something rewrites the object during builds.";
      break;
    case "server":
      message = `S3 at ${endpoint} failed with ${f.code} when ${action} ${location}, ${tries(ctx.attempts)}.`;
      hint = `The storage service is failing or throttling; try again later or raise S3_MAX_ATTEMPTS (now ${ctx.maxAttempts}).`;
      break;
    default:
      message = `${action === "reading" ? "Reading" : "Writing"} ${location} failed: ${describeCause(error)}.`;
      hint = "Run again with --debug to see the full error.";
  }
  return new SourceError(redact(message, ctx.secrets), location, {
    hint: redact(hint, ctx.secrets),
    cause: sanitizedCause(error, ctx.secrets)
  });
}

/**
 * The error for objects HEAD could not find, listing what the source must hold and what the prefix does hold,
 * so a wrong S3_PREFIX is obvious from the message alone.
 */
export function missingObjectsError(opts: {
  bucket: string;
  prefix: string;
  missing: readonly string[];
  expected: readonly string[];
  /** Keys found under the prefix, when listing was allowed. */
  present: readonly string[] | undefined;
  secrets: Array<string | undefined>;
}): SourceError {
  const base = `s3://${opts.bucket}/${opts.prefix}`;
  const locations = opts.missing.map((name) => `${base}${name}`);
  const message =
    opts.missing.length === 1
      ? `The S3 source is missing ${opts.expected.length === 1 ? "its input object" : `1 of its ${opts.expected.length} input objects`}: ${locations[0]} does not exist.`
      : `The S3 source is missing ${opts.missing.length} of its ${opts.expected.length} input objects: ${locations.join(", ")} do not exist.`;
  const holds =
    opts.present === undefined
      ? ""
      : opts.present.length === 0
        ? ` Nothing is stored under ${base} at the moment.`
        : ` Under ${base} there is: ${opts.present.join(", ")}.`;
  const hint =
    `The source must hold ${opts.expected.join(" and ")} under ${base}.${holds} ` +
    "Upload them with npm run data:import -- <dir> --upload, or fix S3_PREFIX.";
  return new SourceError(redact(message, opts.secrets), locations.join(", "), {hint: redact(hint, opts.secrets)});
}
