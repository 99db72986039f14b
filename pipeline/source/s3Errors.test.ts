import {describe, expect, it} from "vitest";

import {EXIT_CODES, SourceError} from "../errors.js";
import type {FailureContext, FailureKind} from "./s3Errors.js";
import {
  classify,
  missingObjectsError,
  ObjectChangedError,
  toSourceError,
  TruncatedBodyError,
  withRetry
} from "./s3Errors.js";

/** An SDK-shaped service error: name, optional Code, HTTP status in $metadata. */
function serviceError(name: string, status: number, code?: string): Error {
  return Object.assign(new Error(name), {name, Code: code, $metadata: {httpStatusCode: status}});
}

function systemError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), {code});
}

const ctx: FailureContext = {
  bucket: "food",
  location: "s3://food/raw/RAW_recipes.parquet",
  endpoint: "http://127.0.0.1:9000",
  action: "reading",
  attempts: 4,
  timeoutMs: 30_000,
  maxAttempts: 4,
  secrets: ["AKIASECRETKEYID", "very-secret-access-key"]
};

describe("classify", () => {
  const cases: Array<[string, unknown, FailureKind, boolean, string]> = [
    ["GET NoSuchKey", serviceError("NoSuchKey", 404, "NoSuchKey"), "missing", false, "NoSuchKey"],
    ["HEAD 404", serviceError("NotFound", 404), "missing", false, "NotFound"],
    ["NoSuchBucket", serviceError("NoSuchBucket", 404, "NoSuchBucket"), "noBucket", false, "NoSuchBucket"],
    ["HEAD 403", serviceError("Unknown", 403), "credentials", false, "HTTP 403"],
    ["AccessDenied", serviceError("AccessDenied", 403, "AccessDenied"), "credentials", false, "AccessDenied"],
    ["InvalidAccessKeyId", serviceError("InvalidAccessKeyId", 403), "credentials", false, "InvalidAccessKeyId"],
    [
      "SignatureDoesNotMatch",
      serviceError("SignatureDoesNotMatch", 403),
      "credentials",
      false,
      "SignatureDoesNotMatch"
    ],
    ["ExpiredToken", serviceError("ExpiredToken", 400), "credentials", false, "ExpiredToken"],
    [
      "no credentials",
      Object.assign(new Error("x"), {name: "CredentialsProviderError"}),
      "noCredentials",
      false,
      "CredentialsProviderError"
    ],
    ["412", serviceError("PreconditionFailed", 412), "changed", false, "HTTP 412"],
    [
      "SDK timeout",
      Object.assign(new Error("t"), {name: "TimeoutError", code: "ETIMEDOUT"}),
      "timeout",
      true,
      "ETIMEDOUT"
    ],
    ["S3 RequestTimeout", serviceError("RequestTimeout", 400, "RequestTimeout"), "timeout", true, "RequestTimeout"],
    ["refused", systemError("ECONNREFUSED"), "unreachable", true, "ECONNREFUSED"],
    ["unknown host", systemError("ENOTFOUND"), "unreachable", false, "ENOTFOUND"],
    ["dns retry", systemError("EAI_AGAIN"), "unreachable", true, "EAI_AGAIN"],
    [
      "dual stack refused",
      Object.assign(new AggregateError([systemError("ECONNREFUSED")]), {}),
      "unreachable",
      true,
      "ECONNREFUSED"
    ],
    ["reset", systemError("ECONNRESET"), "reset", true, "ECONNRESET"],
    ["503", serviceError("ServiceUnavailable", 503), "server", true, "HTTP 503 ServiceUnavailable"],
    ["500 without a code", serviceError("Unknown", 500), "server", true, "HTTP 500"],
    ["SlowDown", serviceError("SlowDown", 503), "server", true, "HTTP 503 SlowDown"],
    ["truncated", new TruncatedBodyError(10, 20), "truncated", true, "truncated body"],
    ["changed", new ObjectChangedError("a", "b"), "changed", false, "ETag changed"],
    ["anything else", new Error("boom"), "unknown", false, "Error"],
    ["not an error", "boom", "unknown", false, "error"]
  ];
  for (const [label, error, kind, transient, code] of cases) {
    it(`sorts ${label} as ${kind}`, () => {
      expect(classify(error)).toEqual({kind, transient, code});
    });
  }
});

