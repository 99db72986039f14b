/**
 * A real S3 server on loopback for tests and the benchmark: s3rver on 127.0.0.1, an ephemeral port, a temporary
 * directory removed on close. Clients must use path-style addressing and "WHEN_REQUIRED" checksums (the config
 * from `s3Config` does; `createS3Client` in pipeline/source/s3.ts sets the rest).
 *
 * What s3rver 3.7 checks, found by experiment: the access key id must be one it knows ("S3RVER"), or every request
 * fails with 403 InvalidAccessKeyId; the secret of a SigV4 request is NOT verified, so a wrong secret still works.
 * A wrong-credentials test must therefore change the access key id.
 */
import {mkdtemp, rm} from "node:fs/promises";
import type {Server} from "node:http";
import type {AddressInfo} from "node:net";
import {createRequire} from "node:module";
import os from "node:os";
import path from "node:path";

import type {S3Config} from "../pipeline/config.js";

interface S3rverOptions {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  resetOnClose?: boolean;
  configureBuckets: Array<{name: string}>;
}

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer: Server;
}

// s3rver is CommonJS without type declarations; what is used here is typed above.
const S3rver = createRequire(import.meta.url)("s3rver") as new (options: S3rverOptions) => S3rverInstance;

/** The credentials s3rver accepts. */
export const S3RVER_CREDENTIALS = {accessKeyId: "S3RVER", secretAccessKey: "S3RVER"} as const;

export interface S3TestServer {
  /** "http://127.0.0.1:<port>". */
  endpoint: string;
  port: number;
  /** Where s3rver stores the buckets. */
  dir: string;
  credentials: {accessKeyId: string; secretAccessKey: string};
  /** An S3Config for this server: path style, 2 attempts, 5 s timeout unless overridden. */
  s3Config(overrides?: Partial<S3Config>): S3Config;
  /** Stops the server and, when it created the directory, removes it. */
  close(): Promise<void>;
}

export async function startS3Server({
  buckets = ["test"],
  dir
}: {buckets?: string[]; dir?: string} = {}): Promise<S3TestServer> {
  const ownDir = dir === undefined;
  const directory = dir ?? (await mkdtemp(path.join(os.tmpdir(), "s3rver-")));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({name}))
  });
  let address: AddressInfo;
  try {
    address = await server.run();
  } catch (error) {
    if (ownDir) await rm(directory, {recursive: true, force: true});
    throw error;
  }
  const endpoint = `http://127.0.0.1:${address.port}`;
  let closed = false;
  return {
    endpoint,
    port: address.port,
    dir: directory,
    credentials: {...S3RVER_CREDENTIALS},
    s3Config: (overrides = {}) => ({
      bucket: buckets[0] ?? "test",
      prefix: "",
      endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      maxAttempts: 2,
      timeoutMs: 5_000,
      minBytesPerSecond: 16_000,
      ...overrides
    }),
    async close() {
      if (closed) return;
      closed = true;
      const closing = server.close();
      // A client that was not destroyed keeps idle keep-alive sockets, which would hold close() for minutes.
      server.httpServer.closeAllConnections();
      await closing;
      if (ownDir) await rm(directory, {recursive: true, force: true});
    }
  };
}
