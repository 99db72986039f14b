/**
 * A tiny static file server for the built site, for tests: serves a directory on 127.0.0.1 with the production
 * Content-Security-Policy (so an inline script or a foreign request shows up as a console error in Chromium),
 * directory indexes, the trailing-slash redirect nginx does, and the 404 page of the path's language. It logs every
 * request, so tests can assert that nothing failed.
 */
import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import type {AddressInfo} from "node:net";
import {createServer} from "node:http";
import path from "node:path";

/** The CSP nginx sends in production (issue 5); kept here verbatim so the browser tests enforce it. */
export const PRODUCTION_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml"
};

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234. */
  url: string;
  requests: ServedRequest[];
  close: () => Promise<void>;
}

async function fileAt(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Serves `root` on 127.0.0.1 (an ephemeral port unless one is given). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = "/";
      }
      const headers: Record<string, string> = {
        "Content-Security-Policy": PRODUCTION_CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin"
      };
      const send = (status: number, file: string | undefined, extra: Record<string, string> = {}): void => {
        requests.push({method: req.method ?? "GET", path: url.pathname + url.search, status});
        const type = file ? (TYPES[path.extname(file)] ?? "application/octet-stream") : "text/plain; charset=utf-8";
        res.writeHead(status, {...headers, "Content-Type": type, ...extra});
        if (!file || req.method === "HEAD") res.end();
        else createReadStream(file).pipe(res);
      };
      const resolved = path.resolve(base, `.${pathname}`);
      if (resolved !== base && !resolved.startsWith(`${base}${path.sep}`)) return send(403, undefined);
      if (await fileAt(resolved)) return send(200, resolved);
      if (!pathname.endsWith("/") && (await fileAt(path.join(resolved, "index.html")))) {
        return send(301, undefined, {Location: `${pathname}/${url.search}`});
      }
      if (pathname.endsWith("/") && (await fileAt(path.join(resolved, "index.html")))) {
        return send(200, path.join(resolved, "index.html"));
      }
      const notFound = path.join(base, pathname.startsWith("/fr/") ? "fr/404.html" : "404.html");
      return send(404, (await fileAt(notFound)) ? notFound : undefined);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const {port: actual} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
