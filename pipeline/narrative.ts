/**
 * Interpretation as data. An analysis' step decides which claims hold on the data and records them with their
 * figures; the text module beside the analysis (`queries/<page>/<name>.text.ts`) holds an English and a French
 * template per claim; the site renders them with the reader's locale. A number is therefore never typed into
 * prose, and a claim that does not hold is never made: the step simply does not emit it.
 *
 * Template syntax: `{name}` inserts a value; `{name|spec}` formats it. Specs:
 * - `N` (a digit): a number with N decimals, grouped (`{slope|2}` → 0.46 / 0,46);
 * - `int`: an integer, grouped (12,345 / 12 345);
 * - `ord`: an integer as an ordinal (25th / 25e), for a percentile named by its rank;
 * - `signed|N`: with an explicit sign (+0.46 / −0.46);
 * - `abs|N`: the absolute value with N decimals;
 * - `pct|N`: a fraction shown as a percentage (0.087 → 8.7%);
 * - `pp|N`: percentage points, signed (+0.35 pp);
 * - `p`: a p-value ("p < 0.001", "p = 0.023");
 * - `times|N`: a ratio, with N decimals and its sign × (1.07× / 1,07 ×);
 * - `bounded|N`: a share of [0, 1] such as R², with N decimals, or more where N would print a bound it does not
 *   reach (0.996 → 0.996, never 1.00);
 * - `scale:K` before another spec: the value times K, to quote a rate per decade (`{slope|scale:10|ssig|2}`);
 * - `diff:a:b` beside another spec: a difference printed as {a} − {b} as the template prints them (see DIFF_PREFIX);
 * - `label`: a category key translated through LABELS (seasons, days, nutrients, periods); `label|in` a season
 *   as a time ("in summer", « en été », « au printemps »).
 * The pure functions here are shared by the pipeline's tests and the site.
 */
export type Locale = "en" | "fr";
export const LOCALES: readonly Locale[] = ["en", "fr"];

/** A value a claim's template quotes. */
export type ClaimValue = number | string | boolean;
export type ClaimValues = Record<string, ClaimValue>;

/**
 * One statement that holds on the data, with the figures its text quotes. Its zod schema lives in
 * narrative.schema.ts, so that the browser, which renders claims again after a filter, never loads zod.
 */
export interface Claim {
  id: string;
  values: ClaimValues;
}

/** The interpretation of one analysis: a headline and the supporting claims, in reading order. */
export interface Narrative {
  headline: Claim;
  claims: Claim[];
}

/** The strings of one analysis in one language: titles, labels and claim templates. */
export type TextStrings = Record<string, string>;

/** A text module: the same keys in both languages (a test checks it). */
export interface TextModule {
  en: TextStrings;
  fr: TextStrings;
}

export function claim(id: string, values: ClaimValues = {}): Claim {
  return {id, values};
}

/** Translations of category keys that appear inside claims. */
export const LABELS: Record<string, Record<Locale, string>> = {
  Winter: {en: "winter", fr: "l'hiver"},
  Spring: {en: "spring", fr: "le printemps"},
  Summer: {en: "summer", fr: "l'été"},
  Autumn: {en: "autumn", fr: "l'automne"},
  weekday: {en: "weekdays", fr: "la semaine"},
  weekend: {en: "weekends", fr: "le week-end"},
  monday: {en: "Monday", fr: "lundi"},
  tuesday: {en: "Tuesday", fr: "mardi"},
  wednesday: {en: "Wednesday", fr: "mercredi"},
  thursday: {en: "Thursday", fr: "jeudi"},
  friday: {en: "Friday", fr: "vendredi"},
  saturday: {en: "Saturday", fr: "samedi"},
  sunday: {en: "Sunday", fr: "dimanche"},
  calories: {en: "calories", fr: "calories"},
  total_fat_pct: {en: "fat", fr: "lipides"},
  sugar_pct: {en: "sugar", fr: "sucres"},
  sodium_pct: {en: "sodium", fr: "sodium"},
  protein_pct: {en: "protein", fr: "protéines"},
  sat_fat_pct: {en: "saturated fat", fr: "acides gras saturés"},
  carb_pct: {en: "carbohydrates", fr: "glucides"},
  negligible: {en: "negligible", fr: "négligeable"},
  small: {en: "small", fr: "faible"},
  medium: {en: "medium", fr: "moyen"},
  large: {en: "large", fr: "fort"}
};

