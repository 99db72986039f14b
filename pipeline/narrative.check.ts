/**
 * Checks of a text module (`queries/<page>/<name>.text.ts`) for the analysis tests and the site's i18n test. Each
 * returns its problems as sentences, so a test asserts `[]` and a failure lists every gap at once. A text module is
 * sound when:
 * - both languages have the same keys, each with the same placeholders and specs;
 * - title, lede and method are written, and no template types a digit outside its placeholders;
 * - every key is a fixed key (rendered with the snapshot's params and the headline's values) or a claim id the
 *   step can emit, and every such claim has a template in both languages;
 * - on every snapshot given, each fixed key renders, and each claim is a declared id that renders, leaving no brace.
 */
import type {Claim, ClaimValues, Locale, Narrative, TextModule} from "./narrative.js";
import {
  claimTemplate,
  COUNT_FLAG,
  EFFECT_LABELS,
  EFFECT_YARDSTICK,
  LOCALES,
  ONE_SUFFIX,
  parsePlaceholders,
  PLAIN_PREFIX,
  placeholders,
  renderClaim,
  renderHeadline,
  TIE_SUFFIX,
  renderTemplate,
  VARIANT_SUFFIXES
} from "./narrative.js";

/** The parts of a snapshot its text is rendered with. */
export interface NarratedSnapshot {
  params: ClaimValues;
  narrative: Narrative;
}

/** What a page's text may hold beyond the fixed keys every page has. */
export interface TextRules {
  /** The name in `kpi.<name>`, `axis.<name>` and `figure.<name>.caption`; letters, digits and "_" by default. */
  keyName?: RegExp;
  /** More fixed keys, e.g. `/legend\.[A-Za-z0-9_]+/` for the chart legends of the ratings page. */
  extraKeys?: readonly RegExp[];
  /**
   * Values a figure renders some fixed keys with besides the snapshot's (`ctx.text(key, values)`: the ratings' zoom
   * note, whose span the drawing's ticks decide), one of each name with its type: the check renders every fixed key
   * with them too, as the site does.
   */
  drawnValues?: ClaimValues;
}

const REQUIRED_KEYS = ["title", "lede", "method"];

/** Matches the fixed keys of a page: the common ones, with the page's key names, and the page's extra keys. */
function fixedKeyPattern({keyName = /[A-Za-z0-9_]+/, extraKeys = []}: TextRules): RegExp {
  const name = `(?:${keyName.source})`;
  const keys = [
    ...REQUIRED_KEYS,
    `kpi\\.${name}`,
    `axis\\.${name}`,
    `figure\\.${name}\\.(?:caption|description)`,
    ...extraKeys.map((pattern) => `(?:${pattern.source})`)
  ];
  return new RegExp(`^(?:${keys.join("|")})$`);
}

/** A template's placeholders with their format specs, sorted: "{p|p} {n|int}" → ["n|int", "p|p"]. */
export function placeholderSpecs(template: string): string[] {
  return parsePlaceholders(template)
    .map(({name, spec}) => [name, ...spec].join("|"))
    .sort();
}

/**
 * Keys one language lacks, and keys whose placeholders differ between the languages (a French sentence that
 * quotes another figure, or the same figure with other decimals, says something else).
 */
export function bilingualProblems(strings: TextModule): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(strings.en)) if (!(key in strings.fr)) problems.push(`${key}: missing in fr`);
  for (const key of Object.keys(strings.fr)) if (!(key in strings.en)) problems.push(`${key}: missing in en`);
  for (const key of Object.keys(strings.en).filter((k) => k in strings.fr)) {
    const [en, fr] = [placeholderSpecs(strings.en[key]!), placeholderSpecs(strings.fr[key]!)];
    if (en.join() !== fr.join()) problems.push(`${key}: placeholders differ (${en} vs ${fr})`);
  }
  return problems;
}

