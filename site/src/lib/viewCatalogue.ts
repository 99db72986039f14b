/**
 * The view catalogue: for every analysis of the catalogue (queries/<page>/page.ts), the modules the site builds its
 * section from — the snapshot's schema, the text, the view — imported, not globbed. It is typed against the schemas:
 * its keys must be exactly the catalogue's names, and each view must fit its own snapshot, so `tsc` rejects a
 * misspelled name, a missing analysis or a view drawn from another analysis' snapshot. Twins (the ingredients and
 * tags analyses of a page) share one view: the ingredients' view draws the tags' snapshot with the tags' text.
 */
import type {z, ZodType} from "zod";

import type {TextModule} from "../../../pipeline/narrative.js";
import {schema as overviewSchema} from "../../../queries/overview/overview.schema.js";
import {text as overviewText} from "../../../queries/overview/overview.text.js";
import {view as overviewView} from "../views/overview.js";
import {schema as trendsVolumeSchema} from "../../../queries/trends/trends_volume.schema.js";
import {text as trendsVolumeText} from "../../../queries/trends/trends_volume.text.js";
import {view as trendsVolumeView} from "../views/trends_volume.js";
import {schema as trendsDurationSchema} from "../../../queries/trends/trends_duration.schema.js";
import {text as trendsDurationText} from "../../../queries/trends/trends_duration.text.js";
import {view as trendsDurationView} from "../views/trends_duration.js";
import {schema as trendsComplexitySchema} from "../../../queries/trends/trends_complexity.schema.js";
import {text as trendsComplexityText} from "../../../queries/trends/trends_complexity.text.js";
import {view as trendsComplexityView} from "../views/trends_complexity.js";
import {schema as trendsNutritionSchema} from "../../../queries/trends/trends_nutrition.schema.js";
import {text as trendsNutritionText} from "../../../queries/trends/trends_nutrition.text.js";
import {view as trendsNutritionView} from "../views/trends_nutrition.js";
import {schema as trendsIngredientsSchema} from "../../../queries/trends/trends_ingredients.schema.js";
import {text as trendsIngredientsText} from "../../../queries/trends/trends_ingredients.text.js";
import {view as trendsIngredientsView} from "../views/trends_ingredients.js";
import {schema as trendsTagsSchema} from "../../../queries/trends/trends_tags.schema.js";
import {text as trendsTagsText} from "../../../queries/trends/trends_tags.text.js";
import {schema as seasonalityVolumeSchema} from "../../../queries/seasonality/seasonality_volume.schema.js";
import {text as seasonalityVolumeText} from "../../../queries/seasonality/seasonality_volume.text.js";
import {view as seasonalityVolumeView} from "../views/seasonality_volume.js";
import {schema as seasonalityDurationSchema} from "../../../queries/seasonality/seasonality_duration.schema.js";
import {text as seasonalityDurationText} from "../../../queries/seasonality/seasonality_duration.text.js";
import {view as seasonalityDurationView} from "../views/seasonality_duration.js";
import {schema as seasonalityComplexitySchema} from "../../../queries/seasonality/seasonality_complexity.schema.js";
import {text as seasonalityComplexityText} from "../../../queries/seasonality/seasonality_complexity.text.js";
import {view as seasonalityComplexityView} from "../views/seasonality_complexity.js";
import {schema as seasonalityNutritionSchema} from "../../../queries/seasonality/seasonality_nutrition.schema.js";
import {text as seasonalityNutritionText} from "../../../queries/seasonality/seasonality_nutrition.text.js";
import {view as seasonalityNutritionView} from "../views/seasonality_nutrition.js";
import {schema as seasonalityIngredientsSchema} from "../../../queries/seasonality/seasonality_ingredients.schema.js";
import {text as seasonalityIngredientsText} from "../../../queries/seasonality/seasonality_ingredients.text.js";
import {view as seasonalityIngredientsView} from "../views/seasonality_ingredients.js";
import {schema as seasonalityTagsSchema} from "../../../queries/seasonality/seasonality_tags.schema.js";
import {text as seasonalityTagsText} from "../../../queries/seasonality/seasonality_tags.text.js";
import {schema as weekendVolumeSchema} from "../../../queries/weekend/weekend_volume.schema.js";
import {text as weekendVolumeText} from "../../../queries/weekend/weekend_volume.text.js";
import {view as weekendVolumeView} from "../views/weekend_volume.js";
import {schema as weekendDurationSchema} from "../../../queries/weekend/weekend_duration.schema.js";
import {text as weekendDurationText} from "../../../queries/weekend/weekend_duration.text.js";
import {view as weekendDurationView} from "../views/weekend_duration.js";
import {schema as weekendComplexitySchema} from "../../../queries/weekend/weekend_complexity.schema.js";
import {text as weekendComplexityText} from "../../../queries/weekend/weekend_complexity.text.js";
import {view as weekendComplexityView} from "../views/weekend_complexity.js";
import {schema as weekendNutritionSchema} from "../../../queries/weekend/weekend_nutrition.schema.js";
import {text as weekendNutritionText} from "../../../queries/weekend/weekend_nutrition.text.js";
import {view as weekendNutritionView} from "../views/weekend_nutrition.js";
import {schema as weekendIngredientsSchema} from "../../../queries/weekend/weekend_ingredients.schema.js";
import {text as weekendIngredientsText} from "../../../queries/weekend/weekend_ingredients.text.js";
import {view as weekendIngredientsView} from "../views/weekend_ingredients.js";
import {schema as weekendTagsSchema} from "../../../queries/weekend/weekend_tags.schema.js";
import {text as weekendTagsText} from "../../../queries/weekend/weekend_tags.text.js";
import {schema as ratingsDistributionSchema} from "../../../queries/ratings/ratings_distribution.schema.js";
import {text as ratingsDistributionText} from "../../../queries/ratings/ratings_distribution.text.js";
import {view as ratingsDistributionView} from "../views/ratings_distribution.js";
import {schema as ratingsTrendSchema} from "../../../queries/ratings/ratings_trend.schema.js";
import {text as ratingsTrendText} from "../../../queries/ratings/ratings_trend.text.js";
import {view as ratingsTrendView} from "../views/ratings_trend.js";
import {schema as ratingsSeasonalSchema} from "../../../queries/ratings/ratings_seasonal.schema.js";
import {text as ratingsSeasonalText} from "../../../queries/ratings/ratings_seasonal.text.js";
import {view as ratingsSeasonalView} from "../views/ratings_seasonal.js";
import {schema as ratingsSeasonalVolumeSchema} from "../../../queries/ratings/ratings_seasonal_volume.schema.js";
import {text as ratingsSeasonalVolumeText} from "../../../queries/ratings/ratings_seasonal_volume.text.js";
import {view as ratingsSeasonalVolumeView} from "../views/ratings_seasonal_volume.js";
import {schema as ratingsValidationSchema} from "../../../queries/ratings/ratings_validation.schema.js";
import {text as ratingsValidationText} from "../../../queries/ratings/ratings_validation.text.js";
import {view as ratingsValidationView} from "../views/ratings_validation.js";
import type {AnalysisName} from "./catalogue.js";
import type {AnalysisView} from "./views.js";

