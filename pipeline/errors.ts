/**
 * The pipeline's user-facing errors. Each class is one failure family with its own exit code, so a CI job or a
 * maintainer's shell can tell a bad configuration from a broken input without parsing text. Messages are full
 * sentences saying what happened; `hint` says what to do about it.
 */

/** Exit codes, stable: scripts and workflows depend on them. */
export const EXIT_CODES = {
  unexpected: 1,
  configuration: 2,
  source: 3,
  schema: 4,
  query: 5,
  snapshot: 6,
  deadline: 7
} as const;

export interface PipelineErrorOptions {
  hint?: string;
  cause?: unknown;
}

/** Base class of every error the CLI prints as a sentence (and never as a stack trace unless `--debug`). */
export abstract class PipelineError extends Error {
  abstract readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, options: PipelineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause});
    this.hint = options.hint;
  }
}

/** A setting is missing or contradictory (environment variables, command-line flags). */
export class ConfigurationError extends PipelineError {
  override readonly name = "ConfigurationError";
  readonly exitCode = EXIT_CODES.configuration;
}

/** The data source could not be read: S3 refused, timed out, a file is missing or truncated. */
export class SourceError extends PipelineError {
  override readonly name = "SourceError";
  readonly exitCode = EXIT_CODES.source;
  constructor(
    message: string,
    readonly object: string,
    options: PipelineErrorOptions = {}
  ) {
    super(message, options);
  }
}

/** An input file does not honour the input contract: a column is missing or has the wrong type, or no rows. */
export class InputSchemaError extends PipelineError {
  override readonly name = "InputSchemaError";
  readonly exitCode = EXIT_CODES.schema;
  constructor(
    message: string,
    readonly file: string,
    readonly column: string | undefined,
    options: PipelineErrorOptions = {}
  ) {
    super(message, options);
  }
}

/** A query or a statistics step failed, or cleaning left nothing to analyse. */
export class QueryError extends PipelineError {
  override readonly name = "QueryError";
  readonly exitCode = EXIT_CODES.query;
  constructor(
    message: string,
    readonly query: string,
    options: PipelineErrorOptions = {}
  ) {
    super(message, options);
  }
}

/** A result broke its snapshot schema, or the snapshot set could not be written. */
export class SnapshotError extends PipelineError {
  override readonly name = "SnapshotError";
  readonly exitCode = EXIT_CODES.snapshot;
  constructor(
    message: string,
    readonly analysis: string,
    options: PipelineErrorOptions = {}
  ) {
    super(message, options);
  }
}

/** The run outlived its deadline (BUILD_DEADLINE_S): something named in the message was stuck. */
export class DeadlineError extends PipelineError {
  override readonly name = "DeadlineError";
  readonly exitCode = EXIT_CODES.deadline;
}

export function isPipelineError(error: unknown): error is PipelineError {
  return error instanceof PipelineError;
}

/** The text of any thrown value, for messages that quote an underlying cause. */
export function describeCause(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The errno code of a failed system call (ENOENT, EACCES, ENOSPC…), or undefined for any other error. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** What an operator can do about a failed system call, as the second half of a hint. */
export function systemErrorAdvice(code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "give the user running the build permission to write there (or point the setting at a folder it owns)";
    case "EROFS":
      return "the file system is mounted read-only: point the setting at a writable folder";
    case "ENOSPC":
    case "EDQUOT":
      return "the disk (or quota) is full: free some space";
    case "ENOTDIR":
    case "EEXIST":
      return "a file stands where a folder is expected: remove it or point the setting elsewhere";
    case "ENOENT":
      return "a parent folder does not exist: create it or fix the setting";
    case "EMFILE":
    case "ENFILE":
      return "too many files are open: raise the limit (ulimit -n)";
    default:
      return "check the path and the file system it lives on";
  }
}

/** A short reason for a failed system call ("permission denied (EACCES)"), without the absolute path Node adds. */
export function systemErrorReason(error: unknown): string {
  const code = systemErrorCode(error);
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the device",
    EDQUOT: "disk quota exceeded",
    ENOTDIR: "a path component is not a folder",
    EEXIST: "the path already exists",
    ENOENT: "no such file or folder",
    EISDIR: "the path is a folder",
    EMFILE: "too many open files",
    EIO: "input/output error"
  };
  return code ? `${reasons[code] ?? "system error"} (${code})` : describeCause(error);
}
