/** The commit being built, for the manifest and the site's provenance footer. */
import {execFileSync} from "node:child_process";

/** GIT_COMMIT or GITHUB_SHA (CI passes them), else what git says HEAD is, else undefined (no git, no repository). */
export function headCommit(root: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const fromEnv = env.GIT_COMMIT || env.GITHUB_SHA;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {cwd: root, stdio: ["ignore", "pipe", "ignore"]})
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}
