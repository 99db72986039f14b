/**
 * What a deploy target remembers between runs, in `<root>/<env>/state.json`: the live release, the one kept as
 * backup (what `rollback` returns to), and a short history. Written atomically (temporary file, then rename).
 */
import {mkdir, readFile, rename, rm, writeFile} from "node:fs/promises";
import path from "node:path";

export const ENVIRONMENTS = ["preprod", "prod"] as const;
export type DeployEnv = (typeof ENVIRONMENTS)[number];

/** One deployed (or deployable) release. */
export interface ReleaseRecord {
  /** The release id given to `deploy --release` (CI uses the commit SHA). */
  id: string;
  /** The commit /healthz must report once the release is live. */
  commit: string;
  /**
   * What exactly was deployed: the image id (`sha256:…`) for the docker driver, a sha256 over the release's
   * files for the local driver. Promotion to prod checks it.
   */
  digest: string;
  /** Local driver: directory name under releases/. Docker driver: the tag that keeps the image. */
  ref: string;
  deployedAt: string;
}

export interface HistoryEntry {
  at: string;
  action: "deploy" | "rollback" | "promote";
  release: string;
  digest: string;
  result: "live" | "rolled-back" | "refused" | "failed";
  reason?: string;
}

export interface DeployState {
  env: DeployEnv;
  current?: ReleaseRecord;
  previous?: ReleaseRecord;
  history: HistoryEntry[];
}

const HISTORY_LIMIT = 50;

export function envDir(root: string, env: DeployEnv): string {
  return path.join(root, env);
}

export function stateFile(root: string, env: DeployEnv): string {
  return path.join(envDir(root, env), "state.json");
}

export async function readState(root: string, env: DeployEnv): Promise<DeployState> {
  let text: string;
  try {
    text = await readFile(stateFile(root, env), "utf8");
  } catch {
    return {env, history: []};
  }
  const state = JSON.parse(text) as DeployState;
  if (state.env !== env) throw new Error(`invalid deploy state ${stateFile(root, env)}: env ${state.env}`);
  return state;
}

export async function writeState(root: string, state: DeployState): Promise<void> {
  const file = stateFile(root, state.env);
  await mkdir(path.dirname(file), {recursive: true});
  const trimmed = {...state, history: state.history.slice(-HISTORY_LIMIT)};
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(trimmed, null, 2)}\n`);
  await rename(temp, file);
}

/**
 * Takes the per-environment lock, so two deploys of one environment never interleave (the workflows also use a
 * concurrency group). A lock older than 30 minutes is from a dead run and is taken over.
 */
export async function withLock<T>(root: string, env: DeployEnv, fn: () => Promise<T>): Promise<T> {
  const dir = envDir(root, env);
  await mkdir(dir, {recursive: true});
  const lock = path.join(dir, ".lock");
  try {
    await writeFile(lock, `${process.pid} ${new Date().toISOString()}\n`, {flag: "wx"});
  } catch {
    const since = await readFile(lock, "utf8").catch(() => "");
    const at = Date.parse(since.split(" ")[1] ?? "");
    if (Number.isFinite(at) && Date.now() - at < 30 * 60_000) {
      throw new Error(`another deploy of ${env} is running (lock ${lock}: ${since.trim()}); wait for it to finish.`);
    }
    await writeFile(lock, `${process.pid} ${new Date().toISOString()}\n`);
  }
  try {
    return await fn();
  } finally {
    await rm(lock, {force: true});
  }
}
