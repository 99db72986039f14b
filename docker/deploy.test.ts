/**
 * The deploy script with the local driver and the real nginx serving `<root>/<env>/current`: good releases go
 * live, broken ones are refused or rolled back, and a poller hitting the site all along sees nothing but 200s.
 * The docker driver runs against a recorded fake `docker`, to check the commands it would run.
 */
import {chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {setTimeout as delay} from "node:timers/promises";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import type {NginxServer} from "../test/nginx.js";
import {startNginx} from "../test/nginx.js";
import type {DeployContext} from "./deploy/core.js";
import {deploy as deployCore, promote as promoteCore} from "./deploy/core.js";
import type {Exec} from "./deploy/docker.js";
import {dockerDriver} from "./deploy/docker.js";
import {treeDigest} from "./deploy/local.js";
import type {DeployState} from "./deploy/state.js";
import {main} from "./deploy.js";
import type {FixtureSite} from "./testing/fixtureSite.js";
import {createFixtureSite} from "./testing/fixtureSite.js";

const COMMIT_A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const COMMIT_B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const COMMIT_C = "cccccccccccccccccccccccccccccccccccccccc";

interface Poller {
  stop(): Promise<{statuses: Map<number, number>; total: number; commits: Set<string>; failures: string[]}>;
}

/** Requests the site's pages and /healthz in a loop, a few ms apart, recording every status and reported commit. */
function startPoller(url: string, paths: string[]): Poller {
  let running = true;
  const statuses = new Map<number, number>();
  const commits = new Set<string>();
  const failures: string[] = [];
  let total = 0;
  const loop = (async () => {
    while (running) {
      for (const p of paths) {
        try {
          const res = await fetch(url + p, {headers: {"cache-control": "no-cache"}});
          const body = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status !== 200) failures.push(`${p} → ${res.status}`);
          if (p === "/healthz" && res.status === 200) commits.add((JSON.parse(body) as {commit: string}).commit);
        } catch (error) {
          failures.push(`${p} → ${(error as Error).message}`);
        }
        total++;
      }
      await delay(2);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return {statuses, total, commits, failures};
    }
  };
}

let work: string;
let root: string;
const sites: Record<string, FixtureSite> = {};
let preprod: NginxServer;
let prod: NginxServer;
const logs: string[] = [];

async function run(...argv: string[]): Promise<{code: number; out: Record<string, unknown>[]}> {
  const out: Record<string, unknown>[] = [];
  const code = await main(argv, {log: (l) => logs.push(l), out: (l) => out.push(JSON.parse(l)), env: {}});
  return {code, out};
}

const common = (env: "preprod" | "prod") => [
  "--driver",
  "local",
  "--root",
  root,
  "--url",
  (env === "preprod" ? preprod : prod).url,
  "--attempts",
  "3",
  "--delay",
  "50",
  "--timeout",
  "2000"
];

async function liveCommit(server: NginxServer): Promise<string> {
  const res = await fetch(`${server.url}/healthz`);
  return ((await res.json()) as {commit: string}).commit;
}

async function state(env: string): Promise<DeployState> {
  return JSON.parse(await readFile(path.join(root, env, "state.json"), "utf8")) as DeployState;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "btk-deploy-"));
  await chmod(work, 0o755);
  root = path.join(work, "deploy");
  for (const env of ["preprod", "prod"]) await mkdir(path.join(root, env), {recursive: true});
  // A: good; B: good; C: built from another commit than the one deployed; D: no home page.
  sites.a = await createFixtureSite({commit: COMMIT_A, dir: path.join(work, "a")});
  sites.b = await createFixtureSite({commit: COMMIT_B, dir: path.join(work, "b")});
  sites.c = await createFixtureSite({commit: "0000000000000000000000000000000000000000", dir: path.join(work, "c")});
  sites.d = await createFixtureSite({commit: COMMIT_C, dir: path.join(work, "d")});
  await rm(path.join(sites.d.dist, "index.html"));
  preprod = await startNginx({root: path.join(root, "preprod", "current"), appEnv: "preprod", workers: 2});
  prod = await startNginx({root: path.join(root, "prod", "current"), appEnv: "prod"});
});

