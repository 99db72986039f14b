/**
 * The key to dot size, in English and French, of the charts that size each dot by the volume behind it: written once
 * per meaning, so that every chart sizing dots by the same volume says it in the same words.
 */
import type {Locale} from "../pipeline/narrative.js";

type Words = Readonly<Record<Locale, string>>;

/** A year's dot sized by the recipes posted that year (the trends' yearly charts). */
export const DOT_SIZE_YEAR_RECIPES: Words = {
  en: "Dot size: the year's recipes",
  fr: "Taille des points : recettes de l'année"
};

/** A month's dot sized by the ratings given that month (the ratings' monthly charts). */
export const DOT_SIZE_MONTH_RATINGS: Words = {
  en: "Dot size: the month's ratings",
  fr: "Taille des points : notes du mois"
};
