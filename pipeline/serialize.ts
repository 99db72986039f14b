/**
 * Snapshot serialisation. Keys keep the order of the zod schema (zod rebuilds objects in shape order), numbers
 * are written as JavaScript prints them, and every file ends with a newline: the same values always give the
 * same bytes, so two builds can be compared with sha256 and a diff shows only what changed.
 */
import {createHash} from "node:crypto";

export function serializeSnapshot(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

export function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}
