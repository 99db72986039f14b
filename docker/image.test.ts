/**
 * The Dockerfile, compose files and build-context filter, checked without a Docker engine: their structure, and
 * that the image's envsubst step (GNU envsubst with the Dockerfile's variables and filter, as the official
 * entrypoint runs it) renders docker/nginx.conf into the same configuration test/nginx.ts runs, which nginx accepts.
 */
import {execFileSync} from "node:child_process";
import {readFile} from "node:fs/promises";
import path from "node:path";

import {describe, expect, it} from "vitest";
import {parse} from "yaml";

import {requireProgram, testNginxConfig} from "../test/nginx.js";
import {IMAGE_REPOSITORY} from "./deploy/docker.js";
import {NGINX_TEMPLATES, NGINX_VARIABLE_NAMES, renderTemplate} from "./nginxConfig.js";
import type {NginxVariables} from "./nginxConfig.js";

const DOCKER = path.join(process.cwd(), "docker");

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let current = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("#") || (line === "" && current === "")) continue;
    current += ` ${line.replace(/\\$/, "")}`;
    if (!line.endsWith("\\")) {
      const trimmed = current.trim();
      const [keyword = "", ...rest] = trimmed.split(/\s+/);
      out.push({keyword: keyword.toUpperCase(), args: rest.join(" ")});
      current = "";
    }
  }
  return out;
}

/** KEY=value pairs of ENV instructions after the last FROM (the runtime stage). */
function runtimeEnv(list: Instruction[]): Record<string, string> {
  const lastFrom = list.map((i) => i.keyword).lastIndexOf("FROM");
  const env: Record<string, string> = {};
  for (const i of list.slice(lastFrom).filter((x) => x.keyword === "ENV")) {
    for (const m of i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|\S+)/g)) {
      env[m[1]!] = m[2]!.startsWith('"') ? m[2]!.slice(1, -1).replace(/\\(.)/g, "$1") : m[2]!;
    }
  }
  return env;
}

