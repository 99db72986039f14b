/**
 * A raw HTTP GET for the nginx tests: the path is sent exactly as written (fetch would normalise `/../` away and
 * decompress the body), and the body comes back as bytes.
 */
import {request} from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export async function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({host: "127.0.0.1", port, path, method: "GET", headers, agent: false}, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        resolve({status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks)});
      });
      res.on("error", reject);
    });
    req.setTimeout(5_000, () => req.destroy(new Error(`timeout GET ${path}`)));
    req.on("error", reject);
    req.end();
  });
}
