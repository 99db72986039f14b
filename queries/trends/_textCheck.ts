/**
 * A completeness check of a trends text module against its step and a snapshot, used by the page's tests: both
 * languages have the same keys, every key is a fixed text key or a claim the step can emit, every claim has a
 * template, every template renders with the values it will get, and no template types a number.
 */
import type {Narrative, TextModule} from "../../pipeline/narrative.js";
import {LOCALES, renderClaim, renderTemplate} from "../../pipeline/narrative.js";

/** Keys rendered with the snapshot's params merged with the headline's values, not with a claim's. */
export const FIXED_KEY =
  /^(title|lede|method|kpi\.[a-z0-9_]+|axis\.[a-z0-9_]+|figure\.[a-z0-9_]+\.(caption|description))$/;

/** The parts of a snapshot the text is rendered with. */
export interface NarratedSnapshot {
  params: Record<string, string | number | boolean>;
  narrative: Narrative;
}

/** Problems found, one sentence each; an empty list means the text module is complete and renders. */
export function textProblems(text: TextModule, claimIds: readonly string[], snapshot: NarratedSnapshot): string[] {
  const problems: string[] = [];
  const en = Object.keys(text.en).sort();
  const fr = Object.keys(text.fr).sort();
  if (en.join("\n") !== fr.join("\n")) problems.push(`en and fr keys differ: ${en.join(",")} vs ${fr.join(",")}`);
  for (const key of ["title", "lede", "method"]) if (!(key in text.en)) problems.push(`missing ${key}`);
  for (const key of en) {
    if (!FIXED_KEY.test(key) && !claimIds.includes(key)) problems.push(`unused key ${key}`);
  }
  for (const id of claimIds) if (!(id in text.en)) problems.push(`no template for claim ${id}`);
  for (const locale of LOCALES) {
    for (const [key, template] of Object.entries(text[locale])) {
      // Numbers belong in values: strip the placeholders, then no digit may remain.
      if (/\d/.test(template.replace(/\{[^}]*\}/g, ""))) problems.push(`${locale} ${key} types a number`);
      if (!FIXED_KEY.test(key)) continue;
      try {
        renderTemplate(template, {...snapshot.params, ...snapshot.narrative.headline.values}, locale);
      } catch (error) {
        problems.push(`${locale} ${key}: ${(error as Error).message}`);
      }
    }
    for (const c of [snapshot.narrative.headline, ...snapshot.narrative.claims]) {
      if (!claimIds.includes(c.id)) problems.push(`claim ${c.id} is not declared`);
      try {
        renderClaim(text, c, locale);
      } catch (error) {
        problems.push(`${locale} ${c.id}: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}
