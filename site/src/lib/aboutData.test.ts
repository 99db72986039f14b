import {describe, expect, it} from "vitest";

import type {DataProvenance} from "../../../pipeline/manifest.js";
import {periodStatement, tagline} from "./aboutData.js";
import type {SiteContext} from "./site.js";

/** A site context with only what the two sentences read: what the data is and the days it spans. */
function context(data: DataProvenance): SiteContext {
  return {
    provenance: {data},
    period: {
      firstYear: "1999",
      lastYear: "2018",
      firstRecipe: "1999-08-06",
      lastRecipe: "2018-12-04",
      firstRating: "2000-01-25",
      lastRating: "2018-12-20"
    }
  } as unknown as SiteContext;
}

describe("what the site says about its data", () => {
  it("calls generated data generated in its tagline, and only real data Food.com's", () => {
    const generated = context({kind: "generated", seed: 1, scale: 1} as DataProvenance);
    const real = context({kind: "local"} as DataProvenance);
    expect(tagline("en", generated)).toBe("A careful look at generated recipes and ratings in the Food.com format");
    expect(tagline("fr", generated)).toBe(
      "Un regard attentif sur des recettes et des notes générées au format Food.com"
    );
    expect(tagline("en", real)).toBe("A careful look at Food.com's recipes and ratings from 1999 to 2018");
    expect(tagline("fr", real)).toBe("Un regard attentif sur les recettes et les notes de Food.com de 1999 à 2018");
  });

  it("states the period with the days in words", () => {
    const c = context({kind: "local"} as DataProvenance);
    expect(periodStatement("en", c)).toBe(
      "Recipes posted from August 6, 1999 to December 4, 2018; ratings given from January 25, 2000 to December 20, 2018."
    );
    expect(periodStatement("fr", c)).toBe(
      "Recettes publiées du 6\u00a0août 1999 au 4\u00a0décembre 2018\u202f; notes attribuées du 25\u00a0janvier 2000 au 20\u00a0décembre 2018."
    );
  });
});
