import {describe, expect, it} from "vitest";

import {
  bilingualProblems,
  effectWordProblems,
  formProblems,
  placeholderSpecs,
  textProblems
} from "./narrative.check.js";
import {claim} from "./narrative.js";

const snapshot = {
  params: {firstYear: "2000", alpha: 0.05},
  narrative: {headline: claim("up", {slope: 1.5}), claims: [claim("flat")]}
};

const good = {
  en: {
    title: "Trend",
    lede: "Did it rise?",
    method: "From {firstYear}, α = {alpha|2}.",
    "kpi.slope": "Slope {slope|1}",
    up: "Up by {slope|1}.",
    flat: "Flat."
  },
  fr: {
    title: "Tendance",
    lede: "A-t-il monté ?",
    method: "Dès {firstYear}, α = {alpha|2}.",
    "kpi.slope": "Pente {slope|1}",
    up: "Hausse de {slope|1}.",
    flat: "Stable."
  }
};

/** `good` with some English and French templates replaced or added. */
function edited(en: Record<string, string>, fr: Record<string, string> = {}) {
  return {en: {...good.en, ...en}, fr: {...good.fr, ...fr}};
}

describe("placeholderSpecs", () => {
  it("lists placeholders with their specs, sorted", () => {
    expect(placeholderSpecs("{p|p} of {n|int}, {n|int} and {slope|signed|2}")).toEqual([
      "n|int",
      "n|int",
      "p|p",
      "slope|signed|2"
    ]);
  });
});

describe("bilingualProblems", () => {
  it("reports keys one language lacks", () => {
    const {title: _, ...fr} = good.fr;
    expect(bilingualProblems({en: good.en, fr: {...fr, extra: "x"}})).toEqual([
      "title: missing in fr",
      "extra: missing in en"
    ]);
  });

  it("reports placeholders that differ in name, spec or count", () => {
    const text = edited({up: "Up by {slope|1}.", flat: "{n}"}, {up: "Hausse de {slope|2}.", flat: "{n} {n}"});
    expect(bilingualProblems(text)).toEqual([
      "up: placeholders differ (slope|1 vs slope|2)",
      "flat: placeholders differ (n vs n,n)"
    ]);
  });
});

describe("formProblems", () => {
  it("reports a missing or empty title, lede or method", () => {
    const {lede: _, ...en} = good.en;
    expect(formProblems({en: {...en, title: ""}, fr: {...good.fr, title: ""}})).toEqual([
      "lede: missing in en",
      "en title: missing or empty",
      "en lede: missing or empty",
      "fr title: missing or empty"
    ]);
  });

  it("reports a counted sentence that names more than one counted value, or another than its count-of-one variant", () => {
    const named = {
      n: "Sur les {total|int} nutriments, {k|int|count} diffèrent.",
      "n#one": "Sur les {total|int} nutriments, {k|int|count} diffère."
    };
    expect(formProblems(edited(named, named))).toEqual([]);
    const twice = {n: "Sur les {total|int|count} nutriments, {k|int|count} diffèrent.", "n#one": named["n#one"]};
    expect(formProblems(edited(twice, twice))).toEqual([
      "en n: marks 2 values |count",
      "en n: its #one variant counts another value (k vs total,k)",
      "fr n: marks 2 values |count",
      "fr n: its #one variant counts another value (k vs total,k)"
    ]);
  });

  it("reports a digit typed outside the placeholders, in either language", () => {
    expect(formProblems(edited({title: "Top 10"}, {up: "Hausse de {slope|1} en 2 ans."}))).toEqual([
      "en title: types a number",
      "fr up: types a number"
    ]);
  });
});

