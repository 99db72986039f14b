/**
 * The build's watchdog: every piece of work that can wait on something outside the process (a download, a DuckDB
 * query) registers itself while it runs. At each tick the watchdog logs what has been running for long, by name;
 * at the deadline it cancels everything registered and fails the run with a sentence naming what was stuck, so a
 * stuck query or server can never keep a build (or a CD job) running for ever.
 */
import {DeadlineError} from "./errors.js";
import type {Logger} from "./log.js";

export interface WatchdogOptions {
  /** The whole run's budget, milliseconds. */
  deadlineMs: number;
  logger: Logger;
  /** How often to log what is still running; defaults to a quarter of the deadline, at most a minute. */
  tickMs?: number;
  /** How long cancelled work gets to unwind (close files, connections) before the run fails anyway. */
  graceMs?: number;
  /** The setting that sets the deadline, named in the error. */
  setting?: string;
}

interface Activity {
  what: string;
  started: number;
  cancel: (() => void) | undefined;
}

export class Watchdog {
  private readonly activities = new Set<Activity>();
  private readonly options: Required<WatchdogOptions>;

  constructor(options: WatchdogOptions) {
    this.options = {
      tickMs: Math.min(60_000, Math.max(1_000, options.deadlineMs / 4)),
      graceMs: 5_000,
      setting: "BUILD_DEADLINE_S",
      ...options
    };
  }

  /** Registers running work; call the returned function when it ends (in a finally). */
  begin(what: string, cancel?: () => void): () => void {
    const activity: Activity = {what, started: performance.now(), cancel};
    this.activities.add(activity);
    return () => this.activities.delete(activity);
  }

  /** Runs `work` under its time and cancellation guarantees (see `begin`). */
  async track<T>(what: string, work: () => Promise<T>, cancel?: () => void): Promise<T> {
    const end = this.begin(what, cancel);
    try {
      return await work();
    } finally {
      end();
    }
  }

  /** What is running now, longest first, e.g. "analysis ratings_by_year (for 12 s)". */
  running(): string[] {
    const now = performance.now();
    return [...this.activities]
      .sort((a, b) => a.started - b.started)
      .map((a) => `${a.what} (for ${Math.round((now - a.started) / 1000)} s)`);
  }

  /**
   * Settles with `work`, or rejects with a DeadlineError when the deadline passes first. At the deadline the
   * registered work is cancelled and given `graceMs` to unwind, so the caller's cleanup runs before it returns.
   */
  async run<T>(work: Promise<T>): Promise<T> {
    const {deadlineMs, tickMs, graceMs, logger, setting} = this.options;
    let timer: NodeJS.Timeout | undefined;
    let expired: DeadlineError | undefined;
    const ticker = setInterval(() => {
      const running = this.running();
      if (running.length > 0) logger.warn(`still running: ${running.join(", ")}`);
    }, tickMs);
    ticker.unref();
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const stuck = this.running();
        expired = new DeadlineError(
          `The run did not finish within ${formatSeconds(deadlineMs)} (${setting}); ` +
            `${stuck.length > 0 ? `still running: ${stuck.join(", ")}` : "nothing was registered as running"}.`,
          {
            hint:
              "Look at the step named above (a stuck S3 server, a query over far more rows than usual), " +
              `or raise ${setting} if the data really grew.`
          }
        );
        for (const activity of this.activities) {
          try {
            activity.cancel?.();
          } catch {
            // Cancelling is best effort: the deadline error is what the operator needs.
          }
        }
        const unwound = new Promise((resolve) => setTimeout(resolve, graceMs));
        const error = expired;
        void Promise.race([work.catch(() => undefined), unwound]).then(() => reject(error));
      }, deadlineMs);
      // Not unref'd: a promise that never settles holds no handle, and the process would otherwise exit early
      // with code 0 as if the build had succeeded.
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (error) {
      // Work cancelled at the deadline fails with its own error (an interrupted query); the deadline is the cause.
      throw expired ?? error;
    } finally {
      clearTimeout(timer);
      clearInterval(ticker);
    }
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
