/**
 * A small RFC 4180 CSV writer for the chart downloads: comma-separated fields, CRLF line ends, a header row, and
 * fields holding a comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled. Numbers are
 * written with a dot and no grouping (machine-readable in every locale); null and undefined become empty fields.
 * Text starting with = + - @, a tab or a CR is a formula to a spreadsheet (CSV injection): it gets a leading
 * apostrophe, which spreadsheets show as text, and is quoted. Numbers are written as numbers and never touched.
 */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return String(value);
  }
  const raw = String(value);
  const formula = FORMULA_START.test(raw);
  const text = formula ? `'${raw}` : raw;
  return formula || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the header then one line per row, each line ending with CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`csv row ${i} has ${row.length} fields, header has ${header.length}`);
  }
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