describe("textProblems", () => {
  it("accepts a sound module", () => {
    expect(textProblems(good, ["up", "flat"], [snapshot])).toEqual([]);
  });

  it("includes the form problems", () => {
    expect(textProblems(edited({title: "Top 10"}), ["up", "flat"], [snapshot])).toEqual(["en title: types a number"]);
  });

  it("reports a key that is neither a fixed key nor a claim id, and a claim without a template", () => {
    const {flat: _, ...en} = good.en;
    const text = {en: {...en, extra: "x", "kpi.Slope": "y"}, fr: {...good.fr, extra: "x", "kpi.Slope": "y"}};
    expect(textProblems(text, ["up", "flat"], [])).toEqual([
      "flat: missing in en",
      "extra: neither a fixed key nor a claim id",
      "en: no template for claim flat"
    ]);
    // A page whose key names are snake_case says so, and then a camelCase name is not a fixed key.
    expect(textProblems(text, ["up", "flat"], [], {keyName: /[a-z0-9_]+/})).toEqual([
      "flat: missing in en",
      "extra: neither a fixed key nor a claim id",
      "kpi.Slope: neither a fixed key nor a claim id",
      "en: no template for claim flat"
    ]);
  });

  it("accepts a page's extra fixed keys, and renders them as fixed keys", () => {
    const text = edited({"option.band.q25_q75": "To {lastYear}"}, {"option.band.q25_q75": "Jusqu'à {lastYear}"});
    expect(textProblems(text, ["up", "flat"], [snapshot])).toEqual([
      "option.band.q25_q75: neither a fixed key nor a claim id"
    ]);
    expect(textProblems(text, ["up", "flat"], [snapshot], {extraKeys: [/option\.[a-z0-9_.]+/]})).toEqual([
      "en option.band.q25_q75: missing value {lastYear} in: To {lastYear}",
      "fr option.band.q25_q75: missing value {lastYear} in: Jusqu'à {lastYear}"
    ]);
  });

  it("reports a fixed template that does not render with the params and the headline's values", () => {
    const text = edited(
      {method: "From {lastYear}.", "kpi.slope": "Since {firstYear|2}"},
      {method: "Dès {lastYear}.", "kpi.slope": "Depuis {firstYear|2}"}
    );
    expect(textProblems(text, ["up", "flat"], [snapshot])).toEqual([
      "en method: missing value {lastYear} in: From {lastYear}.",
      "en kpi.slope: non-numeric value for {2} in: Since {firstYear|2}",
      "fr method: missing value {lastYear} in: Dès {lastYear}.",
      "fr kpi.slope: non-numeric value for {2} in: Depuis {firstYear|2}"
    ]);
  });

  it("accepts a fixed key's variant for a count of one, renders it as a fixed key, and no other variant of one", () => {
    const one = edited(
      {"figure.bars.caption": "Items", "figure.bars.caption#one": "The item {lastYear}"},
      {"figure.bars.caption": "Objets", "figure.bars.caption#one": "L'objet {lastYear}"}
    );
    expect(textProblems(one, ["up", "flat"], [snapshot])).toEqual([
      "en figure.bars.caption#one: missing value {lastYear} in: The item {lastYear}",
      "fr figure.bars.caption#one: missing value {lastYear} in: L'objet {lastYear}"
    ]);
    const all = edited({"figure.bars.caption#all": "All items"}, {"figure.bars.caption#all": "Tous les objets"});
    expect(textProblems(all, ["up", "flat"], [snapshot])).toEqual([
      "figure.bars.caption#all: neither a fixed key nor a claim id"
    ]);
  });

  it("renders a fixed key with the values a drawing gives it, when the page names them", () => {
    const text = edited({"axis.zoom": "Span {span|2|unit:stars}"}, {"axis.zoom": "Étendue {span|2|unit:stars}"});
    expect(textProblems(text, ["up", "flat"], [snapshot])).toEqual([
      "en axis.zoom: missing value {span} in: Span {span|2|unit:stars}",
      "fr axis.zoom: missing value {span} in: Étendue {span|2|unit:stars}"
    ]);
    expect(textProblems(text, ["up", "flat"], [snapshot], {drawnValues: {span: 0.5}})).toEqual([]);
    expect(textProblems(text, ["up", "flat"], [snapshot], {drawnValues: {span: "wide"}})).toEqual([
      "en axis.zoom: non-numeric value for {2|unit:stars} in: Span {span|2|unit:stars}",
      "fr axis.zoom: non-numeric value for {2|unit:stars} in: Étendue {span|2|unit:stars}"
    ]);
  });

  it("reports a claim that does not render with its values, or renders a brace", () => {
    const text = edited({flat: "Flat {slope}."}, {flat: "Stable {slope}.", up: "Hausse de {slope|1} {pente }."});
    expect(textProblems(text, ["up", "flat"], [snapshot])).toEqual([
      "en flat: missing value {slope} in: Flat {slope}.",
      'fr up: leaves a brace in "Hausse de 1,5 {pente }."',
      "fr flat: missing value {slope} in: Stable {slope}."
    ]);
  });

  it("reports a claim the step did not declare, and its missing template", () => {
    const stray = {...snapshot, narrative: {...snapshot.narrative, claims: [claim("down")]}};
    expect(textProblems(good, ["up", "flat"], [stray])).toEqual([
      "claim down is not declared",
      "en down: no en template for claim down",
      "fr down: no fr template for claim down"
    ]);
  });

  it("checks every snapshot, and lists a problem they share once", () => {
    const other = {params: {alpha: 0.01}, narrative: {headline: claim("flat"), claims: []}};
    expect(textProblems(good, ["up", "flat"], [snapshot, other, other])).toEqual([
      "en method: missing value {firstYear} in: From {firstYear}, α = {alpha|2}.",
      "en kpi.slope: missing value {slope} in: Slope {slope|1}",
      "fr method: missing value {firstYear} in: Dès {firstYear}, α = {alpha|2}.",
      "fr kpi.slope: missing value {slope} in: Pente {slope|1}"
    ]);
  });
});

