import {setTimeout as delay} from "node:timers/promises";

import {describe, expect, it} from "vitest";

import {DeadlineError, EXIT_CODES} from "./errors.js";
import type {Logger} from "./log.js";
import {silentLogger} from "./log.js";
import {Watchdog} from "./watchdog.js";

function recordingLogger(): {logger: Logger; warnings: string[]} {
  const warnings: string[] = [];
  return {logger: {...silentLogger, warn: (...args: unknown[]) => warnings.push(args.map(String).join(" "))}, warnings};
}

describe("the watchdog", () => {
  it("names long-running work at each tick and settles with the work when it ends in time", async () => {
    const {logger, warnings} = recordingLogger();
    const dog = new Watchdog({deadlineMs: 5_000, tickMs: 100, logger});
    const result = await dog.run(dog.track("analysis slow_one", () => delay(350).then(() => 42)));
    expect(result).toBe(42);
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toMatch(/^still running: analysis slow_one \(for 0 s\)$/);
    expect(dog.running()).toEqual([]);
  });

  it("at the deadline cancels what is registered, waits for it to unwind, and fails naming it", async () => {
    const dog = new Watchdog({deadlineMs: 200, tickMs: 1_000, graceMs: 2_000, logger: silentLogger});
    let cancelled = false;
    let unwound = false;
    const work = dog.track(
      "fetching RAW_recipes.parquet",
      () =>
        new Promise<never>((_, reject) => {
          const poll = setInterval(() => {
            if (!cancelled) return;
            clearInterval(poll);
            unwound = true;
            reject(new Error("aborted"));
          }, 10);
        }),
      () => (cancelled = true)
    );
    const error = await dog.run(work).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect((error as DeadlineError).exitCode).toBe(EXIT_CODES.deadline);
    expect((error as DeadlineError).message).toBe(
      "The run did not finish within 0.2 s (BUILD_DEADLINE_S); still running: fetching RAW_recipes.parquet (for 0 s)."
    );
    expect(unwound).toBe(true);
  });

  it("fails at the deadline even when the work ignores its cancellation, after the grace period", async () => {
    const dog = new Watchdog({deadlineMs: 100, graceMs: 200, logger: silentLogger});
    const started = performance.now();
    const never = new Promise<never>(() => undefined);
    const error = await dog.run(dog.track("a query that never settles", () => never)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
