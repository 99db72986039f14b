/** Tag trends: the same four figures as the ingredient trends (see trends_ingredients.ts), on tags. */
import {itemsView} from "./trends_ingredients.js";

export const view = itemsView();
