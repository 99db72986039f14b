/** English and French text of the tag trends: the shared item text with the tag's words. */
import type {TextModule} from "../../pipeline/narrative.js";
import {itemsText} from "./_items.text.js";

export const text = itemsText(
  {
    aOne: "a tag",
    theOne: "the tag",
    one: "tag",
    One: "Tag",
    many: "tags",
    Many: "Tags",
    unit: "tags",
    excluded:
      "Structural tags are left out: the roots of the tag tree (such as “course” or “time-to-make”) and any tag carried by at least half of a year's recipes in most years, which describe the site's menus rather than the recipes. They are listed in the methodology, under “Rules every analysis follows”.",
    lede: "Which recipe tags (the keywords attached to dishes, diets and occasions) gained ground, and which lost it, between the first years and the last?"
  },
  {
    aOne: "une étiquette",
    theOne: "l'étiquette",
    one: "étiquette",
    One: "Étiquette",
    many: "étiquettes",
    Many: "Étiquettes",
    ofMany: "d'étiquettes",
    e: "e",
    unit: "tags",
    excluded:
      "Les étiquettes structurelles sont écartées : les racines de l'arbre d'étiquettes (comme « course » ou « time-to-make ») et toute étiquette portée par au moins la moitié des recettes de l'année pendant la plupart des années, qui décrivent les menus du site plutôt que les recettes. Elles sont énumérées dans la méthodologie, sous « Les règles que suit chaque analyse ».",
    lede: "Quelles étiquettes de recettes (les mots-clés attachés aux plats, aux régimes, aux occasions) ont gagné du terrain, et lesquelles en ont perdu, entre les premières et les dernières années ?"
  }
) satisfies TextModule;
