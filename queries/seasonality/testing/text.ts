/**
 * Test support (not part of the pipeline: the folder is neither an analysis nor a `_` helper): checks a text module
 * against a snapshot and the list of claim ids its step can emit.
 */
import {expect} from "vitest";

import type {ClaimValues, Narrative, TextModule} from "../../../pipeline/narrative.js";
import {LOCALES, placeholders, renderClaim, renderTemplate} from "../../../pipeline/narrative.js";

const STRUCTURAL =
  /^(title|lede|method|kpi\.[A-Za-z0-9_]+|axis\.[A-Za-z0-9_]+|figure\.[A-Za-z0-9_]+\.(caption|description))$/;

/**
 * Asserts that: both languages have the same keys; the non-structural keys are exactly the claim ids; no template
 * types a digit outside its placeholders; structural templates render with params + headline values; and every
 * claim of the snapshot is a known id that renders in both languages.
 */
export function expectTextMatches(
  text: TextModule,
  snapshot: {params: ClaimValues; narrative: Narrative},
  claimIds: readonly string[]
): void {
  expect(Object.keys(text.fr).sort()).toEqual(Object.keys(text.en).sort());
  const claimKeys = Object.keys(text.en).filter((key) => !STRUCTURAL.test(key));
  expect(claimKeys.sort()).toEqual([...claimIds].sort());
  for (const key of ["title", "lede", "method"]) expect(text.en[key], key).toBeTypeOf("string");
  const context = {...snapshot.params, ...snapshot.narrative.headline.values};
  for (const locale of LOCALES) {
    for (const [key, template] of Object.entries(text[locale])) {
      const bare = template.replace(/\{[^}]*\}/g, "");
      expect(/\d/.test(bare), `${locale} ${key} types a number: ${template}`).toBe(false);
      if (STRUCTURAL.test(key)) {
        for (const name of placeholders(template)) expect(context, `${locale} ${key}: {${name}}`).toHaveProperty(name);
        renderTemplate(template, context, locale);
      }
    }
    for (const c of [snapshot.narrative.headline, ...snapshot.narrative.claims]) {
      expect(claimIds).toContain(c.id);
      expect(renderClaim(text, c, locale)).not.toMatch(/[{}]/);
    }
  }
}