/**
 * Seasons as a time when something happens (`{season|label|in}`): French says « en été », « au printemps », never
 * « pendant l'été » for a season in general.
 */
export const LABELS_IN: Record<string, Record<Locale, string>> = {
  Winter: {en: "in winter", fr: "en hiver"},
  Spring: {en: "in spring", fr: "au printemps"},
  Summer: {en: "in summer", fr: "en été"},
  Autumn: {en: "in autumn", fr: "en automne"}
};

/** ISO weekday (1 = Monday) → LABELS key. */
export const WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

const MINUS = "\u2212";

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  });
}

/** Formats a number with locale grouping and decimals, using a true minus sign. */
export function formatNumber(value: number, locale: Locale, digits = 0): string {
  // A value that rounds to zero is written 0, never −0.
  const shown = Number(value.toFixed(digits)) === 0 ? 0 : value;
  return numberFormat(locale, digits).format(shown).replace("-", MINUS);
}

/**
 * A number with the significant digits it carries (`{x|sig|2}`: 0.00022 → 0.00022, 1234.5 → 1,200), for small
 * slopes and variances that a fixed number of decimals would print as 0.00000. Never in exponent notation.
 */
export function formatSignificant(value: number, locale: Locale, digits = 2): string {
  if (value === 0) return formatNumber(0, locale, 0);
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US", {
    maximumSignificantDigits: digits,
    minimumSignificantDigits: digits
  })
    .format(value)
    .replace("-", MINUS);
}

export function formatSigned(value: number, locale: Locale, digits = 0): string {
  const text = formatNumber(Math.abs(value), locale, digits);
  if (Number(value.toFixed(digits)) === 0) return text;
  return `${value > 0 ? "+" : MINUS}${text}`;
}

export function formatPercent(fraction: number, locale: Locale, digits = 1): string {
  const text = formatNumber(fraction * 100, locale, digits);
  return locale === "fr" ? `${text}\u00a0%` : `${text}%`;
}

/**
 * A p-value as a readable comparison: below 0.001 or above 0.99 it is only bounded; near 0.05 it keeps three decimals so it
 * never reads as equal to the threshold it was compared with.
 */
export function formatP(p: number, locale: Locale): string {
  if (p < 0.001) return `p < ${formatNumber(0.001, locale, 3)}`;
  // Two decimals would print 0.995 as "p = 1.00", which reads as a certainty the test never gives.
  if (p > 0.99) return `p > ${formatNumber(0.99, locale, 2)}`;
  const distance = Math.abs(p - 0.05);
  const digits = distance < 0.001 ? 4 : p < 0.01 || distance < 0.01 ? 3 : 2;
  return `p = ${formatNumber(p, locale, digits)}`;
}

export function translateLabel(key: string, locale: Locale): string {
  return LABELS[key]?.[locale] ?? key;
}

/**
 * A date (YYYY-MM-DD) or a month (YYYY-MM) in words, as readers write them: "December 4, 2018", "décembre 2018".
 * Prose never shows an ISO date; a value that is not one is returned as it is.
 */
export function formatCalendar(value: string, kind: "date" | "month", locale: Locale): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1)));
  const text = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-US", {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    ...(kind === "date" ? {day: "numeric"} : {})
  }).format(date);
  // French keeps the day with its month on one line (« 4 décembre », never « 4 / décembre »).
  return locale === "fr" && kind === "date" ? text.replace(/^(\d{1,2}) /, "$1\u00a0") : text;
}

/**
 * Units a number can carry (`{x|ssig|2|unit:steps}`), singular and plural in each language: the language's plural
 * rule picks the form for the number as printed ("1,5 étape", "1.5 steps"). Named once, so that both languages'
 * templates keep the same placeholders.
 */
