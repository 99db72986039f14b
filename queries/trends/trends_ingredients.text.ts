/** English and French text of the ingredient trends: the shared item text with the ingredient's words. */
import type {TextModule} from "../../pipeline/narrative.js";
import {itemsText} from "./_items.text.js";

export const text = itemsText(
  {
    aOne: "an ingredient",
    theOne: "the ingredient",
    one: "ingredient",
    One: "Ingredient",
    many: "ingredients",
    Many: "Ingredients",
    unit: "ingredients",
    excluded: "",
    lede: "Which ingredients did the data set's contributors reach for more often, and which did they drop, between the first years and the last?"
  },
  {
    aOne: "un ingrédient",
    theOne: "l'ingrédient",
    one: "ingrédient",
    One: "Ingrédient",
    many: "ingrédients",
    Many: "Ingrédients",
    ofMany: "d'ingrédients",
    e: "",
    unit: "ingredients",
    excluded: "",
    lede: "Quels ingrédients les contributeurs du jeu de données ont-ils adoptés, et lesquels ont-ils délaissés, entre les premières et les dernières années ?"
  }
) satisfies TextModule;
