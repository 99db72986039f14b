/**
 * The real nginx on loopback, configured by docker/nginx.conf exactly as the image renders it, for tests and the
 * benchmark. Each server gets its own prefix directory (config, pid, temporary files, logs) and a free port, and
 * runs unprivileged: as the current user, or as `nobody` when the tests run as root.
 *
 * Needs the Debian packages nginx and libnginx-mod-http-brotli-static; fails with a clear message without them.
 */
import type {ChildProcess} from "node:child_process";
import {spawn, spawnSync} from "node:child_process";
import {closeSync, constants, accessSync, fchmodSync, openSync, statSync} from "node:fs";
import {chmod, chown, mkdtemp, readFile, rm} from "node:fs/promises";
import {createServer, connect} from "node:net";
import os from "node:os";
import path from "node:path";
import {setTimeout as delay} from "node:timers/promises";

import {writeNginxConfig} from "../docker/nginxConfig.js";

/** The Debian packages the nginx tests need; .ci/run installs them. */
export const NGINX_PACKAGES = ["nginx", "libnginx-mod-http-brotli-filter", "libnginx-mod-http-brotli-static"];

export const BROTLI_STATIC_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** nobody:nogroup on Debian: who nginx runs as when the tests run as root. */
const UNPRIVILEGED = {uid: 65534, gid: 65534};

/** The absolute path of a program, looking in PATH and the sbin directories; throws a message saying what to install. */
export function requireProgram(name: string, packages: readonly string[]): string {
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/local/sbin", "/usr/sbin", "/sbin"];
  for (const dir of dirs) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // Not in this directory.
    }
  }
  throw new Error(
    `${name} is not installed, and this test needs the real one: apt-get install ${packages.join(" ")} (CI's .ci/run installs them).`
  );
}

/** The nginx binary, with the brotli module the configuration loads. */
export function requireNginx(): string {
  const nginx = requireProgram("nginx", NGINX_PACKAGES);
  try {
    accessSync(BROTLI_STATIC_MODULE, constants.R_OK);
  } catch {
    throw new Error(
      `${BROTLI_STATIC_MODULE} is missing: apt-get install ${NGINX_PACKAGES.join(" ")} (CI's .ci/run installs them).`
    );
  }
  return nginx;
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port; false after the deadline. */
export async function waitForPort(
  port: number,
  timeoutMs: number,
  alive: () => boolean = () => true
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && alive()) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({host: "127.0.0.1", port});
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return true;
    await delay(50);
  }
  return false;
}