export const UNITS: Record<string, Record<Locale, readonly [one: string, other: string]>> = {
  points: {en: ["point", "points"], fr: ["point", "points"]},
  stars: {en: ["star", "stars"], fr: ["étoile", "étoiles"]},
  steps: {en: ["step", "steps"], fr: ["étape", "étapes"]},
  ingredients: {en: ["ingredient", "ingredients"], fr: ["ingrédient", "ingrédients"]},
  tags: {en: ["tag", "tags"], fr: ["étiquette", "étiquettes"]},
  // "garlic cloves and 2 other ingredients": the items a leader cannot be told from, counted after it.
  other_ingredients: {en: ["other ingredient", "other ingredients"], fr: ["autre ingrédient", "autres ingrédients"]},
  other_tags: {en: ["other tag", "other tags"], fr: ["autre étiquette", "autres étiquettes"]},
  minutes: {en: ["minute", "minutes"], fr: ["minute", "minutes"]},
  kcal: {en: ["kcal", "kcal"], fr: ["kcal", "kcal"]},
  dv_points: {en: ["%DV point", "%DV points"], fr: ["point de % AJ", "points de % AJ"]},
  // French: « 0,34 point de pourcentage », singular below 2 (the French plural rule), « 2,5 points ».
  pct_points: {en: ["percentage point", "percentage points"], fr: ["point de pourcentage", "points de pourcentage"]}
};

/** The unit word for a number as printed by `kind` with `digits`, joined to it by a no-break space. */
function withUnit(text: string, value: number, kind: string, digits: number, unit: string, locale: Locale): string {
  const forms = UNITS[unit]?.[locale];
  if (forms === undefined) throw new Error(`unknown unit: ${unit}`);
  const significant = kind === "sig" || kind === "ssig";
  const rule = new Intl.PluralRules(locale === "fr" ? "fr-FR" : "en-US", {
    ...(significant
      ? {minimumSignificantDigits: digits, maximumSignificantDigits: digits}
      : {minimumFractionDigits: digits, maximumFractionDigits: digits})
  });
  const shown = value === 0 || (significant && Number(value.toPrecision(digits)) === 0) ? 0 : Math.abs(value);
  return `${text}\u00a0${rule.select(shown) === "one" ? forms[0] : forms[1]}`;
}

/**
 * Decimals for a share of [0, 1] that never print a bound it does not reach (0.996 → 3, 0.9996 → 4) and keep a
 * small share's first significant digit exact (0.006 → 0.006, not 0.01).
 */
function boundedDigits(value: number, digits: number): number {
  let shown = value > 0 && value < 10 ** -(digits - 1) ? digits + 1 : digits;
  // Six decimals end the search: a share closer to a bound than that is printed as the bound.
  while (
    shown < 6 &&
    ((value < 1 && Number(value.toFixed(shown)) >= 1) || (value > 0 && Number(value.toFixed(shown)) <= 0))
  )
    shown += 1;
  return shown;
}

const ORDINAL_SUFFIX: Record<string, string> = {one: "st", two: "nd", few: "rd", other: "th"};

/** A rank as an ordinal, for percentiles named as readers name them: "25th", "33rd"; « 25e », « 1er ». */
export function formatOrdinal(value: number, locale: Locale): string {
  const n = Math.round(value);
  if (locale === "fr") return n === 1 ? "1er" : `${formatNumber(n, locale, 0)}e`;
  const rule = new Intl.PluralRules("en-US", {type: "ordinal"}).select(n);
  return `${formatNumber(n, locale, 0)}${ORDINAL_SUFFIX[rule] ?? "th"}`;
}

/** A ratio with its sign ×: "1.07×" in English, « 1,07 × » (narrow no-break space) in French. */
export function formatTimes(value: number, locale: Locale, digits = 1): string {
  const text = formatNumber(value, locale, digits);
  return locale === "fr" ? `${text}\u202f×` : `${text}×`;
}

