/**
 * A throwaway Ceph cluster serving S3 on loopback, for the S3 conformance test and the benchmark: one monitor,
 * one memstore OSD (data in memory) and radosgw, from Debian's packages, in a temporary directory. No
 * authentication inside the cluster; S3 requests are signed with the keys of a user created at start.
 *
 * Starting takes about 10–15 s; `startRadosGateway` gives up after `timeoutMs` and throws with the daemons' logs.
 * `stop()` ends the daemons it started (by pid) and removes the directory.
 */
import type {ChildProcess} from "node:child_process";
import {execFile, spawn} from "node:child_process";
import {randomUUID} from "node:crypto";
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {setTimeout as delay} from "node:timers/promises";

import {CreateBucketCommand} from "@aws-sdk/client-s3";

import type {S3Config} from "../pipeline/config.js";
import {createS3Client} from "../pipeline/source/s3.js";
import {freePort, requireProgram} from "./nginx.js";

/** The Debian packages this helper needs; .ci/run installs them. */
export const CEPH_PACKAGES = ["ceph-mon", "ceph-osd", "radosgw", "ceph-common", "ceph-base"];

const PROGRAMS = ["ceph-mon", "ceph-osd", "radosgw", "radosgw-admin", "ceph", "ceph-authtool", "monmaptool"];

export interface RadosGateway {
  /** "http://127.0.0.1:<port>". */
  endpoint: string;
  port: number;
  dir: string;
  credentials: {accessKeyId: string; secretAccessKey: string};
  /** Milliseconds from the first command to radosgw answering S3. */
  startMs: number;
  /** An S3Config for this gateway: path style, 3 attempts, 15 s timeout unless overridden. */
  s3Config(overrides?: Partial<S3Config> & {bucket: string}): S3Config;
  createBucket(name: string): Promise<void>;
  /** The tail of every daemon's log, for failure messages. */
  logs(): Promise<string>;
  stop(): Promise<void>;
}

interface Daemon {
  name: string;
  child: ChildProcess;
  exited: Promise<void>;
  done: boolean;
  output: string;
}

function run(command: string, args: string[], timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024}, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")} failed: ${String(stderr || error.message).trim()}`));
      else resolve(String(stdout));
    });
  });
}

function configText(dir: string, monPort: number, rgwPort: number, fsid: string): string {
  return `[global]
fsid = ${fsid}
mon host = v2:127.0.0.1:${monPort}
public addr = 127.0.0.1
ms bind ipv6 = false
auth cluster required = none
auth service required = none
auth client required = none
run dir = ${dir}/run
admin socket = ${dir}/run/$name.$pid.asok
log file = ${dir}/log/$name.log
keyring = ${dir}/keyring
mon data = ${dir}/mon/$name
osd data = ${dir}/osd/$name
osd objectstore = memstore
memstore device bytes = 1073741824
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail warn = 1
mon data avail crit = 0

[client.rgw.btk]
rgw frontends = beast endpoint=127.0.0.1:${rgwPort}
rgw data = ${dir}/rgw
ms mon client mode = crc secure
ms client mode = crc secure
`;
}

