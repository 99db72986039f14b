/** A check of built HTML against the site's strict Content-Security-Policy (docker/security-headers.conf). */

/** What the strict CSP would block in a page: inline scripts, style elements and attributes, event handlers. */
export function cspViolations(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? "";
    const dataBlock = /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs);
    if (!/\bsrc\s*=/i.test(attrs) && !dataBlock && (m[2] ?? "").trim() !== "") found.push(`inline <script${attrs}>`);
  }
  if (/<style[\s>]/i.test(html)) found.push("<style> element");
  for (const m of html.matchAll(/<[a-z][^>]*\sstyle\s*=\s*["'][^"']+/gi))
    found.push(`style attribute: ${m[0].slice(0, 60)}`);
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) found.push(`event handler: ${m[0].slice(0, 60)}`);
  if (/(href|src)\s*=\s*["']\s*javascript:/i.test(html)) found.push("javascript: URL");
  return found;
}