function formatValue(value: string | number | boolean, spec: string[], locale: Locale, template: string): string {
  const scale = spec.find((s) => s.startsWith("scale:"));
  if (scale !== undefined) {
    if (typeof value !== "number") throw new Error(`non-numeric value for {${spec.join("|")}} in: ${template}`);
    const factor = Number(scale.slice("scale:".length));
    if (!Number.isFinite(factor)) throw new Error(`invalid scale in {${spec.join("|")}} in: ${template}`);
    return formatValue(
      value * factor,
      spec.filter((s) => s !== scale),
      locale,
      template
    );
  }
  const unit = spec.find((s) => s.startsWith("unit:"))?.slice("unit:".length);
  if (unit !== undefined) {
    if (typeof value !== "number") throw new Error(`non-numeric value for {${spec.join("|")}} in: ${template}`);
    const rest = spec.filter((s) => !s.startsWith("unit:"));
    const kind = rest[0] ?? "";
    const digits = kind === "int" ? 0 : /^\d$/.test(kind) ? Number(kind) : rest[1] === undefined ? 1 : Number(rest[1]);
    return withUnit(formatValue(value, rest, locale, template), value, kind, digits, unit, locale);
  }
  // `label|tied`, `label|in|tied`: a list of tied keys says so where it is named ("winter and autumn (tied)"),
  // rather than in a later clause about "seasons named together"; a single key reads as itself.
  if (spec[0] === "label" && spec.at(-1) === "tied") {
    const named = formatValue(value, spec.slice(0, -1), locale, template);
    return String(value).includes(TIE_JOIN) ? `${named} ${locale === "fr" ? "(ex æquo)" : "(tied)"}` : named;
  }
  const [kind, arg] = spec;
  if (kind === undefined)
    return typeof value === "number" ? formatNumber(value, locale, Number.isInteger(value) ? 0 : 2) : String(value);
  if (kind === "label" && arg === "in") {
    const forms = String(value)
      .split(TIE_JOIN)
      .map((key) => LABELS_IN[key]?.[locale]);
    if (forms.some((form) => form === undefined))
      throw new Error(`no "in" form for {${spec.join("|")}} = ${String(value)} in: ${template}`);
    return listFormat(locale).format(forms as string[]);
  }
  // Keys tied at the printed precision come joined ("Winter+Autumn"): both are named, "winter and autumn".
  if (kind === "label") return labelList(String(value).split(TIE_JOIN), locale);
  if (kind === "date" || kind === "month") return formatCalendar(String(value), kind, locale);
  if (typeof value !== "number") throw new Error(`non-numeric value for {${spec.join("|")}} in: ${template}`);
  const digits = arg === undefined ? 1 : Number(arg);
  switch (kind) {
    case "int":
      return formatNumber(Math.round(value), locale, 0);
    case "ord":
      return formatOrdinal(value, locale);
    case "signed":
      return formatSigned(value, locale, digits);
    case "abs":
      return formatNumber(Math.abs(value), locale, digits);
    case "pct":
      return formatPercent(value, locale, digits);
    case "pp":
      return `${formatSigned(value, locale, digits)}\u00a0pp`;
    case "p":
      return formatP(value, locale);
    case "times":
      return formatTimes(value, locale, digits);
    case "bounded":
      return formatNumber(value, locale, boundedDigits(value, digits));
    case "sig":
      return formatSignificant(value, locale, digits);
    case "ssig":
      return value === 0 || Number(value.toPrecision(digits)) === 0
        ? formatSignificant(0, locale, digits)
        : `${value > 0 ? "+" : MINUS}${formatSignificant(Math.abs(value), locale, digits)}`;
    default:
      if (/^\d$/.test(kind)) return formatNumber(value, locale, Number(kind));
      throw new Error(`unknown format spec: ${kind}`);
  }
}

/**
 * Joins category keys that tie at the printed precision into one claim value ("Winter+Autumn"), which `label` and
 * `label|in` name as a list: "in winter and in autumn", « en hiver et en automne ». A claim never names one peak
 * where the printed numbers cannot tell two apart.
 */