/** The modules of one analysis: the view's snapshot type is the schema's. */
export interface AnalysisModules<S> {
  page: string;
  schema: ZodType<S>;
  text: TextModule;
  view: AnalysisView<S>;
}

function analysis<S>(page: string, schema: ZodType<S>, text: TextModule, view: AnalysisView<S>): AnalysisModules<S> {
  return {page, schema, text, view};
}

export const ANALYSES = {
  overview: analysis("overview", overviewSchema, overviewText, overviewView),
  trends_volume: analysis("trends", trendsVolumeSchema, trendsVolumeText, trendsVolumeView),
  trends_duration: analysis("trends", trendsDurationSchema, trendsDurationText, trendsDurationView),
  trends_complexity: analysis("trends", trendsComplexitySchema, trendsComplexityText, trendsComplexityView),
  trends_nutrition: analysis("trends", trendsNutritionSchema, trendsNutritionText, trendsNutritionView),
  trends_ingredients: analysis("trends", trendsIngredientsSchema, trendsIngredientsText, trendsIngredientsView),
  trends_tags: analysis("trends", trendsTagsSchema, trendsTagsText, trendsIngredientsView),
  seasonality_volume: analysis("seasonality", seasonalityVolumeSchema, seasonalityVolumeText, seasonalityVolumeView),
  seasonality_duration: analysis(
    "seasonality",
    seasonalityDurationSchema,
    seasonalityDurationText,
    seasonalityDurationView
  ),
  seasonality_complexity: analysis(
    "seasonality",
    seasonalityComplexitySchema,
    seasonalityComplexityText,
    seasonalityComplexityView
  ),
  seasonality_nutrition: analysis(
    "seasonality",
    seasonalityNutritionSchema,
    seasonalityNutritionText,
    seasonalityNutritionView
  ),
  seasonality_ingredients: analysis(
    "seasonality",
    seasonalityIngredientsSchema,
    seasonalityIngredientsText,
    seasonalityIngredientsView
  ),
  seasonality_tags: analysis("seasonality", seasonalityTagsSchema, seasonalityTagsText, seasonalityIngredientsView),
  weekend_volume: analysis("weekend", weekendVolumeSchema, weekendVolumeText, weekendVolumeView),
  weekend_duration: analysis("weekend", weekendDurationSchema, weekendDurationText, weekendDurationView),
  weekend_complexity: analysis("weekend", weekendComplexitySchema, weekendComplexityText, weekendComplexityView),
  weekend_nutrition: analysis("weekend", weekendNutritionSchema, weekendNutritionText, weekendNutritionView),
  weekend_ingredients: analysis("weekend", weekendIngredientsSchema, weekendIngredientsText, weekendIngredientsView),
  weekend_tags: analysis("weekend", weekendTagsSchema, weekendTagsText, weekendIngredientsView),
  ratings_distribution: analysis(
    "ratings",
    ratingsDistributionSchema,
    ratingsDistributionText,
    ratingsDistributionView
  ),
  ratings_trend: analysis("ratings", ratingsTrendSchema, ratingsTrendText, ratingsTrendView),
  ratings_seasonal: analysis("ratings", ratingsSeasonalSchema, ratingsSeasonalText, ratingsSeasonalView),
  ratings_seasonal_volume: analysis(
    "ratings",
    ratingsSeasonalVolumeSchema,
    ratingsSeasonalVolumeText,
    ratingsSeasonalVolumeView
  ),
  ratings_validation: analysis("ratings", ratingsValidationSchema, ratingsValidationText, ratingsValidationView)
} satisfies {readonly [N in AnalysisName]: {page: string; schema: ZodType; text: TextModule; view: object}};

/** The snapshot of an analysis, as its schema parses it. */
export type SnapshotOf<N extends AnalysisName> = z.output<(typeof ANALYSES)[N]["schema"]>;

/** Whether a name from a manifest is one of the catalogue's. */
export function isAnalysisName(name: string): name is AnalysisName {
  return Object.hasOwn(ANALYSES, name);
}

/** The view of an analysis, or undefined when the name is not in the catalogue (a manifest's stale entry). */
export function viewOf(name: string): AnalysisView<unknown> | undefined {
  return isAnalysisName(name) ? (ANALYSES[name].view as AnalysisView<unknown>) : undefined;
}
