import anova1 from "@stdlib/stats-anova1";
import kruskalTest from "@stdlib/stats-kruskal-test";
import {describe, expect, it} from "vitest";

import {textProblems, unreadValues} from "../../pipeline/narrative.check.js";
import {renderClaim, renderHeadline} from "../../pipeline/narrative.js";
import {quantile, tieTerm} from "../../pipeline/stats/index.js";
import {expectAllClose, expectClose} from "../../pipeline/stats/testing/close.js";
import {interactionsSql, runAnalysis} from "../../test/analysis.js";
import type {Season} from "./_seasons.js";
import {SEASONS} from "./_seasons.js";
import type {InteractionRow, StarCounts} from "./testing/ratings.js";
import {claimIds, expand, RATINGS_TEXT} from "./testing/ratings.js";
import type {RatingsSeasonal} from "./ratings_seasonal.schema.js";
import {text} from "./ratings_seasonal.text.js";

type Fixture = Record<Season, StarCounts>;

/** A month of 2020 in each season. */
const MONTH: Record<Season, string> = {Winter: "2020-01", Spring: "2020-04", Summer: "2020-07", Autumn: "2020-10"};

/** One rating per user, on days 1–28 of the season's month. */
function seasonRows(fixture: Fixture): InteractionRow[] {
  let user = 0;
  return SEASONS.flatMap((season) =>
    expand(fixture[season]).map((rating, i): InteractionRow => {
      user++;
      return [user, (i % 5) + 1, `${MONTH[season]}-${String((i % 28) + 1).padStart(2, "0")}`, rating];
    })
  );
}

/** 4,000 ratings, seasonal means 4.465–4.615: significant, yet the season explains a sliver of the variance. */
const NEGLIGIBLE: Fixture = {
  Winter: [30, 20, 50, 200, 700],
  Spring: [20, 15, 40, 180, 745],
  Summer: [25, 18, 45, 190, 722],
  Autumn: [35, 25, 55, 210, 675]
};

/** 200 ratings with a flat winter and a five-star summer: a large effect. */
const LARGE: Fixture = {
  Winter: [10, 10, 10, 10, 10],
  Spring: [2, 3, 5, 10, 30],
  Summer: [0, 0, 5, 10, 35],
  Autumn: [5, 5, 10, 15, 15]
};

/** 27 ratings, no real difference; spring has two ratings (4 and 5) and autumn a single one. */
const NONE: Fixture = {
  Winter: [1, 1, 2, 3, 5],
  Spring: [0, 0, 0, 1, 1],
  Summer: [1, 0, 2, 4, 5],
  Autumn: [0, 0, 0, 0, 1]
};

/**
 * 800 ratings: winter and spring rated alike (the best, with the most five-star ratings), summer lower, autumn lowest
 * with the most ratings of two stars or fewer; a large effect.
 */
const TIED: Fixture = {
  Winter: [0, 0, 10, 40, 150],
  Spring: [0, 0, 10, 40, 150],
  Summer: [20, 20, 40, 60, 60],
  Autumn: [40, 30, 40, 50, 40]
};

const cache = new Map<Fixture, Promise<RatingsSeasonal>>();
function run(fixture: Fixture): Promise<RatingsSeasonal> {
  if (!cache.has(fixture)) {
    const sql = interactionsSql(seasonRows(fixture));
    cache.set(fixture, runAnalysis<RatingsSeasonal>("ratings_seasonal", {interactionsSql: sql}));
  }
  return cache.get(fixture)!;
}

/** The snapshots the tests produced: the text must render them all, and template exactly the claims they make. */
const recorded: RatingsSeasonal[] = [];
function record(snapshot: RatingsSeasonal): string[] {
  recorded.push(snapshot);
  return claimIds(snapshot.narrative);
}