/** Problems a text module shows on its own, without its step or a snapshot. */
export function formProblems(text: TextModule): string[] {
  const problems = bilingualProblems(text);
  for (const locale of LOCALES) {
    for (const key of REQUIRED_KEYS) if (!text[locale][key]) problems.push(`${locale} ${key}: missing or empty`);
    for (const [key, template] of Object.entries(text[locale])) {
      // Figures belong in values, formatted per locale: strip the placeholders, then no digit may remain.
      if (/\d/.test(template.replace(/\{[^}]*\}/g, ""))) problems.push(`${locale} ${key}: types a number`);
    }
    // A sentence with a count-of-one variant names the value it agrees with at most once, the same in the sentence
    // and the variant (none when the claim carries a `count` the sentence does not print: "among the largest rises").
    for (const key of Object.keys(text[locale]).filter((k) => k.endsWith(ONE_SUFFIX))) {
      const base = key.slice(0, -ONE_SUFFIX.length);
      const marked = (k: string) =>
        parsePlaceholders(text[locale][k] ?? "")
          .filter(({spec}) => spec.includes(COUNT_FLAG))
          .map(({name}) => name);
      const [inBase, inVariant] = [marked(base), marked(key)];
      if (inBase.length > 1) problems.push(`${locale} ${base}: marks ${inBase.length} values |${COUNT_FLAG}`);
      if (inBase.join() !== inVariant.join())
        problems.push(`${locale} ${base}: its ${ONE_SUFFIX} variant counts another value (${inVariant} vs ${inBase})`);
    }
  }
  return problems;
}

/**
 * The values of a claim that none of its templates (its own, its variants and its plain headline, in either language)
 * prints: a value published for no sentence, which readers of the snapshot would take for one the text states.
 * `count` and `countOf` choose a variant and are read by the renderer itself.
 */
export function unreadValues(text: TextModule, c: Claim): string[] {
  const keys = [c.id, ...VARIANT_SUFFIXES.map((suffix) => `${c.id}${suffix}`), `${PLAIN_PREFIX}${c.id}`];
  const read = new Set(
    LOCALES.flatMap((locale) => keys.flatMap((key) => placeholders(text[locale][key] ?? ""))).concat([
      "count",
      "countOf"
    ])
  );
  return Object.keys(c.values).filter((name) => !read.has(name));
}

/** Renders a template, reporting a throw or an unreplaced brace (a malformed placeholder) as a problem. */
function renderProblem(render: () => string, where: string): string | undefined {
  try {
    const rendered = render();
    return /[{}]/.test(rendered) ? `${where}: leaves a brace in "${rendered}"` : undefined;
  } catch (error) {
    return `${where}: ${(error as Error).message}`;
  }
}

/**
 * Every problem of the text module of an analysis whose step can emit `claimIds`, rendered with `snapshots` (the
 * step's outputs on the test's fixtures); [] when the module is sound. Repeated problems are listed once.
 */
export function textProblems(
  text: TextModule,
  claimIds: readonly string[],
  snapshots: readonly NarratedSnapshot[],
  rules: TextRules = {}
): string[] {
  const fixedKey = fixedKeyPattern(rules);
  // A fixed key may have a variant for a count of one (a figure's caption over one bar), chosen by the site's renderer
  // with the `count` of the values it renders fixed keys with.
  const isFixed = (key: string) => fixedKey.test(key.endsWith(ONE_SUFFIX) ? key.slice(0, -ONE_SUFFIX.length) : key);
  const problems = formProblems(text);
  for (const key of Object.keys(text.en)) {
    const plainOf = key.startsWith(PLAIN_PREFIX)
      ? key.slice(PLAIN_PREFIX.length).replace(new RegExp(`${TIE_SUFFIX}$`), "")
      : undefined;
    if (plainOf !== undefined) {
      if (!claimIds.includes(plainOf)) problems.push(`${key}: a plain headline for an undeclared claim ${plainOf}`);
      continue;
    }
    const suffix = VARIANT_SUFFIXES.find((s) => key.endsWith(s));
    const claimId = suffix ? key.slice(0, -suffix.length) : key;
    if (!isFixed(key) && !claimIds.includes(claimId)) problems.push(`${key}: neither a fixed key nor a claim id`);
  }
  for (const id of claimIds) {
    for (const locale of LOCALES) if (!(id in text[locale])) problems.push(`${locale}: no template for claim ${id}`);
  }
  for (const snapshot of snapshots) {
    // The site renders fixed keys with the params and the headline's values, and each claim with its own.
    const fixedValues = {...rules.drawnValues, ...snapshot.params, ...snapshot.narrative.headline.values};
    const claims = [snapshot.narrative.headline, ...snapshot.narrative.claims];
    for (const c of claims) if (!claimIds.includes(c.id)) problems.push(`claim ${c.id} is not declared`);
    for (const locale of LOCALES) {
      for (const [key, template] of Object.entries(text[locale])) {
        if (!isFixed(key)) continue;
        const problem = renderProblem(() => renderTemplate(template, fixedValues, locale), `${locale} ${key}`);
        if (problem) problems.push(problem);
      }
      for (const c of claims) {
        const problem = renderProblem(() => renderClaim(text, c, locale), `${locale} ${c.id}`);
        if (problem) problems.push(problem);
        // The variants for a count of one or for all render with the same values, whatever count this snapshot holds.
        for (const suffix of VARIANT_SUFFIXES) {
          const variant = text[locale][`${c.id}${suffix}`];
          if (variant === undefined) continue;
          const where = `${locale} ${c.id}${suffix}`;
          const variantProblem = renderProblem(() => renderTemplate(variant, c.values, locale), where);
          if (variantProblem) problems.push(variantProblem);
        }
      }
      for (const suffix of ["", TIE_SUFFIX]) {
        const plain = text[locale][`${PLAIN_PREFIX}${snapshot.narrative.headline.id}${suffix}`];
        if (plain === undefined) continue;
        const headline = snapshot.narrative.headline;
        const problem = renderProblem(
          () => renderTemplate(plain, headline.values, locale),
          `${locale} ${PLAIN_PREFIX}${headline.id}${suffix}`
        );
        if (problem) problems.push(problem);
      }
    }
  }
  return [...new Set(problems)];
}

