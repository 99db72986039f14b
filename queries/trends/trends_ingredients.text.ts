/** English and French text of the ingredient trends: the shared item text with the ingredient's words. */
import type {TextModule} from "../../pipeline/narrative.js";
import {itemsText} from "./_itemsText.js";

export const text = itemsText(
  {
    aOne: "an ingredient",
    theOne: "the ingredient",
    one: "ingredient",
    One: "Ingredient",
    many: "ingredients",
    Many: "Ingredients",
    lede: "Which ingredients did Food.com cooks reach for more often, and which did they drop, from the first year to the last?"
  },
  {
    aOne: "un ingrédient",
    theOne: "l'ingrédient",
    one: "ingrédient",
    One: "Ingrédient",
    many: "ingrédients",
    Many: "Ingrédients",
    ofMany: "d'ingrédients",
    lede: "Quels ingrédients les cuisiniers de Food.com ont-ils adoptés, et lesquels ont-ils délaissés, de la première à la dernière année ?"
  }
) satisfies TextModule;
