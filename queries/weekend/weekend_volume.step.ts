/**
 * Turns recipes and calendar days per ISO weekday into the volume snapshot: deviations from the daily mean, the
 * weekday/weekend rate per calendar day, and a χ² goodness-of-fit test against calendar-day proportions.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys, phiLabel, WEEKDAY_KEYS} from "../../pipeline/narrative.js";
import {chiSquareGoodnessOfFit, isSignificant} from "../../pipeline/stats/index.js";
import {SHARE_INTERVAL_LEVEL, shareInterval} from "../_shareInterval.js";
import type {WeekendVolume} from "./weekend_volume.schema.js";

/** Significance level of the goodness-of-fit test. */
export const ALPHA = 0.05;

/** Every claim id the step can emit (the text module has a template for each, in both languages). */
export const CLAIM_IDS = [
  "headline.weekdays_busier",
  "headline.weekends_busier",
  "per_day.weekdays_busier",
  "per_day.weekends_busier",
  "busiest_day",
  "quietest_day",
  "distribution.uneven",
  "distribution.even"
] as const;

type Day = WeekendVolume["days"][number];
type PeriodVolume = WeekendVolume["periods"][number];

export function step(results: QueryResults): WeekendVolume {
  const rows = results.days!;
  if (rows.length !== 7) {
    throw new Error(`invalid days: ${rows.length} weekdays in the date range, need all 7 (a range of 7+ days)`);
  }
  const range = results.date_range![0]!;
  const recipes = rows.reduce((sum, r) => sum + Number(r.recipes), 0);
  const calendarDays = rows.reduce((sum, r) => sum + Number(r.calendar_days), 0);
  if (recipes === 0) throw new Error("invalid days: no recipes");
  const dayMean = recipes / 7;

  const days: Day[] = rows.map((r) => {
    const weekday = Number(r.weekday);
    const n = Number(r.recipes);
    const occurrences = Number(r.calendar_days);
    return {
      weekday,
      key: WEEKDAY_KEYS[weekday - 1]!,
      period: weekday >= 6 ? "weekend" : "weekday",
      recipes: n,
      calendarDays: occurrences,
      recipesPerDay: n / occurrences,
      share: n / recipes,
      shareInterval: shareInterval(n, recipes),
      deviation: (n - dayMean) / dayMean,
      expected: (recipes * occurrences) / calendarDays
    };
  });

  const periods: PeriodVolume[] = (["weekday", "weekend"] as const).map((period) => {
    const inPeriod = days.filter((d) => d.period === period);
    const n = inPeriod.reduce((sum, d) => sum + d.recipes, 0);
    const occurrences = inPeriod.reduce((sum, d) => sum + d.calendarDays, 0);
    return {
      period,
      recipes: n,
      share: n / recipes,
      shareInterval: shareInterval(n, recipes),
      calendarDays: occurrences,
      recipesPerDay: n / occurrences
    };
  });
  const [weekday, weekend] = periods as [PeriodVolume, PeriodVolume];
  const perDayRatio = weekday.recipesPerDay / weekend.recipesPerDay;

  // Expected counts follow each weekday's share of calendar days: a range that is not whole weeks has one more
  // of some weekdays, which must not read as a preference.
  const fit = chiSquareGoodnessOfFit(
    days.map((d) => d.recipes),
    days.map((d) => d.calendarDays / calendarDays)
  );
  const cohenW = Math.sqrt(fit.chi2 / recipes);
  const goodnessOfFit = {...fit, cohenW, effect: phiLabel(cohenW), significant: isSignificant(fit.p, ALPHA)};

  const busiest = days.reduce((best, d) => (d.recipes > best.recipes ? d : best), days[0]!);
  const quietest = days.reduce((low, d) => (d.recipes < low.recipes ? d : low), days[0]!);
  // Days whose counts tie are named together ("friday+saturday+sunday"), never the earliest of them alone.
  const busiestDays = extremeKeys(
    days,
    (d) => d.recipes,
    (d) => d.key,
    "int",
    "highest"
  );
  const quietestDays = extremeKeys(
    days,
    (d) => d.recipes,
    (d) => d.key,
    "int",
    "lowest"
  );
  const weekdaysBusier = perDayRatio >= 1;
  const ratio = weekdaysBusier ? perDayRatio : 1 / perDayRatio;

  const claims: Claim[] = [
    claim(weekdaysBusier ? "per_day.weekdays_busier" : "per_day.weekends_busier", {
      weekdayPerDay: weekday.recipesPerDay,
      weekendPerDay: weekend.recipesPerDay,
      ratio,
      excess: ratio - 1
    }),
    claim("busiest_day", {day: busiestDays, recipes: busiest.recipes, above: busiest.deviation}),
    claim("quietest_day", {day: quietestDays, recipes: quietest.recipes, below: -quietest.deviation}),
    goodnessOfFit.significant
      ? claim("distribution.uneven", {chi2: fit.chi2, df: fit.df, p: fit.p, w: cohenW, effect: goodnessOfFit.effect})
      : claim("distribution.even", {chi2: fit.chi2, df: fit.df, p: fit.p})
  ];

  return {
    params: {
      alpha: ALPHA,
      intervalLevel: SHARE_INTERVAL_LEVEL,
      firstDay: String(range.first_day),
      lastDay: String(range.last_day),
      calendarDays,
      recipes,
      weekdayDays: 5,
      weekendDays: 2
    },
    days,
    dayMean,
    periods,
    perDayRatio,
    goodnessOfFit,
    narrative: {
      headline: claim(weekdaysBusier ? "headline.weekdays_busier" : "headline.weekends_busier", {
        ratio,
        busiestDay: busiestDays,
        quietestDay: quietestDays
      }),
      claims
    }
  };
}