afterAll(async () => {
  await preprod?.stop();
  await prod?.stop();
  await rm(work, {recursive: true, force: true});
});

describe("deploy with the local driver and the real nginx", () => {
  it("puts a first release live and checks its commit through the served URL", async () => {
    const {code, out} = await run(
      "deploy",
      "--env",
      "preprod",
      "--release",
      "a1",
      "--commit",
      COMMIT_A,
      "--site",
      sites.a!.dist,
      ...common("preprod")
    );
    expect(code, logs.join("\n")).toBe(0);
    expect(out[0]).toMatchObject({env: "preprod", result: "live", release: "a1"});
    expect(await liveCommit(preprod)).toBe(COMMIT_A);
    expect(await readlink(path.join(root, "preprod", "current"))).toBe(path.join("releases", "a1"));
  });

  it("switches releases, rolls back a failing one and refuses a broken one, with no error answered meanwhile", async () => {
    const poller = startPoller(preprod.url, ["/", "/healthz", "/fr/", "/_astro/app.abc123.css", "/data/trends.json"]);
    await delay(100);

    // A good release goes live; the one it replaces is kept as backup.
    let result = await run(
      "deploy",
      "--env",
      "preprod",
      "--release",
      "b1",
      "--commit",
      COMMIT_B,
      "--site",
      sites.b!.dist,
      ...common("preprod")
    );
    expect(result.code, logs.join("\n")).toBe(0);
    expect(await liveCommit(preprod)).toBe(COMMIT_B);
    await delay(100);

    // Its /healthz reports another commit: it goes live, fails the check and is switched back.
    result = await run(
      "deploy",
      "--env",
      "preprod",
      "--release",
      "c1",
      "--commit",
      COMMIT_C,
      "--site",
      sites.c!.dist,
      ...common("preprod")
    );
    expect(result.code).toBe(1);
    expect(result.out[0]).toMatchObject({
      result: "rolled-back",
      release: "c1",
      reason: expect.stringMatching(/^commit 000000000000 instead of cccccccccccc/)
    });
    expect(await liveCommit(preprod)).toBe(COMMIT_B);
    await delay(100);

    // No home page: refused before it can go live.
    result = await run(
      "deploy",
      "--env",
      "preprod",
      "--release",
      "d1",
      "--commit",
      COMMIT_C,
      "--site",
      sites.d!.dist,
      ...common("preprod")
    );
    expect(result.code).toBe(1);
    expect(result.out[0]).toMatchObject({result: "refused", reason: "not a deployable site: index.html is missing"});
    expect(await liveCommit(preprod)).toBe(COMMIT_B);
    await delay(100);

    const seen = await poller.stop();
    expect(seen.failures).toEqual([]);
    expect([...seen.statuses.keys()]).toEqual([200]);
    expect(seen.total).toBeGreaterThan(100);
    expect(seen.commits.has(COMMIT_A) && seen.commits.has(COMMIT_B)).toBe(true);

    // The live release and its backup are kept; the failed ones are gone.
    const s = await state("preprod");
    expect(s.current?.id).toBe("b1");
    expect(s.previous?.id).toBe("a1");
    expect(s.history.map((h) => `${h.release}:${h.result}`)).toEqual([
      "a1:live",
      "b1:live",
      "c1:rolled-back",
      "d1:refused"
    ]);
    expect((await readdir(path.join(root, "preprod", "releases"))).sort()).toEqual(["a1", "b1"]);
    const access = await preprod.accessLog();
    expect(access.filter((l) => l.status >= 400)).toEqual([]);
  });

  it("rolls back to the backup on demand, without an error answered", async () => {
    const poller = startPoller(preprod.url, ["/", "/healthz"]);
    await delay(50);
    const {code, out} = await run("rollback", "--env", "preprod", ...common("preprod"));
    expect(code, logs.join("\n")).toBe(0);
    expect(out[0]).toMatchObject({result: "live", release: "a1"});
    expect(await liveCommit(preprod)).toBe(COMMIT_A);
    await delay(50);
    const seen = await poller.stop();
    expect(seen.failures).toEqual([]);
    const s = await state("preprod");
    expect([s.current?.id, s.previous?.id]).toEqual(["a1", "b1"]);
  });

  it("promotes exactly what preprod runs to prod, and refuses to promote another release", async () => {
    let result = await run("promote", "--from", "preprod", "--to", "prod", "--release", "b1", ...common("prod"));
    expect(result.code).toBe(1);
    expect(logs.at(-1)).toMatch(/preprod runs a1, not b1: refusing/);

    result = await run("promote", "--from", "preprod", "--to", "prod", "--release", "a1", ...common("prod"));
    expect(result.code, logs.join("\n")).toBe(0);
    expect(await liveCommit(prod)).toBe(COMMIT_A);
    const [pre, pro] = [await state("preprod"), await state("prod")];
    expect(pro.current?.digest).toBe(pre.current?.digest);
    expect(pro.current?.digest).toBe(await treeDigest(path.join(root, "prod", "releases", "a1")));
    expect(pro.history.at(-1)).toMatchObject({action: "promote", result: "live"});
    // The environment badge comes from each server's APP_ENV, not from the release.
    expect(await (await fetch(`${prod.url}/env.css`)).text()).toContain('"PROD"');
    expect(await (await fetch(`${preprod.url}/env.css`)).text()).toContain('"PREPROD"');
  });

  it("reports a first release that fails its check as failed, and usage errors with exit code 2", async () => {
    const lonely = path.join(work, "lonely");
    const {code, out} = await run(
      "deploy",
      "--env",
      "preprod",
      "--release",
      "x",
      "--commit",
      COMMIT_A,
      "--site",
      sites.a!.dist,
      "--driver",
      "local",
      "--root",
      lonely,
      "--url",
      "http://127.0.0.1:9",
      "--attempts",
      "1"
    );
    expect(code).toBe(1);
    expect(out[0]).toMatchObject({result: "failed", reason: expect.stringMatching(/^unreachable/)});
    expect((await run("deploy", "--env", "staging", "--release", "x")).code).toBe(2);
    expect((await run("deploy", "--env", "prod")).code).toBe(2);
    expect((await run("launch")).code).toBe(2);
    expect((await run("status", "--env", "preprod", "--root", root)).out[0]).toMatchObject({
      env: "preprod",
      current: {id: "a1"}
    });
  });
});

