/**
 * Deploy, rollback and promotion, the same for every driver. A driver only knows how to stage a release, make a
 * staged release the live one, and drop releases no longer kept; everything else is here:
 *
 * deploy:   stage → preflight (driver) → switch → health check with retries against the served URL (its commit
 *           must be the release's) → keep the previous release as backup; when the check fails, switch back to
 *           the previous release and check that again.
 * rollback: switch to the backup release, check it, and keep the release it replaced as the new backup.
 * promote:  deploy to `to` exactly what is live and healthy in `from` (same digest).
 */
import type {HealthCheckOptions, HealthCheckResult} from "../healthcheck.js";
import {checkHealth} from "../healthcheck.js";
import type {DeployEnv, DeployState, HistoryEntry, ReleaseRecord} from "./state.js";
import {readState, withLock, writeState} from "./state.js";

/** What to deploy: a release id, the commit it must report, and where it comes from (a site dir or an image). */
export interface ReleaseSource {
  id: string;
  commit: string;
  /** Local driver: the built site directory. Docker driver: an image reference (tag or sha256 id). */
  from: string;
  /** When set, the staged release must have exactly this digest (promotion). */
  digest?: string;
}

export interface Driver {
  readonly name: "local" | "docker";
  /** Makes the release ready to go live without touching the live one; throws when it is unfit (preflight). */
  stage(env: DeployEnv, source: ReleaseSource): Promise<ReleaseRecord>;
  /** Makes a staged release the live one. */
  activate(env: DeployEnv, release: ReleaseRecord): Promise<void>;
  /** Drops staged releases except those listed and the `extra` most recently staged others. */
  prune(env: DeployEnv, keep: readonly ReleaseRecord[], extra: number): Promise<void>;
  /** Discards a release that was staged but never went live (best effort). */
  discard(env: DeployEnv, release: ReleaseRecord): Promise<void>;
}

export interface DeployContext {
  driver: Driver;
  /** Directory holding `<env>/state.json` (and, for the local driver, the releases). */
  root: string;
  /** The served URL the health check probes, per environment. */
  url: (env: DeployEnv) => string;
  /** Health check tuning (attempts, delay, timeout). */
  health?: Omit<HealthCheckOptions, "url" | "commit">;
  /** How many releases to keep staged, the live one and its backup included; 3 by default. */
  keep?: number;
  log?: (line: string) => void;
  now?: () => Date;
  checkHealth?: (options: HealthCheckOptions) => Promise<HealthCheckResult>;
}

export interface DeployOutcome {
  env: DeployEnv;
  result: HistoryEntry["result"];
  release: string;
  digest: string;
  /** The release live once the command ends (the new one, or the one rolled back to). */
  live?: ReleaseRecord;
  backup?: ReleaseRecord;
  reason?: string;
  health?: HealthCheckResult;
}

function label(release: ReleaseRecord | undefined): string {
  return release ? `${release.id} (${release.digest.slice(0, 19)})` : "nothing";
}

function record(state: DeployState, entry: HistoryEntry): void {
  state.history.push(entry);
}

async function check(ctx: DeployContext, env: DeployEnv, commit: string): Promise<HealthCheckResult> {
  const run = ctx.checkHealth ?? ((options: HealthCheckOptions) => checkHealth(options));
  return run({...ctx.health, url: ctx.url(env), commit});
}

