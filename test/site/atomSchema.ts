/**
 * Validates an Atom document against the project's RELAX NG schema of Atom 1.0 (test/site/atom.rng) with libxml2's
 * validator, the real `xmllint --relaxng` (Debian libxml2-utils, installed by .ci/debian-packages). Returns
 * xmllint's messages for an invalid document: [] is a valid one.
 */
import {spawn} from "node:child_process";
import path from "node:path";
import {fileURLToPath} from "node:url";

export const ATOM_SCHEMA = path.join(path.dirname(fileURLToPath(import.meta.url)), "atom.rng");
/** xmllint validates a feed in milliseconds; past this it is stuck and is stopped. */
const TIMEOUT_MS = 30_000;

export function atomSchemaErrors(xml: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("xmllint", ["--noout", "--nonet", "--relaxng", ATOM_SCHEMA, "-"], {
      stdio: ["pipe", "ignore", "pipe"]
    });
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === "ENOENT"
          ? new Error(
              "xmllint was not found on PATH, and the Atom feeds are validated with it against test/site/atom.rng. " +
                "Install Debian's libxml2-utils (sudo bash .ci/debian-packages)."
            )
          : error
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`xmllint was stopped by ${signal} after ${TIMEOUT_MS / 1000} s.`));
      const lines = stderr.split("\n").filter((l) => l.trim() && l.trim() !== "- validates");
      // 0: valid; 3: invalid against the schema; 1: not well-formed. Any other code is xmllint failing itself.
      if (code === 0) return resolve([]);
      if (code === 3 || code === 1) return resolve(lines.length ? lines : [`xmllint exited with ${code}.`]);
      reject(new Error(`xmllint could not validate the feed against ${ATOM_SCHEMA} (exit ${code}): ${stderr}`));
    });
    child.stdin.end(xml);
  });
}