describe("deploy with the docker driver (recorded docker commands)", () => {
  /** A fake docker: images by reference, every call recorded. */
  function fakeDocker(images: Record<string, {id: string; commit: string}>): {exec: Exec; calls: string[]} {
    const calls: string[] = [];
    const exec: Exec = async (command, args) => {
      calls.push([command, ...args].join(" "));
      const ref = args.at(-1) ?? "";
      if (args[0] === "image" && args[1] === "inspect") {
        const image = images[ref] ?? Object.values(images).find((i) => i.id === ref);
        return image
          ? {code: 0, stdout: `${image.id}\n`, stderr: ""}
          : {code: 1, stdout: "", stderr: `No such image: ${ref}`};
      }
      if (args[0] === "run" && args.includes("cat")) {
        const image = Object.values(images).find((i) => args.includes(i.id));
        return {code: 0, stdout: JSON.stringify({commit: image?.commit}), stderr: ""};
      }
      if (args[0] === "image" && args[1] === "ls") return {code: 0, stdout: "", stderr: ""};
      return {code: 0, stdout: "", stderr: ""};
    };
    return {exec, calls};
  }

  it("stages by image id, re-points the environment tag, waits with compose, and rolls back by id", async () => {
    const dockerRoot = await mkdtemp(path.join(os.tmpdir(), "btk-docker-state-"));
    try {
      const images = {
        "btk-site:good": {id: "sha256:1111", commit: COMMIT_A},
        "btk-site:bad": {id: "sha256:2222", commit: COMMIT_B}
      };
      const {exec, calls} = fakeDocker(images);
      let healthy = new Set([COMMIT_A]);
      const ctx: DeployContext = {
        driver: dockerDriver({repoRoot: "/repo", exec}),
        root: dockerRoot,
        url: (env) => (env === "prod" ? "http://127.0.0.1:8501" : "http://127.0.0.1:8500"),
        checkHealth: async ({commit}) => {
          const ok = healthy.has(commit ?? "");
          return {ok, attempts: 1, ms: 1, reason: ok ? undefined : "commit mismatch", summary: ok ? "OK" : "FAIL"};
        }
      };

      const first = await deployCore(ctx, "preprod", {id: "good", commit: COMMIT_A, from: "btk-site:good"});
      expect(first.result).toBe("live");
      expect(first.digest).toBe("sha256:1111");
      expect(calls).toEqual([
        "docker image inspect --format {{.Id}} btk-site:good",
        "docker run --rm --read-only --tmpfs /tmp --env APP_ENV=preprod sha256:1111 nginx -t -c /tmp/nginx.conf",
        "docker run --rm --read-only --entrypoint cat sha256:1111 /usr/share/nginx/html/healthz.json",
        "docker tag sha256:1111 btk-site:preprod-good",
        "docker tag sha256:1111 btk-site:preprod",
        "docker compose --project-name btk-preprod --file /repo/docker/compose.preprod.yml up --detach --no-build --pull never --wait --wait-timeout 90",
        "docker image ls btk-site --format {{.Tag}} {{.CreatedAt}}"
      ]);

      calls.length = 0;
      const second = await deployCore(ctx, "preprod", {id: "bad", commit: COMMIT_B, from: "btk-site:bad"});
      expect(second.result).toBe("rolled-back");
      expect(calls.filter((c) => c.startsWith("docker tag") || c.includes(" up "))).toEqual([
        "docker tag sha256:2222 btk-site:preprod-bad",
        "docker tag sha256:2222 btk-site:preprod",
        "docker compose --project-name btk-preprod --file /repo/docker/compose.preprod.yml up --detach --no-build --pull never --wait --wait-timeout 90",
        "docker tag sha256:1111 btk-site:preprod",
        "docker compose --project-name btk-preprod --file /repo/docker/compose.preprod.yml up --detach --no-build --pull never --wait --wait-timeout 90"
      ]);
      expect(calls).toContain("docker image rm btk-site:preprod-bad");

      // Prod gets the image id preprod runs, whatever tags say.
      calls.length = 0;
      healthy = new Set([COMMIT_A]);
      const promoted = await promoteCore(ctx, "preprod", "prod", (r) => r.digest, "good");
      expect(promoted).toMatchObject({result: "live", digest: "sha256:1111", env: "prod"});
      expect(calls).toContain("docker tag sha256:1111 btk-site:prod");
      expect(calls).toContain(
        "docker compose --project-name btk-prod --file /repo/docker/compose.prod.yml up --detach --no-build --pull never --wait --wait-timeout 90"
      );

      // An image that is not on the host is refused before anything changes.
      const missing = await deployCore(ctx, "prod", {id: "ghost", commit: COMMIT_A, from: "btk-site:ghost"});
      expect(missing).toMatchObject({
        result: "refused",
        reason: "image btk-site:ghost is not on this host: build or load it first"
      });
    } finally {
      await rm(dockerRoot, {recursive: true, force: true});
    }
  });
});
