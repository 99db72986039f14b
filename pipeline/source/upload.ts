/**
 * Uploads local files to the S3 source (`npm run data:import -- <dir> --upload`, and the benchmark's setup).
 * An object whose size and ETag already equal the local file's size and MD5 is skipped: for a single-part PUT,
 * S3's ETag is the MD5 of the content, so a repeated import costs one HEAD per file.
 */
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import {pipeline} from "node:stream/promises";

import {HeadObjectCommand, PutObjectCommand} from "@aws-sdk/client-s3";

import type {S3Config} from "../config.js";
import {SourceError} from "../errors.js";
import {formatBytes} from "../log.js";
import {openS3Session, stripQuotes} from "./s3.js";
import type {S3SessionOptions} from "./s3.js";
import {classify} from "./s3Errors.js";

/** A local file to upload as `<prefix><name>`. */
export interface UploadFile {
  name: string;
  path: string;
}

export interface UploadResult {
  name: string;
  /** "s3://bucket/<prefix><name>". */
  location: string;
  /** MD5 of the content, hex: the ETag S3 reports for the object. */
  etag: string;
  size: number;
  /** "unchanged" when the object already held exactly this content and nothing was sent. */
  status: "uploaded" | "unchanged";
}

// A single PUT is limited to 5 GiB; the Food.com files are far below, so multipart upload is not worth its code.
const MAX_SINGLE_PUT = 5 * 1024 ** 3;

async function md5File(file: string): Promise<string> {
  const hash = createHash("md5");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/** Uploads each file to `s3://bucket/<prefix><name>` in turn, skipping those already there with the same content. */
export async function uploadToS3(
  config: S3Config,
  files: readonly UploadFile[],
  options: S3SessionOptions
): Promise<UploadResult[]> {
  const {logger} = options;
  const session = openS3Session(config, {...options, upload: true});
  const {client, effects} = session;
  const results: UploadResult[] = [];
  try {
    await session.ready("writing");
    for (const file of files) {
      const key = `${config.prefix}${file.name}`;
      const location = session.locationOf(file.name);
      const size = await localSize(file.path);
      if (size > MAX_SINGLE_PUT) {
        throw new SourceError(
          `${file.path} is ${formatBytes(size)}, more than a single S3 upload accepts (5 GiB).`,
          file.path,
          {
            hint: "Split the data set, or upload it with the AWS CLI (aws s3 cp uses multipart uploads)."
          }
        );
      }
      const md5 = await md5File(file.path);

      // Compare with what is there; a missing object is simply uploaded.
      const remote = await session.request("HeadObject", location, "writing", async () => {
        try {
          return await client.send(new HeadObjectCommand({Bucket: config.bucket, Key: key}));
        } catch (error) {
          if (classify(error).kind === "missing") return undefined;
          throw error;
        }
      });
      if (remote !== undefined && remote.ContentLength === size && stripQuotes(remote.ETag) === md5) {
        logger.info(`upload ${file.name} → unchanged (${formatBytes(size)}, same MD5), skipped`);
        results.push({name: file.name, location, etag: md5, size, status: "unchanged"});
        continue;
      }

      const start = effects.now();
      await session.request("PutObject", location, "writing", () =>
        // A stream is consumed by one attempt, so each attempt opens its own.
        client.send(
          new PutObjectCommand({
            Bucket: config.bucket,
            Key: key,
            Body: createReadStream(file.path),
            ContentLength: size,
            // S3 checks Content-MD5 and refuses a body that arrived damaged.
            ContentMD5: Buffer.from(md5, "hex").toString("base64"),
            ContentType: file.name.endsWith(".parquet") ? "application/vnd.apache.parquet" : "application/octet-stream"
          })
        )
      );
      const ms = Math.max(Math.round(effects.now() - start), 1);
      logger.info(`upload ${file.name} → ${formatBytes(size)} in ${ms} ms (${(size / 1e3 / ms).toFixed(1)} MB/s)`);
      results.push({name: file.name, location, etag: md5, size, status: "uploaded"});
    }
    return results;
  } finally {
    session.close();
  }
}

async function localSize(file: string): Promise<number> {
  try {
    const s = await stat(file);
    if (s.isFile()) return s.size;
  } catch {
    // Reported below with the same message as a directory in its place.
  }
  throw new SourceError(`${file} does not exist or is not a file, so it cannot be uploaded.`, file, {
    hint: "Check the directory given to npm run data:import, or generate the data first with npm run data:generate."
  });
}
