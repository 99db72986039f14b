/**
 * The ratings page's seasonal volume analysis: each season's share of ratings against its share of the days (the
 * χ² test's expectation), and the distinct users and recipes behind each season's ratings.
 */
import * as Plot from "@observablehq/plot";

import type {RatingsSeasonalVolume} from "../../../queries/ratings/ratings_seasonal_volume.schema.js";
import {annotate, COLORS, LINE, SEASON_COLORS, tickedDomain} from "../lib/charts/index.js";
import {defineFigure, defineView} from "../lib/views.js";

type Season = RatingsSeasonalVolume["seasons"][number];
type SeasonKey = Season["season"];

const SEASON_FILL = SEASON_COLORS;

interface AudienceRow {
  season: SeasonKey;
  measure: "users" | "recipes";
  value: number;
}

const MEASURE_FILL: Record<AudienceRow["measure"], string> = {users: COLORS.secondary, recipes: COLORS.observed};

export const view = defineView<RatingsSeasonalVolume>({
  kpis: (s) => [
    {key: "total", value: s.total, format: "int"},
    ...(s.maxMinRatio === null ? [] : [{key: "ratio", value: s.maxMinRatio, format: "times|2"}])
  ],
  figures: (s) => {
    const seasons = s.seasons;
    const keys = seasons.map((d) => d.season);
    const top = Math.max(...seasons.flatMap((d) => [d.share, d.expectedShare]));
    const maxAudience = Math.max(...seasons.flatMap((d) => [d.users, d.recipes]));
    const audience: AudienceRow[] = seasons.flatMap((d) => [
      {season: d.season, measure: "users" as const, value: d.users},
      {season: d.season, measure: "recipes" as const, value: d.recipes}
    ]);
    return [
      defineFigure<Season>({
        key: "counts",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: "text:axis.season_"},
          {key: "days", label: "axis.days", format: "int"},
          {key: "n", label: "axis.ratings", format: "int"},
          {key: "share", label: "axis.share", format: "pct|1"},
          {key: "expectedShare", label: "axis.expectedShare", format: "pct|1"},
          {key: "ratingsPerDay", label: "axis.ratingsPerDay", format: "2"}
        ],
        legend: [{label: "legend.expected", color: "currentColor", shape: "reference"}],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 240 : 300,
          marginLeft: narrow ? 44 : 52,
          marginTop: 24,
          x: {
            label: text("axis.season"),
            domain: keys,
            tickFormat: (k: string) => text(`axis.season_${k}`),
            padding: 0.25
          },
          // Ends on a labelled tick over the tallest bar and its label (tickedDomain), at every width.
          y: {label: text("axis.share"), percent: true, grid: true, ...tickedDomain(top * 118, narrow ? 6 : 8)},
          marks: [
            Plot.barY(seasons, {
              x: "season",
              y: "share",
              fill: (d: Season) => SEASON_FILL[d.season],
              title: (d: Season) =>
                `${text(`axis.season_${d.season}`)}: ${format(d.n, "int")} (${format(d.share, "pct|1")}; ${text("axis.expectedShare")}: ${format(d.expectedShare, "pct|1")})`,
              render: annotate(seasons, (d) => ({season: d.season}))
            }),
            // Past the bar's sides: where the expected share is the bar's height, a tick as wide as the bar lay on its
            // top edge and could not be told from it. Over a halo in the card's colour: inside a bar (winter's expected
            // share lies under its top) the text-coloured dashes were 2.1:1 on the light theme's blue, 1.9:1 on the dark's.
            ...[{stroke: "var(--plot-background)", strokeWidth: 4}, LINE.reference].map((style) =>
              Plot.tickY(seasons, {
                x: "season",
                y: "expectedShare",
                ...style,
                // Less on a phone, where the gaps between bars are narrow: the ticks of neighbours ran into one line.
                insetLeft: narrow ? -3 : -6,
                insetRight: narrow ? -3 : -6
              })
            ),
            Plot.text(seasons, {
              x: "season",
              y: (d: Season) => Math.max(d.share, d.expectedShare),
              text: (d: Season) => format(d.share, "pct|1"),
              dy: -12,
              fontSize: narrow ? 10 : 12,
              fontWeight: 600,
              fill: "currentColor",
              stroke: "var(--plot-background)",
              strokeWidth: 4,
              paintOrder: "stroke"
            }),
            Plot.ruleY([0])
          ]
        })
      }),
      defineFigure<Season>({
        key: "audience",
        data: seasons,
        columns: [
          {key: "season", label: "axis.season", format: "text:axis.season_"},
          {key: "users", label: "axis.users", format: "int"},
          {key: "recipes", label: "axis.recipes", format: "int"}
        ],
        legend: [
          {label: "legend.users", color: MEASURE_FILL.users},
          {label: "legend.recipes", color: MEASURE_FILL.recipes}
        ],
        plot: ({width, narrow, text, format}) => ({
          width,
          height: narrow ? 240 : 300,
          // Room for six-digit ticks ("120,000"), which ran past the left edge at 48 on a phone.
          marginLeft: 56,
          marginTop: 24,
          fx: {label: text("axis.season"), domain: keys, tickFormat: (k: string) => text(`axis.season_${k}`)},
          x: {axis: null, domain: ["users", "recipes"], padding: 0.1},
          y: {label: text("axis.distinct"), grid: true, ...tickedDomain(maxAudience * 1.12, narrow ? 6 : 8)},
          marks: [
            Plot.barY(audience, {
              fx: "season",
              x: "measure",
              y: "value",
              fill: (d: AudienceRow) => MEASURE_FILL[d.measure],
              title: (d: AudienceRow) =>
                `${text(`axis.season_${d.season}`)} · ${text(`legend.${d.measure}`)}: ${format(d.value, "int")}`,
              render: annotate(audience, (d) => ({season: d.season, measure: d.measure}))
            }),
            ...(narrow
              ? []
              : [
                  Plot.text(audience, {
                    fx: "season",
                    x: "measure",
                    y: "value",
                    text: (d: AudienceRow) => format(d.value, "int"),
                    dy: -8,
                    fontSize: 11,
                    fill: "currentColor"
                  })
                ]),
            Plot.ruleY([0])
          ]
        })
      })
    ];
  }
});