export const TIE_JOIN = "+";

/** Whether two numbers print the same with a format spec (`pct|1`, `int`, `2`…): a reader cannot tell them apart. */
export function printsEqual(a: number, b: number, spec: string): boolean {
  const parts = spec.split("|");
  return formatValue(a, parts, "en", spec) === formatValue(b, parts, "en", spec);
}

/**
 * The keys of the items whose value prints the same as the highest (or lowest) value's, joined with {@link TIE_JOIN}
 * in the items' order: the claim value of a peak, a trough, the busiest or the quietest.
 */
export function extremeKeys<T>(
  items: readonly T[],
  value: (item: T) => number,
  key: (item: T) => string,
  spec: string,
  which: "highest" | "lowest"
): string {
  if (items.length === 0) throw new Error("invalid items: length 0");
  const values = items.map(value);
  const extreme = which === "highest" ? Math.max(...values) : Math.min(...values);
  return items
    .filter((_, i) => printsEqual(values[i]!, extreme, spec))
    .map(key)
    .join(TIE_JOIN);
}

/** A placeholder of a template: `{name|spec|spec}`. The one pattern every reader of templates uses. */
export const PLACEHOLDER = /\{([a-zA-Z0-9_]+)((?:\|[^}|]+)*)\}/g;

/** One placeholder of a template: its text, its value's name and its format spec ("{d|scale:100|pp|1}"). */
export interface Placeholder {
  text: string;
  name: string;
  spec: string[];
}

/** The placeholders of a template, in order, each with its name and spec. */
export function parsePlaceholders(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({
    text: m[0],
    name: m[1]!,
    spec: m[2] ? m[2].slice(1).split("|") : []
  }));
}

/** Placeholders of a template, e.g. ["slope", "p"]. */
export function placeholders(template: string): string[] {
  return parsePlaceholders(template).map((p) => p.name);
}

/**
 * Category keys (nutrients, seasons…) as a list in prose, each translated through LABELS and joined as the language
 * lists them, without a serial comma in English: "calories, fat and protein", « calories, lipides et protéines ».
 * Text modules build their lists of what an analysis covers with it from the analysis' own keys, never typed.
 */
export function labelList(
  keys: readonly string[],
  locale: Locale,
  type: "conjunction" | "disjunction" = "conjunction"
): string {
  return listFormat(locale, type).format(keys.map((k) => translateLabel(k, locale)));
}

/** The language's list of a few items, "and" or "or", without a serial comma in English. */
function listFormat(locale: Locale, type: "conjunction" | "disjunction" = "conjunction"): Intl.ListFormat {
  return new Intl.ListFormat(locale === "fr" ? "fr-FR" : "en-GB", {type});
}

/** The nutrients Food.com gives in percent of the daily value: all but the calories (given in kcal). */
export function percentDailyValue<T extends string>(nutrients: readonly T[]): T[] {
  return nutrients.filter((n) => n !== "calories");
}

/** An abbreviated unit a template can print: "pp" (percentage points) and "%DV" points (« % AJ » in French). */
export type Abbreviation = "pp" | "dv";

/**
 * The abbreviated units a template prints, read from its placeholders' specs (`pp|N`, `unit:dv_points`), not from the
 * words around them: a page quoting the sentence can define each one before it is read.
 */
export function templateAbbreviations(template: string): Abbreviation[] {
  const found = new Set<Abbreviation>();
  for (const {spec} of parsePlaceholders(template)) {
    // Anywhere in the spec: `{d|scale:100|pp|1}` prints "pp" as `{d|pp|1}` does.
    if (spec.includes("pp")) found.add("pp");
    if (spec.includes("unit:dv_points")) found.add("dv");
  }
  return [...found].sort();
}

