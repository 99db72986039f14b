/** English and French text of the tag trends: the shared item text with the tag's words. */
import type {TextModule} from "../../pipeline/narrative.js";
import {itemsText} from "./_itemsText.js";

export const text = itemsText(
  {
    aOne: "a tag",
    theOne: "the tag",
    one: "tag",
    One: "Tag",
    many: "tags",
    Many: "Tags",
    lede: "Which recipe tags (Food.com's labels for courses, diets, occasions and cooking times) gained ground, and which lost it, from the first year to the last?"
  },
  {
    aOne: "un tag",
    theOne: "le tag",
    one: "tag",
    One: "Tag",
    many: "tags",
    Many: "Tags",
    ofMany: "de tags",
    lede: "Quels tags de recettes (les étiquettes de Food.com pour les plats, les régimes, les occasions et les temps de préparation) ont gagné du terrain, et lesquels en ont perdu, de la première à la dernière année ?"
  }
) satisfies TextModule;