describe("withRetry", () => {
  it("retries transient failures with doubling delays, capped, and returns the first success", async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async (attempt) => {
        calls++;
        if (attempt < 5) throw systemError("ECONNRESET");
        return "ok";
      },
      {maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 500, sleep: async (ms) => void delays.push(ms), random: () => 1}
    );
    expect(result).toBe("ok");
    expect(calls).toBe(5);
    expect(delays).toEqual([100, 200, 400, 500]);
  });

  it("jitters each delay between half and all of its exponential value", async () => {
    const delays: number[] = [];
    await withRetry(
      async (attempt) => {
        if (attempt < 3) throw systemError("ECONNRESET");
      },
      {maxAttempts: 3, baseDelayMs: 100, sleep: async (ms) => void delays.push(ms), random: () => 0}
    );
    expect(delays).toEqual([50, 100]);
  });

  it("does not retry a failure that is not transient", async () => {
    let calls = 0;
    const denied = serviceError("AccessDenied", 403);
    await expect(
      withRetry(
        async () => {
          calls++;
          throw denied;
        },
        {maxAttempts: 4, baseDelayMs: 1, sleep: async () => {}, random: () => 0}
      )
    ).rejects.toBe(denied);
    expect(calls).toBe(1);
  });

  it("rethrows the last transient failure once attempts run out, reporting each retry", async () => {
    const retries: string[] = [];
    await expect(
      withRetry(
        async (attempt) => {
          throw systemError(attempt === 1 ? "ECONNRESET" : "ECONNREFUSED");
        },
        {
          maxAttempts: 3,
          baseDelayMs: 1,
          sleep: async () => {},
          random: () => 0,
          onRetry: (failure, _error, next) => retries.push(`${failure.code} → ${next}`)
        }
      )
    ).rejects.toMatchObject({code: "ECONNREFUSED"});
    expect(retries).toEqual(["ECONNRESET → 2", "ECONNREFUSED → 3"]);
  });
});