/** Starts mon, OSD and radosgw; throws with their logs when S3 does not answer within `timeoutMs`. */
export async function startRadosGateway({timeoutMs = 60_000}: {timeoutMs?: number} = {}): Promise<RadosGateway> {
  for (const program of PROGRAMS) requireProgram(program, CEPH_PACKAGES);
  const started = performance.now();
  const deadline = Date.now() + timeoutMs;
  const dir = await mkdtemp(path.join(os.tmpdir(), "btk-ceph-"));
  for (const sub of ["run", "log", "mon", "osd/osd.0", "rgw"]) await mkdir(path.join(dir, sub), {recursive: true});
  const [monPort, rgwPort] = [await freePort(), await freePort()];
  const fsid = randomUUID();
  const conf = path.join(dir, "ceph.conf");
  await writeFile(conf, configText(dir, monPort, rgwPort, fsid));
  const credentials = {
    accessKeyId: `BTK${randomUUID().replace(/-/g, "").slice(0, 17).toUpperCase()}`,
    secretAccessKey: randomUUID()
  };
  const daemons: Daemon[] = [];

  const daemon = (name: string, command: string, args: string[]): Daemon => {
    const child = spawn(command, [...args, "-f", "-c", conf], {stdio: ["ignore", "pipe", "pipe"]});
    const d: Daemon = {name, child, done: false, output: "", exited: Promise.resolve()};
    d.exited = new Promise((resolve) => child.once("exit", () => ((d.done = true), resolve())));
    child.once("error", (error) => (d.output += String(error)));
    child.stdout?.on("data", (c: Buffer) => (d.output = (d.output + c.toString()).slice(-4000)));
    child.stderr?.on("data", (c: Buffer) => (d.output = (d.output + c.toString()).slice(-4000)));
    daemons.push(d);
    return d;
  };

  const logs = async (): Promise<string> => {
    const parts: string[] = [];
    for (const d of daemons) parts.push(`--- ${d.name} (${d.done ? "exited" : "running"}) output:\n${d.output.trim()}`);
    for (const name of (await readdir(path.join(dir, "log")).catch(() => [] as string[])).sort()) {
      const text = await readFile(path.join(dir, "log", name), "utf8").catch(() => "");
      parts.push(`--- ${name} (last lines):\n${text.trim().split("\n").slice(-15).join("\n")}`);
    }
    return parts.join("\n");
  };

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // Gateway first, then the OSD, then the monitor (the others wait for it on the way out).
    for (const d of [...daemons].reverse()) {
      if (d.done) continue;
      d.child.kill("SIGTERM");
      const timer = setTimeout(() => d.child.kill("SIGKILL"), 3_000);
      await d.exited;
      clearTimeout(timer);
    }
    await rm(dir, {recursive: true, force: true});
  };

  /** Retries `step` until it succeeds or the deadline passes. */
  const until = async <T>(what: string, step: () => Promise<T>): Promise<T> => {
    let last: unknown;
    while (Date.now() < deadline) {
      if (daemons.some((d) => d.done)) break;
      try {
        return await step();
      } catch (error) {
        last = error;
        await delay(200);
      }
    }
    const dead = daemons.filter((d) => d.done).map((d) => d.name);
    throw new Error(
      `Ceph did not come up in ${timeoutMs / 1000} s (${what}${dead.length ? `; exited: ${dead.join(", ")}` : ""}): ` +
        `${last instanceof Error ? last.message : String(last ?? "")}\n${await logs()}`
    );
  };

  try {
    // Monitor: a one-monitor map, its store, then the daemon.
    await run("ceph-authtool", [
      "--create-keyring",
      path.join(dir, "keyring"),
      "--gen-key",
      "-n",
      "mon.",
      "--cap",
      "mon",
      "allow *"
    ]);
    await run("monmaptool", [
      "--create",
      "--fsid",
      fsid,
      "--addv",
      "a",
      `[v2:127.0.0.1:${monPort}]`,
      path.join(dir, "monmap")
    ]);
    await run("ceph-mon", ["--mkfs", "-i", "a", "--monmap", path.join(dir, "monmap"), "-c", conf]);
    daemon("mon.a", "ceph-mon", ["-i", "a"]);

    // One OSD in memory: registered with the monitor, formatted, started.
    const osdUuid = randomUUID();
    const osdId = (
      await until("monitor", () => run("ceph", ["-c", conf, "--connect-timeout", "5", "osd", "new", osdUuid], 10_000))
    ).trim();
    if (osdId !== "0") throw new Error(`unexpected OSD id ${osdId}`);
    await run("ceph-osd", ["-i", "0", "--mkfs", "--osd-uuid", osdUuid, "-c", conf]);
    daemon("osd.0", "ceph-osd", ["-i", "0"]);

    // The gateway creates its pools once the OSD is up, then answers S3.
    daemon("client.rgw.btk", "radosgw", ["-n", "client.rgw.btk"]);
    await until("radosgw", async () => {
      const res = await fetch(`http://127.0.0.1:${rgwPort}/`, {signal: AbortSignal.timeout(2_000)});
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`radosgw answered ${res.status}`);
    });
    const startMs = Math.round(performance.now() - started);
    await run("radosgw-admin", [
      "-c",
      conf,
      "-n",
      "client.rgw.btk",
      "user",
      "create",
      "--uid=btk",
      "--display-name=btk tests",
      `--access-key=${credentials.accessKeyId}`,
      `--secret-key=${credentials.secretAccessKey}`
    ]);

    const endpoint = `http://127.0.0.1:${rgwPort}`;
    const s3Config = (overrides: Partial<S3Config> & {bucket: string}): S3Config => ({
      prefix: "",
      endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      maxAttempts: 3,
      timeoutMs: 15_000,
      minBytesPerSecond: 16_000,
      ...overrides
    });
    return {
      endpoint,
      port: rgwPort,
      dir,
      credentials,
      startMs,
      s3Config,
      async createBucket(name) {
        const client = createS3Client(s3Config({bucket: name}), {credentials});
        try {
          await client.send(new CreateBucketCommand({Bucket: name}));
        } finally {
          client.destroy();
        }
      },
      logs,
      stop
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
