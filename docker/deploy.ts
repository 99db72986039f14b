/**
 * Deploys, rolls back and promotes the site; the workflows call this instead of holding deploy logic in YAML.
 *
 *   tsx docker/deploy.ts deploy   --env preprod --release <id> [--commit SHA] --driver docker --image btk-site:<sha>
 *   tsx docker/deploy.ts deploy   --env preprod --release <id> [--commit SHA] --driver local  --site dist
 *   tsx docker/deploy.ts promote  --from preprod --to prod [--release <id>] --driver docker|local
 *   tsx docker/deploy.ts rollback --env prod --driver docker|local
 *   tsx docker/deploy.ts status   --env prod
 *
 * Common options: --root DIR (state and local releases; $BTK_DEPLOY_ROOT, else ~/.local/state/btk-deploy),
 * --url URL (the served site; http://127.0.0.1:8500 for preprod, :8501 for prod), --attempts N, --delay MS,
 * --keep N (releases kept, live and backup included; 3).
 *
 * Exit code 0 when the requested release is live and healthy, 1 when it was refused or rolled back (the previous
 * release is live again), 2 on a usage error. In GitHub Actions the outcome also goes to $GITHUB_OUTPUT (result,
 * release, digest, live) and to the job summary.
 */
import {appendFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {parseArgs} from "node:util";

import type {DeployContext, DeployOutcome, Driver} from "./deploy/core.js";
import {deploy, promote, rollback} from "./deploy/core.js";
import {dockerDriver, IMAGE_REPOSITORY} from "./deploy/docker.js";
import {localDriver} from "./deploy/local.js";
import type {DeployEnv} from "./deploy/state.js";
import {ENVIRONMENTS, envDir, readState} from "./deploy/state.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Host ports of the environments (docker/compose.<env>.yml). */
export const DEFAULT_URLS: Record<DeployEnv, string> = {
  preprod: "http://127.0.0.1:8500",
  prod: "http://127.0.0.1:8501"
};

class UsageError extends Error {}

function envOf(value: string | undefined, option: string): DeployEnv {
  if (value && (ENVIRONMENTS as readonly string[]).includes(value)) return value as DeployEnv;
  throw new UsageError(`--${option} must be one of ${ENVIRONMENTS.join(", ")} (got ${value ?? "nothing"})`);
}

function numberOf(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${option} must be a number (got ${value})`);
  return n;
}

const OPTIONS = {
  env: {type: "string"},
  from: {type: "string"},
  to: {type: "string"},
  release: {type: "string"},
  commit: {type: "string"},
  driver: {type: "string", default: "docker"},
  image: {type: "string"},
  site: {type: "string", default: "dist"},
  root: {type: "string"},
  url: {type: "string"},
  attempts: {type: "string"},
  delay: {type: "string"},
  timeout: {type: "string"},
  keep: {type: "string"}
} as const;

export interface CliEffects {
  log: (line: string) => void;
  out: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Replaces the driver (tests). */
  driver?: Driver;
}

async function report(outcome: DeployOutcome, fx: CliEffects): Promise<void> {
  fx.out(JSON.stringify(outcome.health ? {...outcome, health: outcome.health.summary} : outcome));
  const outputs = [
    `result=${outcome.result}`,
    `release=${outcome.release}`,
    `digest=${outcome.digest}`,
    `live=${outcome.live?.id ?? ""}`,
    `live_digest=${outcome.live?.digest ?? ""}`
  ];
  if (fx.env.GITHUB_OUTPUT) await appendFile(fx.env.GITHUB_OUTPUT, `${outputs.join("\n")}\n`);
  if (fx.env.GITHUB_STEP_SUMMARY) {
    const lines = [
      `### ${outcome.env}: ${outcome.result}`,
      "",
      `- release: \`${outcome.release}\` (\`${outcome.digest}\`)`,
      `- live now: \`${outcome.live?.id ?? "nothing"}\`; backup: \`${outcome.backup?.id ?? "none"}\``,
      ...(outcome.reason ? [`- reason: ${outcome.reason}`] : []),
      ""
    ];
    await appendFile(fx.env.GITHUB_STEP_SUMMARY, `${lines.join("\n")}\n`);
  }
}

/** Runs one command; returns the exit code. */
export async function main(argv: string[], fx: CliEffects): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const {values} = parseArgs({args: rest, options: OPTIONS, strict: true});
    const root = path.resolve(
      values.root ?? (fx.env.BTK_DEPLOY_ROOT || path.join(os.homedir(), ".local", "state", "btk-deploy"))
    );
    if (values.driver !== "docker" && values.driver !== "local") {
      throw new UsageError(`--driver must be docker or local (got ${values.driver})`);
    }
    const driver = fx.driver ?? (values.driver === "local" ? localDriver(root) : dockerDriver({repoRoot: REPO_ROOT}));
    const ctx: DeployContext = {
      driver,
      root,
      url: (env) => values.url ?? DEFAULT_URLS[env],
      health: {
        attempts: numberOf(values.attempts, "attempts") ?? 6,
        delayMs: numberOf(values.delay, "delay") ?? 1_000,
        timeoutMs: numberOf(values.timeout, "timeout") ?? 5_000
      },
      keep: numberOf(values.keep, "keep"),
      log: fx.log
    };

    let outcome: DeployOutcome;
    switch (command) {
      case "deploy": {
        const env = envOf(values.env, "env");
        if (!values.release) throw new UsageError("deploy needs --release <id>");
        const from =
          values.driver === "local"
            ? path.resolve(values.site)
            : (values.image ?? `${IMAGE_REPOSITORY}:${values.release}`);
        outcome = await deploy(ctx, env, {id: values.release, commit: values.commit ?? values.release, from});
        break;
      }
      case "promote": {
        const from = envOf(values.from, "from");
        const to = envOf(values.to, "to");
        if (from === to) throw new UsageError("--from and --to must differ");
        const source = (release: {ref: string; digest: string}) =>
          values.driver === "local" ? path.join(envDir(root, from), "releases", release.ref) : release.digest;
        outcome = await promote(ctx, from, to, source, values.release);
        break;
      }
      case "rollback":
        outcome = await rollback(ctx, envOf(values.env, "env"));
        break;
      case "status": {
        const state = await readState(root, envOf(values.env, "env"));
        fx.out(
          JSON.stringify({env: state.env, current: state.current, previous: state.previous, last: state.history.at(-1)})
        );
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${command ?? "(none)"}: deploy, promote, rollback or status`);
    }
    await report(outcome, fx);
    fx.log(`${outcome.env}: ${outcome.result} ${outcome.release}${outcome.reason ? ` (${outcome.reason})` : ""}`);
    return outcome.result === "live" ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError || (error as {code?: string}).code?.startsWith("ERR_PARSE_ARGS")) {
      fx.log(`deploy: ${(error as Error).message}`);
      return 2;
    }
    fx.log(`deploy: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), {
    log: (line) => process.stderr.write(`${line}\n`),
    out: (line) => process.stdout.write(`${line}\n`),
    env: process.env
  }).then((code) => process.exit(code));
}