describe("toSourceError", () => {
  it("gives every failure family a full sentence naming the object, and a hint", () => {
    const errors: unknown[] = [
      serviceError("AccessDenied", 403, "AccessDenied"),
      Object.assign(new Error("Could not load credentials"), {name: "CredentialsProviderError"}),
      serviceError("NoSuchKey", 404, "NoSuchKey"),
      serviceError("NoSuchBucket", 404, "NoSuchBucket"),
      Object.assign(new Error("t"), {name: "TimeoutError"}),
      systemError("ECONNREFUSED"),
      systemError("ENOTFOUND"),
      systemError("ECONNRESET"),
      new TruncatedBodyError(1_000, 2_000_000),
      new ObjectChangedError("a", "b"),
      serviceError("InternalError", 500, "InternalError"),
      new Error("something odd")
    ];
    const messages = errors.map((e) => toSourceError(e, ctx));
    for (const error of messages) {
      expect(error).toBeInstanceOf(SourceError);
      expect(error.exitCode).toBe(EXIT_CODES.source);
      expect(error.message).toMatch(/^[A-Zs].*\.$/);
      expect(error.message).toMatch(/food/);
      expect(error.hint).toBeTruthy();
    }
    expect(messages.map((e) => e.message)).toEqual([
      'S3 refused the credentials for bucket "food" when reading s3://food/raw/RAW_recipes.parquet (AccessDenied).',
      'No AWS credentials were found to read bucket "food".',
      "s3://food/raw/RAW_recipes.parquet does not exist.",
      'The S3 bucket "food" does not exist at http://127.0.0.1:9000.',
      "S3 at http://127.0.0.1:9000 did not answer within 30000 ms when reading s3://food/raw/RAW_recipes.parquet, 4 attempts in a row.",
      "Could not connect to the S3 endpoint http://127.0.0.1:9000 to read s3://food/raw/RAW_recipes.parquet (ECONNREFUSED, 4 attempts in a row).",
      "The S3 endpoint http://127.0.0.1:9000 could not be reached to read s3://food/raw/RAW_recipes.parquet: its host name does not resolve (ENOTFOUND).",
      "The connection to http://127.0.0.1:9000 was cut when reading s3://food/raw/RAW_recipes.parquet (ECONNRESET, 4 attempts in a row).",
      "The download of s3://food/raw/RAW_recipes.parquet stopped after 1.0 KB of 2.0 MB, 4 attempts in a row; the truncated file was not kept.",
      "s3://food/raw/RAW_recipes.parquet was replaced while the build was reading it, so the download does not match what was checked.",
      "S3 at http://127.0.0.1:9000 failed with HTTP 500 InternalError when reading s3://food/raw/RAW_recipes.parquet, 4 attempts in a row.",
      "Reading s3://food/raw/RAW_recipes.parquet failed: something odd."
    ]);
  });

  it("says how many attempts were made, including a single one", () => {
    const error = toSourceError(systemError("ECONNRESET"), {...ctx, attempts: 1});
    expect(error.message).toContain("(ECONNRESET, on the only attempt)");
  });

  it("masks credential values in the message, the hint and the kept cause", () => {
    const leaky = Object.assign(new Error("key AKIASECRETKEYID with very-secret-access-key rejected"), {
      AWSAccessKeyId: "AKIASECRETKEYID"
    });
    const error = toSourceError(leaky, ctx);
    const text = [error.message, error.hint, (error.cause as Error).message, JSON.stringify(error.cause)].join(" ");
    expect(text).not.toContain("AKIASECRETKEYID");
    expect(text).not.toContain("very-secret-access-key");
    expect(error.message).toBe("Reading s3://food/raw/RAW_recipes.parquet failed: key **** with **** rejected.");
  });

  it("words write failures for uploads", () => {
    const error = toSourceError(serviceError("AccessDenied", 403), {...ctx, action: "writing"});
    expect(error.message).toContain("when writing");
    expect(error.hint).toContain("s3:PutObject");
  });
});

describe("missingObjectsError", () => {
  it("lists the expected objects and the ones found under the prefix", () => {
    const error = missingObjectsError({
      bucket: "food",
      prefix: "raw/",
      missing: ["B.parquet"],
      expected: ["A.parquet", "B.parquet"],
      present: ["A.parquet", "b.parquet"],
      secrets: []
    });
    expect(error.message).toBe(
      "The S3 source is missing 1 of its 2 input objects: s3://food/raw/B.parquet does not exist."
    );
    expect(error.hint).toBe(
      "The source must hold A.parquet and B.parquet under s3://food/raw/. Under s3://food/raw/ there is: A.parquet, b.parquet. " +
        "Upload them with npm run data:import -- <dir> --upload, or fix S3_PREFIX."
    );
    expect(error.exitCode).toBe(3);
  });

  it("leaves the listing out when it was not allowed, and handles a single expected object", () => {
    const error = missingObjectsError({
      bucket: "food",
      prefix: "",
      missing: ["A.parquet"],
      expected: ["A.parquet"],
      present: undefined,
      secrets: []
    });
    expect(error.message).toBe("The S3 source is missing its input object: s3://food/A.parquet does not exist.");
    expect(error.hint).toBe(
      "The source must hold A.parquet under s3://food/. Upload them with npm run data:import -- <dir> --upload, or fix S3_PREFIX."
    );
  });
});