/** Effect-size words typed into a template rather than printed from a label value. */
const TYPED_EFFECT_WORD = /negligib|négligeab/i;

/**
 * Words for a spread equal across days or seasons. Every volume comparison here is against the calendar (each
 * season or weekday in proportion to its days), so they misname it; only a claim about that other test may use them.
 */
const EVEN_SPREAD = /even spread|spread evenly|répartition (?:égale|uniforme)|répartissent (?:pas )?uniformément/i;

/** Whether a template prints one of the claim's effect-size labels (`{effect|label}` with "negligible"…). */
function printsEffectLabel(template: string | undefined, values: ClaimValues): boolean {
  return parsePlaceholders(template ?? "").some(
    ({name, spec}) => spec.includes("label") && (EFFECT_LABELS as readonly unknown[]).includes(values[name])
  );
}

/**
 * The problems of a narrative's words about effect sizes in one language, as the site renders them: a plain
 * headline states a size in the reader's units and never judges it with an effect-size label ("negligible" reads as
 * a claim about size a reader can check); wherever a label is printed (a detail line, a claim) it names its
 * yardstick ({@link EFFECT_YARDSTICK}); and no sentence calls a comparison with the calendar an even spread.
 */
export function effectWordProblems(text: TextModule, narrative: Narrative, locale: Locale): string[] {
  const problems: string[] = [];
  const {headline} = narrative;
  const rendered = renderHeadline(text, headline, locale);
  const plainKeys = [`${PLAIN_PREFIX}${headline.id}`, `${PLAIN_PREFIX}${headline.id}${TIE_SUFFIX}`];
  const headlineTemplates =
    rendered.detail === undefined
      ? [claimTemplate(text, headline, locale)]
      : plainKeys.map((key) => text[locale][key]).filter((t) => t !== undefined);
  if (headlineTemplates.some((t) => printsEffectLabel(t, headline.values)) || TYPED_EFFECT_WORD.test(rendered.headline))
    problems.push(`${locale} headline ${headline.id}: judges a size by an effect-size label: "${rendered.headline}"`);
  if (EVEN_SPREAD.test(rendered.headline))
    problems.push(`${locale} headline ${headline.id}: calls a comparison with the calendar an even spread`);
  // The detail line is the headline claim's own template; the headline without a plain line was checked above.
  const supporting = rendered.detail === undefined ? narrative.claims : [headline, ...narrative.claims];
  for (const c of supporting) {
    const sentence = renderClaim(text, c, locale);
    const labelled = printsEffectLabel(claimTemplate(text, c, locale), c.values) || TYPED_EFFECT_WORD.test(sentence);
    if (labelled && !sentence.includes(EFFECT_YARDSTICK[locale]))
      problems.push(`${locale} ${c.id}: an effect-size label without its yardstick: "${sentence}"`);
    if (!c.id.startsWith("uniform") && EVEN_SPREAD.test(sentence))
      problems.push(`${locale} ${c.id}: calls a comparison with the calendar an even spread`);
  }
  return problems;
}