/** When nginx will run as another user, every directory above the site root must let that user through. */
function checkReadable(root: string, asOther: boolean): void {
  if (!asOther) return;
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    let mode: number;
    try {
      mode = statSync(dir).mode;
    } catch {
      // Not there yet (a `current` symlink before the first deploy): nginx answers 404 until it is.
      continue;
    }
    if ((mode & 0o001) === 0) {
      throw new Error(
        `nginx runs as nobody (the tests run as root) and cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}): chmod o+x it.`
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

export interface NginxOptions {
  /** The site root; for the local deploy driver, the `current` symlink. */
  root: string;
  appEnv?: string;
  /** Defaults to a free port. */
  port?: number;
  workers?: number;
  /** BTK_TLS: "on" sends HSTS. */
  tls?: string;
  /** BTK_LIMIT_EXEMPT: who the per-client limits spare (loopback by default). */
  limitExempt?: string;
}

/** One parsed line of the JSON access log. */
export interface AccessLogLine {
  time: string;
  remote: string;
  method: string;
  uri: string;
  status: number;
  bytes: number;
  referer: string;
  user_agent: string;
  request_time: number;
  [key: string]: unknown;
}

export interface NginxServer {
  /** "http://127.0.0.1:<port>". */
  url: string;
  port: number;
  /** Directory holding the rendered configuration, pid, temporary files and logs. */
  prefix: string;
  configFile: string;
  accessLogFile: string;
  /** The access log's lines, each parsed as JSON (throws on a line that is not). */
  accessLog(): Promise<AccessLogLine[]>;
  errorLog(): Promise<string>;
  /** Graceful stop (SIGQUIT), then SIGKILL after 5 s; removes the prefix directory. */
  stop(): Promise<void>;
}

async function readText(file: string): Promise<string> {
  return readFile(file, "utf8").catch(() => "");
}

/** Renders the configuration into a fresh prefix and runs `nginx -t` on it; returns nginx's output. */
export async function testNginxConfig(
  variables: Partial<Parameters<typeof writeNginxConfig>[1]> = {}
): Promise<{ok: boolean; output: string}> {
  const nginx = requireNginx();
  const prefix = await mkdtemp(path.join(os.tmpdir(), "btk-nginx-t-"));
  try {
    const asRoot = process.getuid?.() === 0;
    await chmod(prefix, 0o755);
    if (asRoot) await chown(prefix, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    const configFile = await writeNginxConfig(path.join(prefix, "conf"), {
      APP_ENV: "local",
      BTK_LISTEN: "127.0.0.1:8080",
      BTK_ROOT: prefix,
      BTK_RUN_DIR: prefix,
      BTK_ACCESS_LOG: path.join(prefix, "access.log"),
      BTK_ERROR_LOG: path.join(prefix, "error.log"),
      BTK_WORKER_PROCESSES: "1",
      ...variables
    });
    // Real files for stdout and stderr: a /dev/stderr log cannot be opened on the socket pair node would give.
    const outFile = path.join(prefix, "nginx-t.out");
    const fd = openSync(outFile, "w");
    // nginx reopens /dev/stdout and /dev/stderr by path, which checks the file's permissions against its user.
    fchmodSync(fd, 0o666);
    let status: number | null;
    try {
      status = spawnSync(nginx, ["-t", "-p", `${prefix}/`, "-c", configFile], {
        stdio: ["ignore", fd, fd],
        ...(asRoot ? UNPRIVILEGED : {})
      }).status;
    } finally {
      closeSync(fd);
    }
    return {ok: status === 0, output: await readText(outFile)};
  } finally {
    await rm(prefix, {recursive: true, force: true});
  }
}

/** Starts nginx serving `root` on 127.0.0.1; fails with nginx's own messages when it does not come up in 10 s. */
export async function startNginx(options: NginxOptions): Promise<NginxServer> {
  const nginx = requireNginx();
  const asRoot = process.getuid?.() === 0;
  checkReadable(options.root, asRoot);
  const prefix = await mkdtemp(path.join(os.tmpdir(), "btk-nginx-"));
  await chmod(prefix, 0o755);
  if (asRoot) await chown(prefix, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  const accessLogFile = path.join(prefix, "access.log");
  const errorLogFile = path.join(prefix, "error.log");

  let lastError = "";
  // A free port can be taken between the probe and nginx's bind: try a few.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = options.port ?? (await freePort());
    const configFile = await writeNginxConfig(path.join(prefix, "conf"), {
      APP_ENV: options.appEnv ?? "local",
      BTK_LISTEN: `127.0.0.1:${port}`,
      BTK_ROOT: path.resolve(options.root),
      BTK_RUN_DIR: prefix,
      BTK_ACCESS_LOG: accessLogFile,
      BTK_ERROR_LOG: errorLogFile,
      BTK_WORKER_PROCESSES: String(options.workers ?? 1),
      ...(options.tls ? {BTK_TLS: options.tls} : {}),
      ...(options.limitExempt ? {BTK_LIMIT_EXEMPT: options.limitExempt} : {})
    });
    const child: ChildProcess = spawn(nginx, ["-p", `${prefix}/`, "-c", configFile, "-g", "daemon off;"], {
      stdio: ["ignore", "pipe", "pipe"],
      ...(asRoot ? UNPRIVILEGED : {})
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let exited = false;
    const exit = new Promise<void>((resolve) =>
      child.once("exit", () => {
        exited = true;
        resolve();
      })
    );
    child.once("error", (error) => (output += String(error)));
    const up = await waitForPort(port, 10_000, () => !exited);
    if (up && !exited) {
      const url = `http://127.0.0.1:${port}`;
      let stopped = false;
      return {
        url,
        port,
        prefix,
        configFile,
        accessLogFile,
        async accessLog() {
          const text = await readText(accessLogFile);
          return text
            .split("\n")
            .filter((line) => line.trim() !== "")
            .map((line) => JSON.parse(line) as AccessLogLine);
        },
        errorLog: () => readText(errorLogFile),
        async stop() {
          if (stopped) return;
          stopped = true;
          if (!exited) {
            child.kill("SIGQUIT");
            const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
            await exit;
            clearTimeout(timer);
          }
          await rm(prefix, {recursive: true, force: true});
        }
      };
    }
    if (!exited) {
      child.kill("SIGKILL");
      await exit;
    }
    lastError = `${output}${await readText(errorLogFile)}`.trim();
    if (options.port !== undefined || !/Address already in use/.test(lastError)) break;
  }
  await rm(prefix, {recursive: true, force: true});
  throw new Error(`nginx did not start with docker/nginx.conf:\n${lastError || "(no output)"}`);
}
