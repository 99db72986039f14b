/**
 * Checks a text module against its analysis' conventions, so each analysis test can assert `[]`: both languages have
 * the same keys; the keys are the fixed ones (title, lede, method, kpi.*, axis.*, figure.*.caption/description) plus
 * exactly the claim ids the step can emit; no digit is typed into a template; and every template renders with the
 * values a snapshot gives it (labels with params + headline values, claims with their own values).
 */
import type {ClaimValues, Narrative, TextModule} from "../../pipeline/narrative.js";
import {LOCALES, renderClaim, renderTemplate} from "../../pipeline/narrative.js";

const FIXED_KEY =
  /^(title|lede|method|kpi\.[A-Za-z0-9_]+|axis\.[A-Za-z0-9_]+|figure\.[A-Za-z0-9_]+\.(caption|description))$/;

/** The parts of a snapshot its text is rendered with. */
export interface RenderedSnapshot {
  params: ClaimValues;
  narrative: Narrative;
}

/** Problems of `text` for an analysis whose step can emit `claimIds`, rendered with `snapshots`; [] when sound. */
export function textProblems(
  text: TextModule,
  claimIds: readonly string[],
  snapshots: readonly RenderedSnapshot[]
): string[] {
  const problems: string[] = [];
  const en = Object.keys(text.en).sort();
  const fr = Object.keys(text.fr).sort();
  if (en.join("\n") !== fr.join("\n")) problems.push(`keys differ: en [${en}] vs fr [${fr}]`);
  for (const key of en) {
    if (!FIXED_KEY.test(key) && !claimIds.includes(key)) problems.push(`unexpected key: ${key}`);
  }
  for (const id of claimIds) {
    if (!(id in text.en) || !(id in text.fr)) problems.push(`no template for claim ${id}`);
  }
  for (const locale of LOCALES) {
    for (const [key, template] of Object.entries(text[locale])) {
      if (/\d/.test(template.replace(/\{[^}]*\}/g, ""))) problems.push(`${locale} ${key}: a number is typed into text`);
    }
  }
  for (const snapshot of snapshots) {
    const labelValues = {...snapshot.params, ...snapshot.narrative.headline.values};
    for (const locale of LOCALES) {
      for (const [key, template] of Object.entries(text[locale])) {
        if (!FIXED_KEY.test(key)) continue;
        try {
          renderTemplate(template, labelValues, locale);
        } catch (error) {
          problems.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
      for (const c of [snapshot.narrative.headline, ...snapshot.narrative.claims]) {
        if (!claimIds.includes(c.id)) problems.push(`claim ${c.id} is not among the declared ids`);
        try {
          renderClaim(text, c, locale);
        } catch (error) {
          problems.push(`${locale} ${c.id}: ${(error as Error).message}`);
        }
      }
    }
  }
  return problems;
}
