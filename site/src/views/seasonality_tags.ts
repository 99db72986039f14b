/** The most seasonal tags: the same two figures as the seasonal ingredients (see seasonality_ingredients.ts). */
import {seasonalItemsView} from "./seasonality_ingredients.js";

export const view = seasonalItemsView();
