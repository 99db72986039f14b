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
  snapshot: 6
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

export function isPipelineError(error: unknown): error is PipelineError {
  return error instanceof PipelineError;
}

/** The text of any thrown value, for messages that quote an underlying cause. */
export function describeCause(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
