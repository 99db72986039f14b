/**
 * Runs one `build:data` in this process and prints a JSON line with its peak resident memory, so the benchmark
 * measures the build alone (DuckDB allocates inside this process) without the harness around it.
 */
import {buildSnapshots} from "../pipeline/build.js";
import {loadConfig} from "../pipeline/config.js";
import {configureLogger} from "../pipeline/log.js";
import {openSource} from "../pipeline/source/open.js";

const started = performance.now();
const config = loadConfig();
const logger = configureLogger(config.appEnv, "warn");
const result = await buildSnapshots(
  {root: process.cwd(), config, force: process.argv.includes("--force")},
  {logger, print: () => {}, openSource}
);
process.stdout.write(
  `${JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    // CPU time (user + system, every thread): on a shared machine it moves far less than the wall time.
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    rebuilt: result.rebuilt.length,
    reused: result.reused.length,
    stages: result.manifest.timings.stages,
    analyses: Object.fromEntries(
      Object.entries(result.manifest.analyses).map(([name, a]) => [name, {ms: a.ms, bytes: a.bytes, status: a.status}])
    )
  })}\n`
);
