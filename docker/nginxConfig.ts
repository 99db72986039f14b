/**
 * Renders docker/nginx.conf and docker/security-headers.conf for an nginx outside the image: the tests, the
 * benchmark and a host deployed with the local driver. It substitutes exactly the variables the image's envsubst
 * step does (NGINX_ENVSUBST_FILTER in docker/Dockerfile), so both produce the same file.
 *
 *   tsx docker/nginxConfig.ts --out /etc/btk/preprod --env preprod --listen 127.0.0.1:8500 \
 *     --root /srv/btk/preprod/current --run-dir /run/btk-preprod --access-log /var/log/btk/preprod.json.log
 *   nginx -c /etc/btk/preprod/nginx.conf -g 'daemon off;'
 */
import {mkdir, readFile, writeFile} from "node:fs/promises";
import path from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {parseArgs} from "node:util";

export const DOCKER_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The template files, rendered side by side (nginx.conf includes the snippets by a relative path). */
export const NGINX_TEMPLATES = ["nginx.conf", "security-headers.conf", "embed-headers.conf"] as const;

/** Every variable the templates use; the image sets the same names (ENV in docker/Dockerfile). */
export interface NginxVariables {
  /** local, preprod or prod (any case): chooses the /env.css badge. */
  APP_ENV: string;
  /** Port or address:port. */
  BTK_LISTEN: string;
  /** The site root (absolute). */
  BTK_ROOT: string;
  /** Writable directory for the pid file and temporary files (absolute). */
  BTK_RUN_DIR: string;
  BTK_ACCESS_LOG: string;
  BTK_ERROR_LOG: string;
  BTK_WORKER_PROCESSES: string;
  /** on behind HTTPS (sends HSTS); off by default. */
  BTK_TLS?: string;
  /** Address or CIDR spared by the per-client limits; 127.0.0.1/32 by default. */
  BTK_LIMIT_EXEMPT?: string;
}

/** Values of the optional variables when none is given. */
export const NGINX_DEFAULTS: Partial<NginxVariables> = {BTK_TLS: "off", BTK_LIMIT_EXEMPT: "127.0.0.1/32"};

export const NGINX_VARIABLE_NAMES: readonly (keyof NginxVariables)[] = [
  "APP_ENV",
  "BTK_LISTEN",
  "BTK_ROOT",
  "BTK_RUN_DIR",
  "BTK_ACCESS_LOG",
  "BTK_ERROR_LOG",
  "BTK_WORKER_PROCESSES",
  "BTK_TLS",
  "BTK_LIMIT_EXEMPT"
];

/**
 * Replaces `${NAME}` and `$NAME` for the known names only, as `envsubst '${A} ${B}'` does; nginx's own lower-case
 * variables are left alone. Throws when a known name is used but not given, or a value would break the syntax.
 */
export function renderTemplate(template: string, variables: Partial<NginxVariables>): string {
  let out = template;
  for (const name of NGINX_VARIABLE_NAMES) {
    const used = out.includes(`\${${name}}`) || new RegExp(`\\$${name}(?![A-Za-z0-9_])`).test(out);
    if (!used) continue;
    const value = variables[name] || NGINX_DEFAULTS[name];
    if (value === undefined || value === "") throw new Error(`invalid nginx variable ${name}: not set`);
    if (/[;{}"'\s]/.test(value)) throw new Error(`invalid nginx variable ${name}: ${JSON.stringify(value)}`);
    out = out.replaceAll(`\${${name}}`, value).replace(new RegExp(`\\$${name}(?![A-Za-z0-9_])`, "g"), value);
  }
  const left = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/.exec(out);
  if (left) throw new Error(`invalid nginx template: unknown placeholder ${left[0]}`);
  return out;
}

/** Renders both templates into `outDir`; returns the path of the main configuration file. */
export async function writeNginxConfig(outDir: string, variables: NginxVariables): Promise<string> {
  await mkdir(outDir, {recursive: true});
  for (const name of NGINX_TEMPLATES) {
    const template = await readFile(path.join(DOCKER_DIR, name), "utf8");
    await writeFile(path.join(outDir, name), renderTemplate(template, variables));
  }
  return path.join(outDir, "nginx.conf");
}

async function main(argv: string[]): Promise<void> {
  const {values} = parseArgs({
    args: argv,
    options: {
      out: {type: "string"},
      env: {type: "string", default: "local"},
      listen: {type: "string", default: "127.0.0.1:8080"},
      root: {type: "string"},
      "run-dir": {type: "string"},
      "access-log": {type: "string"},
      "error-log": {type: "string", default: "stderr"},
      workers: {type: "string", default: "2"},
      tls: {type: "string", default: "off"}
    }
  });
  if (!values.out || !values.root || !values["run-dir"]) {
    throw new Error(
      "usage: nginxConfig.ts --out DIR --root SITE --run-dir DIR [--env E] [--listen A] [--access-log F]"
    );
  }
  const runDir = path.resolve(values["run-dir"]);
  const file = await writeNginxConfig(path.resolve(values.out), {
    APP_ENV: values.env,
    BTK_LISTEN: values.listen,
    BTK_ROOT: path.resolve(values.root),
    BTK_RUN_DIR: runDir,
    BTK_ACCESS_LOG: values["access-log"] ?? path.join(runDir, "access.log"),
    BTK_ERROR_LOG: values["error-log"],
    BTK_WORKER_PROCESSES: values.workers,
    BTK_TLS: values.tls
  });
  process.stdout.write(`${file}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`nginxConfig: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