describe("effectWordProblems", () => {
  const values = {effect: "negligible", gap: 2.8, w: 0.059};
  const narrative = {headline: claim("gap", values), claims: [claim("uniform", {}), claim("days", values)]};
  const words = (en: Record<string, string>) => ({
    en: {
      gap: "A gap of {gap|1} minutes, {effect|label} by Cohen's benchmarks (w = {w|2}).",
      "plain.gap": "Autumn recipes take {gap|1} minutes longer.",
      uniform: "Against an even spread, the counts differ.",
      days: "The days depart from the calendar, {effect|label} by Cohen's benchmarks (w = {w|2}).",
      ...en
    },
    fr: {}
  });

  it("accepts sizes in reader units and labels beside their yardstick, and an even spread for the test of one", () => {
    expect(effectWordProblems(words({}), narrative, "en")).toEqual([]);
  });

  it("reports a plain headline judged by an effect-size label, printed or typed", () => {
    for (const plain of ["Autumn recipes take longer, a {effect|label} gap.", "A negligible gap of {gap|1} minutes."])
      expect(effectWordProblems(words({"plain.gap": plain}), narrative, "en")).toEqual([
        expect.stringMatching(/^en headline gap: judges a size by an effect-size label/)
      ]);
  });

  it("reports a headline without a plain line that prints a label, even with its yardstick", () => {
    const text = words({});
    delete (text.en as Record<string, string>)["plain.gap"];
    expect(effectWordProblems(text, narrative, "en")).toEqual([
      expect.stringMatching(/^en headline gap: judges a size/)
    ]);
  });

  it("reports a label without its yardstick in a detail line or a claim", () => {
    const text = words({gap: "A {effect|label} gap (w = {w|2}).", days: "A negligible departure (w = {w|2})."});
    expect(effectWordProblems(text, narrative, "en")).toEqual([
      'en gap: an effect-size label without its yardstick: "A negligible gap (w = 0.06)."',
      'en days: an effect-size label without its yardstick: "A negligible departure (w = 0.06)."'
    ]);
  });

  it("reports an even spread where the comparison is with the calendar", () => {
    const text = words({
      "plain.gap": "Near an even spread.",
      days: "Not spread evenly, {effect|label} by Cohen's benchmarks."
    });
    expect(effectWordProblems(text, narrative, "en")).toEqual([
      "en headline gap: calls a comparison with the calendar an even spread",
      "en days: calls a comparison with the calendar an even spread"
    ]);
  });
});