describe("ratings_seasonal", () => {
  it("computes Kruskal–Wallis from SQL rank sums as stdlib and scipy do on the raw ratings", async () => {
    const s = await run(NEGLIGIBLE);
    const samples = SEASONS.map((season) => expand(NEGLIGIBLE[season]));
    const theirs = kruskalTest(samples[0], samples[1], samples[2], samples[3]);
    expectClose(s.kruskal.H, theirs.statistic);
    expectClose(s.kruskal.p, theirs.pValue, 1e-9);
    // scipy 1.17.1 kruskal: H = 14.792747427883773, p = 0.00200260538001679.
    expectClose(s.kruskal.H, 14.792747427883773);
    expectClose(s.kruskal.p, 0.00200260538001679, 1e-8);
    expectClose(s.kruskal.epsilonSquared, 14.792747427883773 / 3999);
    expect(s.kruskal.tieTerm).toBe(tieTerm(samples.flat()));
    // By hand: 110 ones share ranks 1–110 (mean 55.5), 78 twos 111–188 (149.5), 190 threes 189–378 (283.5), 780
    // fours 379–1158 (768.5), 2,842 fives 1159–4000 (2579.5). Winter: 30·55.5 + 20·149.5 + 50·283.5 + 200·768.5 +
    // 700·2579.5 = 1,978,180 over 1,000 ratings.
    expect(s.seasons[0].meanRank).toBe(1978.18);
  });

  it("computes the ANOVA from per-season summaries as stdlib and scipy do on the raw ratings", async () => {
    const s = await run(NEGLIGIBLE);
    const x = SEASONS.flatMap((season) => expand(NEGLIGIBLE[season]));
    const groups = SEASONS.flatMap((season) => expand(NEGLIGIBLE[season]).map(() => season));
    const theirs = anova1(x, groups);
    expectClose(s.anova.F, theirs.statistic);
    expectClose(s.anova.etaSquared, theirs.treatment.ss / (theirs.treatment.ss + theirs.error.ss));
    // scipy f_oneway: F = 5.210326239188738, p = 0.0013679168859661338.
    expectClose(s.anova.F, 5.210326239188738, 1e-9);
    expectClose(s.anova.p, 0.0013679168859661338, 1e-8);
    expect(s.anova).toMatchObject({dfBetween: 3, dfWithin: 3996});
  });

  it("summarises each season by hand and gives its mean a t interval as scipy does", async () => {
    const s = await run(NEGLIGIBLE);
    expect(s.seasons.map((r) => r.season)).toEqual(["Winter", "Spring", "Summer", "Autumn"]);
    expectAllClose(
      s.seasons.map((r) => r.mean),
      [4.52, 4.615, 4.566, 4.465]
    );
    // Winter sorted: 30 ones, 20 twos, 50 threes, 200 fours (indices 100–299), 700 fives: linear quantiles at
    // indices 249.75, 499.5 and 749.25 are 4, 5 and 5.
    expect(s.seasons[0]).toMatchObject({q25: 4, median: 5, q75: 5, n: 1000});
    // scipy t.interval(0.95, 999, loc=4.52, scale=sem).
    expectClose(s.seasons[0].lower!, 4.4634508335783085, 1e-9);
    expectClose(s.seasons[0].upper!, 4.576549166421691, 1e-9);
    expectClose(s.seasons[0].shareFive, 0.7);
    expectClose(s.seasons[0].shareTwoOrLess, 0.05);
    expect(s.distribution).toHaveLength(20);
    expect(s.distribution.slice(0, 5).map((d) => d.count)).toEqual([30, 20, 50, 200, 700]);
    expectClose(s.distribution[4].share, 0.7);
  });

  it("reads quartiles off the star counts as numpy's linear quantiles of the raw ratings", async () => {
    for (const fixture of [NEGLIGIBLE, LARGE, NONE]) {
      const s = await run(fixture);
      SEASONS.forEach((season, i) => {
        const sorted = expand(fixture[season]);
        expect([s.seasons[i].q25, s.seasons[i].median, s.seasons[i].q75]).toEqual(
          [0.25, 0.5, 0.75].map((p) => quantile(sorted, p))
        );
      });
    }
  });

  it("calls a significant but negligible difference what it is", async () => {
    const s = await run(NEGLIGIBLE);
    expect(record(s)).toEqual(["difference.significant_negligible", "season.extremes", "stars.extremes"]);
    expect(s.narrative.headline.values).toMatchObject({best: "Spring", worst: "Autumn", label: "negligible"});
    expectClose(s.narrative.headline.values.gap as number, 4.615 - 4.465, 1e-9);
    // The best and the worst season are picked from the 4·3/2 = 6 pairs: the gap's Welch interval holds at 95 % for
    // all of them together, each at 1 − 0.05/6 (Bonferroni). On the raw ratings, scipy 1.17.1
    // stats.ttest_ind(spring, autumn, equal_var=False).confidence_interval(1 - 0.05 / 6); at 0.95 it would be
    // 0.0721 to 0.2279, narrower than a gap picked among six can claim.
    expect(s.params).toMatchObject({level: 0.95, pairs: 6});
    expectClose(s.params.pairLevel, 1 - 0.05 / 6);
    expectClose(s.gapInterval!.lower, 0.04511892470341358);
    expectClose(s.gapInterval!.upper, 0.2548810752965871);
    expect(s.narrative.claims[0]!.values).toMatchObject({gapLower: s.gapInterval!.lower, level: 0.95, pairs: 6});
    expect(renderClaim(text, s.narrative.claims[0]!, "en")).toMatch(
      /\(95% interval 0\.045 to 0\.255, widened because the two seasons were picked as the best and the worst of all\)/
    );
    expect(renderClaim(text, s.narrative.claims[0]!, "fr")).toMatch(
      /\(intervalle à 95\u00a0% : 0,045 à 0,255, élargi parce que les deux saisons ont été choisies comme/
    );
    // Spring has the most fives (745/1000), autumn the most ratings of 2 or fewer (60/1000).
    expect(s.narrative.claims[1].values).toMatchObject({fiveSeason: "Spring", fiveShare: 0.745, lowSeason: "Autumn"});
    // Named one by one, as the bars print them (ones and twos): together the 60 ratings of 2 or fewer.
    expectClose(
      (s.narrative.claims[1].values.lowOne as number) + (s.narrative.claims[1].values.lowTwo as number),
      0.06
    );
    // Every value the claim carries is one its sentence prints: no combined share or threshold left unread.
    expect(unreadValues(text, s.narrative.claims[1])).toEqual([]);
  });

  it("ranks and ties the one- and two-star share as the chart prints it, the sum of its two bars' labels", async () => {
    // 2,500 ratings a season. Winter: 32 ones (1.28 %, printed 1.3 %) and 34 twos (1.36 %, printed 1.4 %): the bars
    // read 2.7 % together, though 66/2500 = 2.64 % rounds to 2.6 % on its own. Autumn: 31 (1.24 % → 1.2 %) and 33
    // (1.32 % → 1.3 %), 2.5 % by its bars but 64/2500 = 2.56 % → 2.6 % rounded whole: rounding the combined share
    // would tie winter and autumn at 2.6 % beside bars that add up to 2.7 % and 2.5 %.
    const s = await run({
      Winter: [32, 34, 134, 800, 1500],
      Spring: [10, 10, 180, 800, 1500],
      Summer: [10, 10, 180, 900, 1400],
      Autumn: [31, 33, 136, 800, 1500]
    });
    const stars = s.narrative.claims[1]!;
    expect(stars.values).toMatchObject({lowSeason: "Winter", fiveSeason: "Winter+Spring+Autumn"});
    expectClose(stars.values.lowShare as number, 0.013 + 0.014);
    expect(renderClaim(text, stars, "en")).toMatch(
      /one- and two-star ratings, 2\.7% \(the one-star and two-star bars added\), to winter\.$/
    );
    expect(renderClaim(text, stars, "fr")).toMatch(/une ou deux étoiles, 2,7\u00a0% \([^)]+\), à l'hiver\.$/);
  });

  it("calls a large difference significant with its effect label", async () => {
    const s = await run(LARGE);
    expect(record(s)).toEqual(["difference.significant", "season.extremes", "stars.extremes"]);
    // scipy: H = 44.324646008963676, F = 18.628190648294552.
    expectClose(s.kruskal.H, 44.324646008963676);
    expectClose(s.anova.F, 18.628190648294552, 1e-9);
    expect(s.narrative.headline.values).toMatchObject({label: "large", best: "Summer", worst: "Winter"});
  });

  it("names every season tied with the best at the printed precision, in both languages", async () => {
    const s = await run(TIED);
    expect(record(s)).toEqual(["difference.significant", "season.extremes", "stars.extremes"]);
    // Winter and spring: (3·10 + 4·40 + 5·150)/200 = 4.7 each; autumn (40 + 60 + 120 + 200 + 200)/200 = 3.1.
    expect(s.narrative.headline.values).toMatchObject({best: "Winter+Spring", worst: "Autumn", label: "large"});
    expectClose(s.narrative.headline.values.gap as number, 4.7 - 3.1);
    // 150/200 five-star ratings in winter and in spring; 70/200 of one or two stars in autumn.
    expect(s.narrative.claims[1]!.values).toMatchObject({fiveSeason: "Winter+Spring", fiveShare: 0.75});
    expectClose(s.narrative.claims[1]!.values.lowShare as number, 0.35);
    const [extremes, stars] = s.narrative.claims as [(typeof s.narrative.claims)[0], (typeof s.narrative.claims)[0]];
    expect(renderClaim(text, extremes, "en")).toMatch(
      /^Best rated: winter and spring \(tied\), at 4\.700 stars; lowest: autumn, at 3\.100\. The gap/
    );
    expect(renderClaim(text, extremes, "fr")).toMatch(
      /^En tête : l'hiver et le printemps \(ex æquo\), avec 4,700 étoiles ; en dernier : l'automne, avec 3,100\. L'écart/
    );
    expect(renderClaim(text, stars, "en")).toMatch(
      /^The largest share of 5-star ratings, 75\.0%, goes to winter and spring \(tied\), and the largest share of one- and two-star ratings, 35\.0% \(the one-star and two-star bars added\), to autumn\.$/
    );
    expect(renderClaim(text, stars, "fr")).toMatch(
      /^La plus forte part de notes à 5 étoiles, 75,0\u00a0%, revient à l'hiver et le printemps \(ex æquo\), et la plus forte part de notes à une ou deux étoiles, 35,0\u00a0% \([^)]+\), à l'automne\.$/
    );
    expect(renderHeadline(text, s.narrative.headline, "en").headline).toBe(
      "Ratings change with the season: highest in winter and in spring, lowest in autumn."
    );
    expect(renderHeadline(text, s.narrative.headline, "fr").headline).toBe(
      "Les notes changent avec la saison : les plus hautes en hiver et au printemps, les plus basses en automne."
    );
  });

  it("says no difference when there is none, and handles seasons of one and two ratings", async () => {
    const s = await run(NONE);
    // Autumn (the best, one rating of 5) has no spread: the gap has no interval and its claim says why.
    expect(record(s)).toEqual(["difference.not_significant", "season.extremes_single", "stars.extremes"]);
    expect(s.gapInterval).toBeNull();
    // scipy: H = 1.405900978698919, p = 0.7041520937725204; F = 0.3886328725038402.
    expectClose(s.kruskal.H, 1.405900978698919);
    expectClose(s.kruskal.p, 0.7041520937725204, 1e-9);
    expectClose(s.anova.F, 0.3886328725038402, 1e-9);
    // Spring's two ratings (4, 5): quartiles 4.25, 4.5, 4.75; autumn's single 5 has no interval.
    expect(s.seasons[1]).toMatchObject({q25: 4.25, median: 4.5, q75: 4.75});
    expect(s.seasons[3]).toMatchObject({n: 1, mean: 5, std: null, lower: null, upper: null});
  });

  it("has well-formed texts that render every snapshot, with templates for exactly the claims emitted", () => {
    const emitted = recorded.flatMap((snapshot) => claimIds(snapshot.narrative));
    // The zoom note's values come from the drawing (its span from the ticks), the gap tile's interval from the view
    // (the snapshot's gapInterval): one of each, for its type.
    const drawnValues = {span: 0.12, share: 0.03, lowStar: 1, highStar: 5, lower: 0.01, upper: 0.03};
    expect(textProblems(text, emitted, recorded, {...RATINGS_TEXT, drawnValues})).toEqual([]);
  });
});

describe("ratings_seasonal words", () => {
  it("calls ε² a share of the variance of the ranks and η² of the ratings, in the method and the claims", () => {
    for (const key of ["method", "difference.significant", "difference.significant_negligible"]) {
      expect(text.en[key as keyof typeof text.en], key).toMatch(
        /ε².*variance of the ranks.*η².*variance of the ratings/
      );
      expect(text.fr[key as keyof typeof text.fr], key).toMatch(/ε².*variance des rangs.*η².*variance des notes/);
    }
  });

  it("never states the gap between two seasons in a headline without its interval", () => {
    for (const locale of ["en", "fr"] as const)
      for (const [key, template] of Object.entries(text[locale]))
        if (key.startsWith("difference.") || key.startsWith("plain.difference."))
          expect(template, `${locale} ${key}`).not.toMatch(/\{gap\|/);
  });
});
