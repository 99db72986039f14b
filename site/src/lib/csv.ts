/**
 * A small RFC 4180 CSV writer for the chart downloads: comma-separated fields, CRLF line ends, a header row, and
 * fields holding a comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled. Numbers are
 * written with a dot and no grouping (machine-readable in every locale); null and undefined become empty fields.
 */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return String(value);
  }
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the header then one line per row, each line ending with CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`csv row ${i} has ${row.length} fields, header has ${header.length}`);
  }
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
