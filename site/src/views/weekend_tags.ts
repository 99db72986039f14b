/**
 * The weekend page's tags analysis: the same figures as the ingredients analysis (diverging gap bars and a dumbbell
 * of the weekday and weekend shares), drawn with the tags' text module.
 */
import type {WeekendTags} from "../../../queries/weekend/weekend_tags.schema.js";
import {periodItemsView} from "./weekend_ingredients.js";

export const view = periodItemsView<WeekendTags>();
