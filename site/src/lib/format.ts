/**
 * Values for tables and KPI tiles in the reader's language. Free of Plot and zod: the browser formats recomputed
 * KPIs with it after a filter, exactly as the build formatted the published ones.
 */
import {formatNumber, renderTemplate} from "../../../pipeline/narrative.js";
import type {Lang} from "../i18n/index.js";
import {formatDate, keepNumberWithUnit} from "../i18n/locale.js";
import type {CellValue} from "./views.js";

/** A value for a table cell or a KPI, in the reader's language. */
export function formatValue(value: CellValue | undefined, spec: string | undefined, lang: Lang): string {
  if (value === null || value === undefined) return "–";
  if (spec === "year" || typeof value === "boolean") return String(value);
  if (spec === "date") return formatDate(String(value), lang);
  if (spec === undefined) {
    return typeof value === "number" ? formatNumber(value, lang, Number.isInteger(value) ? 0 : 2) : value;
  }
  return keepNumberWithUnit(renderTemplate(`{v|${spec}}`, {v: value}, lang));
}
