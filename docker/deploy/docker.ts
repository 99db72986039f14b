/**
 * The docker driver: releases as image tags on the deploy host, run by `docker compose` with
 * docker/compose.<env>.yml (project btk-<env>, image btk-site:<env>).
 *
 *   btk-site:<env>-<release>   keeps each staged release (the live one and its backup at least)
 *   btk-site:<env>             what the compose file runs; re-pointed, then `compose up --wait` recreates the
 *                              container and waits for its health check
 *
 * The digest of a release is the image id (sha256:…), so prod can be given exactly the image that passed preprod.
 * Every docker call goes through `exec`, which the tests replace.
 */
import {execFile} from "node:child_process";
import path from "node:path";

import type {Driver, ReleaseSource} from "./core.js";
import {safeId} from "./local.js";
import type {DeployEnv, ReleaseRecord} from "./state.js";

export const IMAGE_REPOSITORY = "btk-site";

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type Exec = (command: string, args: readonly string[]) => Promise<ExecResult>;

/** Runs a command without a shell and collects its output. */
export const execCommand: Exec = (command, args) =>
  new Promise((resolve) => {
    execFile(command, [...args], {maxBuffer: 16 * 1024 * 1024}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 127) : 0;
      resolve({code, stdout: String(stdout), stderr: String(stderr || (error && code === 127 ? error.message : ""))});
    });
  });

export interface DockerDriverOptions {
  /** Repository root: the compose files are docker/compose.<env>.yml under it. */
  repoRoot: string;
  exec?: Exec;
  /** Seconds `compose up --wait` waits for the container to become healthy. */
  waitSeconds?: number;
}

export function composeArgs(repoRoot: string, env: DeployEnv): string[] {
  return ["compose", "--project-name", `btk-${env}`, "--file", path.join(repoRoot, "docker", `compose.${env}.yml`)];
}

export function dockerDriver(options: DockerDriverOptions): Driver {
  const exec = options.exec ?? execCommand;
  const docker = async (...args: string[]): Promise<string> => {
    const result = await exec("docker", args);
    if (result.code !== 0) {
      throw new Error(
        `docker ${args.slice(0, 3).join(" ")} failed (exit ${result.code}): ${result.stderr.trim().split("\n").at(-1) ?? ""}`
      );
    }
    return result.stdout.trim();
  };

  return {
    name: "docker",

    async stage(env: DeployEnv, source: ReleaseSource): Promise<ReleaseRecord> {
      const digest = await docker("image", "inspect", "--format", "{{.Id}}", source.from).catch(() => {
        throw new Error(`image ${source.from} is not on this host: build or load it first`);
      });
      // Preflight: the configuration renders and parses inside the image, as it will at start.
      await docker(
        "run",
        "--rm",
        "--read-only",
        "--tmpfs",
        "/tmp",
        "--env",
        `APP_ENV=${env}`,
        digest,
        "nginx",
        "-t",
        "-c",
        "/tmp/nginx.conf"
      );
      const health = await docker(
        "run",
        "--rm",
        "--read-only",
        "--entrypoint",
        "cat",
        digest,
        "/usr/share/nginx/html/healthz.json"
      );
      let commit: unknown;
      try {
        commit = (JSON.parse(health) as {commit?: unknown}).commit;
      } catch {
        commit = undefined;
      }
      if (typeof commit !== "string") throw new Error(`image ${source.from} has no valid /healthz document`);
      const ref = `${IMAGE_REPOSITORY}:${env}-${safeId(source.id)}`;
      await docker("tag", digest, ref);
      return {id: source.id, commit: source.commit, digest, ref, deployedAt: ""};
    },

    async activate(env: DeployEnv, release: ReleaseRecord): Promise<void> {
      await docker("tag", release.digest, `${IMAGE_REPOSITORY}:${env}`);
      await docker(
        ...composeArgs(options.repoRoot, env),
        "up",
        "--detach",
        "--no-build",
        "--pull",
        "never",
        "--wait",
        "--wait-timeout",
        String(options.waitSeconds ?? 90)
      );
    },

    async prune(env: DeployEnv, keep: readonly ReleaseRecord[], extra: number): Promise<void> {
      const listed = await docker("image", "ls", IMAGE_REPOSITORY, "--format", "{{.Tag}} {{.CreatedAt}}");
      const keepTags = new Set(keep.map((r) => r.ref));
      const others = listed
        .split("\n")
        .map((line) => line.trim().split(" "))
        .filter(([tag]) => tag && tag.startsWith(`${env}-`) && !keepTags.has(`${IMAGE_REPOSITORY}:${tag}`))
        .sort((a, b) => (b.slice(1).join(" ") < a.slice(1).join(" ") ? -1 : 1));
      for (const [tag] of others.slice(extra))
        await docker("image", "rm", `${IMAGE_REPOSITORY}:${tag}`).catch(() => "");
    },

    async discard(_env: DeployEnv, release: ReleaseRecord): Promise<void> {
      await docker("image", "rm", release.ref).catch(() => "");
    }
  };
}