describe("docker/Dockerfile", () => {
  it("builds in Node LTS, serves with a pinned unprivileged nginx, as a non-root user, with a health check", async () => {
    const text = await readFile(path.join(DOCKER, "Dockerfile"), "utf8");
    const list = instructions(text);
    expect(text.split("\n")[0]).toMatch(/^# syntax=docker\/dockerfile:1\.(1\d|[1-9]\d)/);
    expect(text).toMatch(/ARG NODE_IMAGE=node:(22|24)-bookworm-slim/);
    expect(text).toMatch(/ARG NGINX_IMAGE=nginxinc\/nginx-unprivileged:\d+\.\d+\.\d+-alpine[\d.]*\n/);
    const froms = list.filter((i) => i.keyword === "FROM").map((i) => i.args);
    expect(froms).toEqual(["${NODE_IMAGE} AS build", "${NGINX_IMAGE} AS brotli", "${NGINX_IMAGE} AS runtime"]);
    const runtime = list.slice(list.map((i) => i.keyword).lastIndexOf("FROM"));
    const users = runtime.filter((i) => i.keyword === "USER").map((i) => i.args);
    expect(users.at(-1)).toBe("101");
    expect(runtime.find((i) => i.keyword === "EXPOSE")?.args).toBe("8080");
    expect(runtime.find((i) => i.keyword === "HEALTHCHECK")?.args).toMatch(
      /CMD \["wget", "-q", "-O", "\/dev\/null", "http:\/\/127\.0\.0\.1:8080\/healthz"\]/
    );
    expect(runtime.find((i) => i.keyword === "CMD")?.args).toBe(
      '["nginx", "-c", "/tmp/nginx.conf", "-g", "daemon off;"]'
    );
    const fromAt = list.flatMap((i, n) => (i.keyword === "FROM" ? [n] : []));
    const build = list.slice(fromAt[0], fromAt[1]);
    const runs = build
      .filter((i) => i.keyword === "RUN")
      .map((i) => i.args)
      .join("\n");
    for (const step of ["npm ci", "npm run build:data", "npm run build", "site/build/postbuild.ts dist snapshots"])
      expect(runs).toContain(step);
  });

  it("passes S3 credentials only as BuildKit secrets, never as build arguments or environment", async () => {
    const list = instructions(await readFile(path.join(DOCKER, "Dockerfile"), "utf8"));
    const data = list.find((i) => i.keyword === "RUN" && i.args.includes("npm run build:data"))!;
    expect(data.args).toContain("--mount=type=secret,id=aws_access_key_id,env=AWS_ACCESS_KEY_ID");
    expect(data.args).toContain("--mount=type=secret,id=aws_secret_access_key,env=AWS_SECRET_ACCESS_KEY");
    for (const i of list.filter((x) => x.keyword === "ARG" || x.keyword === "ENV")) {
      expect(i.args, `${i.keyword} ${i.args}`).not.toMatch(/KEY|SECRET|TOKEN|PASSWORD/i);
    }
  });

  it("installs the brotli module built for the image's own nginx", async () => {
    const text = await readFile(path.join(DOCKER, "Dockerfile"), "utf8");
    expect(text).toContain(
      'git clone --depth 1 --branch "${NGINX_VERSION}-${PKG_RELEASE}" https://github.com/nginx/pkg-oss'
    );
    expect(text).toContain("make module-brotli");
    expect(text).toContain("test -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so");
    expect(await readFile(path.join(DOCKER, "nginx.conf"), "utf8")).toContain(
      "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;"
    );
  });

  it("renders nginx.conf with envsubst as the image does, identically to test/nginx.ts, and nginx accepts it", async () => {
    const list = instructions(await readFile(path.join(DOCKER, "Dockerfile"), "utf8"));
    const env = runtimeEnv(list);
    for (const name of NGINX_VARIABLE_NAMES) expect(env[name], `ENV ${name} in the runtime stage`).toBeTruthy();
    expect(env.NGINX_ENVSUBST_OUTPUT_DIR).toBe("/tmp");
    // The entrypoint substitutes the variables whose names match the filter, and only those.
    const filter = new RegExp(env.NGINX_ENVSUBST_FILTER!);
    for (const name of NGINX_VARIABLE_NAMES) expect(name).toMatch(filter);
    for (const name of ["HOME", "PATH", "HOSTNAME", "NGINX_VERSION", "PWD", "uri", "host"])
      expect(name).not.toMatch(filter);
    const copies = list.filter((i) => i.keyword === "COPY").map((i) => i.args);
    for (const name of NGINX_TEMPLATES)
      expect(copies).toContain(`docker/${name} /etc/nginx/templates/${name}.template`);

    const envsubst = requireProgram("envsubst", ["gettext-base"]);
    const shellFormat = NGINX_VARIABLE_NAMES.map((n) => `\${${n}}`).join(" ");
    const vars = Object.fromEntries(NGINX_VARIABLE_NAMES.map((n) => [n, env[n]!])) as unknown as NginxVariables;
    for (const name of NGINX_TEMPLATES) {
      const template = await readFile(path.join(DOCKER, name), "utf8");
      const byEnvsubst = execFileSync(envsubst, [shellFormat], {
        input: template,
        env: {...vars, uri: "x", host: "y"}
      }).toString();
      expect(byEnvsubst, name).toBe(renderTemplate(template, vars));
    }
    const rendered = renderTemplate(await readFile(path.join(DOCKER, "nginx.conf"), "utf8"), vars);
    expect(rendered).toContain("listen 8080 default_server;");
    expect(rendered).toContain("root /usr/share/nginx/html;");
    expect(rendered).toContain("pid /tmp/nginx.pid;");
    expect(rendered).toContain("$request_uri");
    // The same values in the real nginx (the run directory aside: /tmp is not ours to fill here).
    const {BTK_RUN_DIR: _runDir, ...imageValues} = vars;
    const result = await testNginxConfig(imageValues);
    expect(result.output).toMatch(/test is successful/);
  });

  it("keeps build outputs, git and credentials out of the build context", async () => {
    const ignore = (await readFile(path.join(DOCKER, "Dockerfile.dockerignore"), "utf8"))
      .split("\n")
      .map((l) => l.trim());
    for (const entry of [
      ".git",
      "**/node_modules",
      "dist",
      ".cache",
      "data",
      "snapshots",
      "snapshots.*",
      ".env",
      ".env.*"
    ]) {
      expect(ignore).toContain(entry);
    }
  });
});

describe("docker/compose.<env>.yml", () => {
  const expected = {preprod: {port: "8500:8080", label: "preprod"}, prod: {port: "8501:8080", label: "prod"}};

  it.each(Object.entries(expected))(
    "%s: own project, port, network and logs; hardened and limited",
    async (env, want) => {
      const compose = parse(await readFile(path.join(DOCKER, `compose.${env}.yml`), "utf8")) as {
        name: string;
        services: Record<string, Record<string, unknown>>;
        networks: Record<string, {name: string}>;
      };
      expect(compose.name).toBe(`btk-${env}`);
      const services = Object.values(compose.services);
      expect(services).toHaveLength(1);
      const site = services[0]!;
      expect(site.image).toBe(`${IMAGE_REPOSITORY}:${env}`);
      expect(site.pull_policy).toBe("never");
      expect(site.environment).toEqual({APP_ENV: want.label});
      expect(site.ports).toEqual([want.port]);
      expect(site.read_only).toBe(true);
      expect(site.tmpfs).toEqual(expect.arrayContaining([expect.stringMatching(/^\/tmp:/)]));
      expect(site.cap_drop).toEqual(["ALL"]);
      expect(site.security_opt).toEqual(["no-new-privileges:true"]);
      expect(site.user).toBe("101:101");
      expect(site.restart).toBe("unless-stopped");
      const limits = (site.deploy as {resources: {limits: {cpus: string; memory: string}}}).resources.limits;
      expect(limits.cpus).toBeTruthy();
      expect(limits.memory).toMatch(/^\d+M$/);
      expect((site.healthcheck as {test: string[]}).test.join(" ")).toContain("http://127.0.0.1:8080/healthz");
      const logging = site.logging as {driver: string; options: Record<string, string>};
      expect(logging.driver).toBe("json-file");
      expect(logging.options["max-size"]).toBeTruthy();
      expect(logging.options["max-file"]).toBeTruthy();
      expect(Object.values(compose.networks).map((n) => n.name)).toEqual([`btk-${env}-network`]);
    }
  );
});
