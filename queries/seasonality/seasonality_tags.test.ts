import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim, renderHeadline} from "../../pipeline/narrative.js";
import {runAnalysis} from "../../test/analysis.js";
import type {SeasonalityIngredients} from "./seasonality_ingredients.schema.js";
import type {SeasonalityTags} from "./seasonality_tags.schema.js";
import {CLAIM_IDS} from "./_items.step.js";
import {text} from "./seasonality_tags.text.js";
import {build, COUNTS, expected, fixtureSql} from "./testing/items.js";

// The method itself is tested in seasonality_ingredients.test.ts; this checks that the tags analysis reads tags.
describe("seasonality_tags", () => {
  it("runs the same method on tags, not ingredients", async () => {
    const fixture = build(COUNTS);
    const t = await runAnalysis<SeasonalityTags>("seasonality_tags", {recipesSql: fixtureSql(fixture, "tags")});
    // Salt (every recipe) and flour (half of them) are structural tags for the one year of the fixture: left out.
    expect(t.distinctItems).toBe(28);
    expect(t.items.map((i) => i.item)).toEqual(
      expected(fixture)
        .kept.slice(0, 20)
        .map((x) => x.item)
    );
    // The ingredients analysis of the same recipes sees only the default ingredient, salt, everywhere.
    const i = await runAnalysis<SeasonalityIngredients>("seasonality_ingredients", {
      recipesSql: fixtureSql(fixture, "tags")
    });
    expect([i.distinctItems, i.keptItems]).toEqual([1, 0]);
    // Its headline, the same claim the tags analysis makes when no tag is kept, in the tags' words: in plain words
    // and agreeing with the feminine « étiquette », the thresholds themselves on the line below.
    expect(i.narrative.headline.id).toBe("most_seasonal.none");
    const none = {
      en: renderHeadline(text, i.narrative.headline, "en"),
      fr: renderHeadline(text, i.narrative.headline, "fr")
    };
    expect(none.en.headline).toBe("No tag passes both thresholds for being shown.");
    expect(none.fr.headline).toBe("Aucune étiquette n'atteint les deux seuils pour être affichée.");
    expect(none.fr.detail).toBe(renderClaim(text, i.narrative.headline, "fr"));
    expect(textProblems(text, CLAIM_IDS, [t])).toEqual([]);
  });
});