/** Deploys a release to an environment; never leaves a failed release live when a previous one exists. */
export async function deploy(
  ctx: DeployContext,
  env: DeployEnv,
  source: ReleaseSource,
  action: "deploy" | "promote" = "deploy"
): Promise<DeployOutcome> {
  const log = ctx.log ?? (() => {});
  const now = () => (ctx.now ?? (() => new Date()))().toISOString();
  return withLock(ctx.root, env, async () => {
    const state = await readState(ctx.root, env);
    const before = state.current;

    // Stage and preflight: a release that cannot work never replaces the live one.
    let staged: ReleaseRecord;
    try {
      staged = await ctx.driver.stage(env, source);
      if (source.digest && staged.digest !== source.digest) {
        await ctx.driver.discard(env, staged);
        throw new Error(`staged digest ${staged.digest} is not the promoted ${source.digest}`);
      }
    } catch (error) {
      const reason = (error as Error).message;
      log(`${env}: release ${source.id} refused before going live: ${reason}; ${label(before)} stays live`);
      record(state, {at: now(), action, release: source.id, digest: source.digest ?? "", result: "refused", reason});
      await writeState(ctx.root, state);
      return {
        env,
        result: "refused",
        release: source.id,
        digest: source.digest ?? "",
        live: before,
        backup: state.previous,
        reason
      };
    }
    staged.deployedAt = now();

    // Switch, then ask the served site who it is.
    log(`${env}: switching ${label(before)} → ${label(staged)}`);
    let health: HealthCheckResult;
    try {
      await ctx.driver.activate(env, staged);
      health = await check(ctx, env, staged.commit);
    } catch (error) {
      health = {
        ok: false,
        attempts: 0,
        ms: 0,
        reason: (error as Error).message,
        summary: `FAIL ${(error as Error).message}`
      };
    }
    log(`${env}: ${health.summary}`);

    if (health.ok) {
      if (before && before.ref !== staged.ref) state.previous = before;
      state.current = staged;
      record(state, {at: now(), action, release: staged.id, digest: staged.digest, result: "live"});
      await writeState(ctx.root, state);
      await pruneKept(ctx, env, state);
      log(`${env}: ${label(staged)} is live; backup ${label(state.previous)}`);
      return {
        env,
        result: "live",
        release: staged.id,
        digest: staged.digest,
        live: staged,
        backup: state.previous,
        health
      };
    }

    // Roll back to what was live before, and make sure it answers again.
    const reason = health.reason ?? "health check failed";
    if (!before) {
      record(state, {at: now(), action, release: staged.id, digest: staged.digest, result: "failed", reason});
      await writeState(ctx.root, state);
      log(`${env}: ${staged.id} failed its health check and there is no previous release to roll back to`);
      return {env, result: "failed", release: staged.id, digest: staged.digest, reason, health};
    }
    log(`${env}: rolling back to ${label(before)}`);
    await ctx.driver.activate(env, before);
    const again = await check(ctx, env, before.commit);
    log(`${env}: after rollback ${again.summary}`);
    await ctx.driver.discard(env, staged);
    record(state, {
      at: now(),
      action,
      release: staged.id,
      digest: staged.digest,
      result: "rolled-back",
      reason: again.ok ? reason : `${reason}; the rolled-back release is unhealthy too: ${again.reason}`
    });
    await writeState(ctx.root, state);
    return {
      env,
      result: "rolled-back",
      release: staged.id,
      digest: staged.digest,
      live: before,
      backup: state.previous,
      reason,
      health
    };
  });
}

/** Switches an environment back to its backup release; the release it replaces becomes the backup. */
export async function rollback(ctx: DeployContext, env: DeployEnv): Promise<DeployOutcome> {
  const log = ctx.log ?? (() => {});
  const now = () => (ctx.now ?? (() => new Date()))().toISOString();
  return withLock(ctx.root, env, async () => {
    const state = await readState(ctx.root, env);
    const {current, previous} = state;
    if (!previous) throw new Error(`${env} has no backup release to roll back to.`);
    log(`${env}: rolling back ${label(current)} → ${label(previous)}`);
    await ctx.driver.activate(env, previous);
    const health = await check(ctx, env, previous.commit);
    log(`${env}: ${health.summary}`);
    if (!health.ok && current) {
      // The backup does not answer: put back what was live rather than leave a broken site.
      log(`${env}: backup unhealthy, switching back to ${label(current)}`);
      await ctx.driver.activate(env, current);
      record(state, {
        at: now(),
        action: "rollback",
        release: previous.id,
        digest: previous.digest,
        result: "failed",
        reason: health.reason
      });
      await writeState(ctx.root, state);
      return {
        env,
        result: "failed",
        release: previous.id,
        digest: previous.digest,
        live: current,
        backup: previous,
        reason: health.reason,
        health
      };
    }
    state.current = previous;
    state.previous = current;
    record(state, {
      at: now(),
      action: "rollback",
      release: previous.id,
      digest: previous.digest,
      result: health.ok ? "live" : "failed",
      reason: health.reason
    });
    await writeState(ctx.root, state);
    return {
      env,
      result: health.ok ? "live" : "failed",
      release: previous.id,
      digest: previous.digest,
      live: previous,
      backup: current,
      reason: health.reason,
      health
    };
  });
}

/**
 * Deploys to `to` the release live in `from`, by digest. `expectRelease` guards against promoting something else
 * than what the operator saw pass (the prod workflow passes the release it shows).
 */
export async function promote(
  ctx: DeployContext,
  from: DeployEnv,
  to: DeployEnv,
  resolveSource: (release: ReleaseRecord) => string,
  expectRelease?: string
): Promise<DeployOutcome> {
  const source = (await readState(ctx.root, from)).current;
  if (!source) throw new Error(`${from} has no live release to promote.`);
  if (expectRelease && source.id !== expectRelease) {
    throw new Error(
      `${from} runs ${source.id}, not ${expectRelease}: refusing to promote something that was not checked.`
    );
  }
  ctx.log?.(`promoting ${from} ${label(source)} to ${to}`);
  return deploy(
    ctx,
    to,
    {id: source.id, commit: source.commit, from: resolveSource(source), digest: source.digest},
    "promote"
  );
}

async function pruneKept(ctx: DeployContext, env: DeployEnv, state: DeployState): Promise<void> {
  const kept: ReleaseRecord[] = [];
  for (const r of [state.current, state.previous]) if (r && !kept.some((k) => k.ref === r.ref)) kept.push(r);
  await ctx.driver.prune(env, kept, Math.max(0, (ctx.keep ?? 3) - kept.length));
}