/** Renders a template with a claim's values; a missing value is a bug and throws. */
export function renderTemplate(template: string, values: ClaimValues, locale: Locale): string {
  return template.replace(PLACEHOLDER, (_, name: string, specText: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing value {${name}} in: ${template}`);
    const spec = specText
      ? specText
          .slice(1)
          .split("|")
          .filter((s) => s !== COUNT_FLAG)
      : [];
    const shown = differenceOfPrinted(value, spec, values, template);
    return formatValue(
      shown,
      boundSpec(
        spec.filter((s) => !s.startsWith(DIFF_PREFIX)),
        values,
        template
      ),
      locale,
      template
    );
  });
}

/**
 * Marks a difference a template prints beside its two terms (`{gap|2|diff:highMean:lowMean}`: the value is
 * highMean − lowMean). The difference is then printed as the difference of the two terms as this template prints
 * them, so that "9.36 … 8.97: a gap of 0.39" adds up where the unrounded gap would print 0.38. The snapshot keeps
 * the exact difference; only its printing changes, by less than the terms' rounding (a larger change is a template
 * that names the wrong terms, and throws). A term the template does not print is read with the difference's spec.
 */
export const DIFF_PREFIX = "diff:";

/** The number a reader reads in a value printed with a spec (27.0% → 27, "+6.6 pp" → 6.6), and its decimals. */
export function printedNumber(value: ClaimValue, spec: string[], template: string): {number: number; decimals: number} {
  const text = formatValue(value, spec, "en", template);
  const match = /[-+\u2212]?[\d,]*\.?\d+/.exec(text);
  if (match === null) throw new Error(`{…|${spec.join("|")}} prints no number (${text}), in: ${template}`);
  const number = match[0].replaceAll(",", "").replace("\u2212", "-");
  return {number: Number(number), decimals: number.split(".")[1]?.length ?? 0};
}

/** How many times larger a spec prints a value than it is (a share as a percentage: 100). */
function printScale(spec: string[]): number {
  const scale = spec.find((s) => s.startsWith("scale:"));
  return (scale === undefined ? 1 : Number(scale.slice("scale:".length))) * (spec.includes("pct") ? 100 : 1);
}

/** A value marked `diff:a:b`, replaced by the difference of {a} and {b} as the template prints them. */
function differenceOfPrinted(value: ClaimValue, spec: string[], values: ClaimValues, template: string): ClaimValue {
  const diff = spec.find((s) => s.startsWith(DIFF_PREFIX));
  if (diff === undefined) return value;
  const names = diff.slice(DIFF_PREFIX.length).split(":");
  const own = spec.filter((s) => !s.startsWith(DIFF_PREFIX));
  if (typeof value !== "number" || names.length !== 2 || names.some((name) => typeof values[name] !== "number"))
    throw new Error(`{…|${diff}} needs a numeric value and two numeric terms, in: ${template}`);
  // A term the template does not print (a plain headline, whose detail line prints it) reads as the difference does.
  const [a, b] = names.map((name) => {
    const term = parsePlaceholders(template).find((p) => p.name === name);
    return printedNumber(values[name]!, term?.spec ?? own, template);
  });
  const shown = differenceAsPrinted(a!, b!, own);
  const scale = printScale(own);
  if (Math.abs(shown - value) * scale > 10 ** -Math.max(a!.decimals, b!.decimals) + 1e-9)
    throw new Error(`{…|${diff}}: ${value} is not ${names.join(" − ")} as printed (${shown}), in: ${template}`);
  return shown;
}

/** The value `spec` prints as the difference of two printed numbers, in their unit, rounded to their decimals. */
function differenceAsPrinted(
  a: {number: number; decimals: number},
  b: {number: number; decimals: number},
  spec: string[]
): number {
  // 8.83 − 8.71 is 0.12, never 0.1199999.
  return Number((a.number - b.number).toFixed(Math.max(a.decimals, b.decimals))) / printScale(spec);
}

/**
 * The difference a − b as it reads when a, b and the difference are all printed with `spec` (a KPI tile beside a
 * sentence that prints the two terms): 9.357 − 8.973 with "2" is 0.39, the gap of 9.36 and 8.97, not 0.38.
 */
export function printedDifference(a: number, b: number, spec: string): number {
  const parts = spec.split("|");
  return differenceAsPrinted(printedNumber(a, parts, spec), printedNumber(b, parts, spec), parts);
}

/**
 * An interval's bound printed with its estimate's decimals: `{lower|ssig|2|as:change}` prints the bound with as many
 * decimals as `{change|ssig|2}` shows (−10 → none, −9.9 → one), signed, so that "−10 (interval −11 to −9.9)" — an
 * estimate with fewer digits than its bounds — cannot be printed. Other specs pass through unchanged.
 */
function boundSpec(spec: string[], values: ClaimValues, template: string): string[] {
  const as = spec.find((s) => s.startsWith("as:"));
  if (as === undefined) return spec;
  const raw = values[as.slice("as:".length)];
  // as: may stand anywhere: read the format from the spec without it ({l|ssig|as:c} is {l|ssig|as:c} with one digit).
  const bare = spec.filter((s) => s !== as);
  // A leading scale (per year → per decade) applies to the estimate as to the bound.
  const scale = bare[0]?.startsWith("scale:") ? bare[0] : undefined;
  const [kind, second] = scale === undefined ? bare : bare.slice(1);
  // Digits are optional: {l|ssig|unit:stars|as:c} has one, like {c|ssig|unit:stars}.
  const arg = second !== undefined && /^\d+$/.test(second) ? second : undefined;
  if (typeof raw !== "number" || (kind !== "ssig" && kind !== "sig"))
    throw new Error(`{…|${spec.join("|")}} needs a numeric estimate and a sig or ssig spec, in: ${template}`);
  const estimate = scale === undefined ? raw : raw * Number(scale.slice("scale:".length));
  const digits = arg === undefined ? 1 : Number(arg);
  const magnitude = estimate === 0 ? 0 : Math.floor(Math.log10(Math.abs(Number(estimate.toPrecision(digits)))));
  const decimals = String(Math.max(0, digits - 1 - magnitude));
  const rest = bare.slice((scale === undefined ? 1 : 2) + (arg === undefined ? 0 : 1));
  return [...(scale === undefined ? [] : [scale]), ...(kind === "ssig" ? ["signed", decimals] : [decimals]), ...rest];
}

/**
 * Prefix of a headline's plain-words template: `plain.<claim id>` states the finding a reader can repeat, and the
 * claim's own template (with its statistics) follows it as a second line. Optional per claim id.
 */
export const PLAIN_PREFIX = "plain.";

/** A headline in plain words, with its statistics as a detail line when the text module has a plain template. */
export function renderHeadline(text: TextModule, c: Claim, locale: Locale): {headline: string; detail?: string} {
  const full = renderClaim(text, c, locale);
  const strings = text[locale];
  const plainTie = isTied(c) ? strings[`${PLAIN_PREFIX}${c.id}${TIE_SUFFIX}`] : undefined;
  const plain = plainTie ?? strings[`${PLAIN_PREFIX}${c.id}`];
  return plain === undefined ? {headline: full} : {headline: renderTemplate(plain, c.values, locale), detail: full};
}

/**
 * Suffix of a claim's variant for a count of one (`passing.some#one`): a sentence whose subject is counted agrees
 * with it ("1 of the 125 ingredients appears", « 1 des 125 ingrédients apparaît »). The variant is used when the
 * claim's `count` value is "one" by the reader's language's plural rule, and falls back to the claim's template.
 */
export const ONE_SUFFIX = "#one";

/**
 * Marks the value a counted sentence agrees with (`{passing|int|count}`): What's new words values archived before
 * claims carried their `count` by it. Named, never guessed from its place: French puts the whole first (« Sur les
 * {tested|int} …, {passing|int|count} apparaît »). Prints nothing of its own.
 */
export const COUNT_FLAG = "count";

/**
 * Suffix of a claim's variant for a count that is the whole (`significant_count#all`): "all 6 nutrients differ"
 * reads better than "6 of the 6". Used when the claim's `count` equals its `countOf` and is more than one.
 */
export const ALL_SUFFIX = "#all";

/**
 * Suffix of a claim's variant for keys tied at the printed precision (`busiest_day#tie`): used when one of the claim's
 * values joins tied keys with {@link TIE_JOIN}, so that "Friday, Saturday and Sunday tie as the quietest days" is
 * said instead of naming one of them, or agreeing a singular verb with three.
 */
export const TIE_SUFFIX = "#tie";

/** Whether one of a claim's values joins keys tied at the printed precision. */
function isTied(c: Claim): boolean {
  return Object.values(c.values).some((v) => typeof v === "string" && v.includes(TIE_JOIN));
}

/** The claim-variant suffixes a text module may hold beside a claim id. */
export const VARIANT_SUFFIXES = [ONE_SUFFIX, ALL_SUFFIX, TIE_SUFFIX] as const;

/**
 * The template of a claim in a language: its {@link ALL_SUFFIX} or {@link ONE_SUFFIX} variant when its count asks for
 * it. Exported for "What's new", which must word a claim as its analysis page does (« 1 des 125 ingrédients apparaît »).
 */
export function claimTemplate(text: TextModule, c: Claim, locale: Locale): string | undefined {
  const {count, countOf} = c.values;
  const strings = text[locale];
  if (isTied(c) && strings[`${c.id}${TIE_SUFFIX}`] !== undefined) return strings[`${c.id}${TIE_SUFFIX}`];
  if (typeof count === "number" && count > 1 && count === countOf && strings[`${c.id}${ALL_SUFFIX}`] !== undefined)
    return strings[`${c.id}${ALL_SUFFIX}`];
  if (typeof count === "number" && new Intl.PluralRules(locale === "fr" ? "fr-FR" : "en-US").select(count) === "one")
    return strings[`${c.id}${ONE_SUFFIX}`] ?? strings[c.id];
  return strings[c.id];
}

/** Renders a claim with its analysis' text module. */
export function renderClaim(text: TextModule, c: Claim, locale: Locale): string {
  const template = claimTemplate(text, c, locale);
  if (template === undefined) throw new Error(`no ${locale} template for claim ${c.id}`);
  return renderTemplate(template, c.values, locale);
}

/** The labels of an effect size on Cohen's scales (keys of LABELS). */
export const EFFECT_LABELS = ["negligible", "small", "medium", "large"] as const;

/**
 * The yardstick every printed effect-size label names beside it ("negligible by Cohen's benchmarks (w = 0.059)"):
 * alone, "negligible" reads as a plain claim about size, which it is not.
 */
export const EFFECT_YARDSTICK: Record<Locale, string> = {
  en: "by Cohen's benchmarks",
  fr: "selon les repères de Cohen"
};

/** Effect size label for Cohen's d (0.2 / 0.5 / 0.8 thresholds). */
export function cohenLabel(d: number): "negligible" | "small" | "medium" | "large" {
  const a = Math.abs(d);
  return a < 0.2 ? "negligible" : a < 0.5 ? "small" : a < 0.8 ? "medium" : "large";
}

/** Effect size label for eta², epsilon² or omega² (0.01 / 0.06 / 0.14 thresholds, Cohen 1988). */
export function varianceExplainedLabel(eta2: number): "negligible" | "small" | "medium" | "large" {
  return eta2 < 0.01 ? "negligible" : eta2 < 0.06 ? "small" : eta2 < 0.14 ? "medium" : "large";
}

/**
 * Cohen's thresholds for phi, Cramér's V with one degree of freedom and w: where a small, a medium and a large effect
 * start. Exported so that a claim calling an effect "negligible" can quote the scale beside it.
 */
export const PHI_BANDS = {small: 0.1, medium: 0.3, large: 0.5} as const;

/** Effect size label for phi or Cramér's V with one degree of freedom ({@link PHI_BANDS}). */
export function phiLabel(phi: number): "negligible" | "small" | "medium" | "large" {
  const a = Math.abs(phi);
  return a < PHI_BANDS.small ? "negligible" : a < PHI_BANDS.medium ? "small" : a < PHI_BANDS.large ? "medium" : "large";
}
