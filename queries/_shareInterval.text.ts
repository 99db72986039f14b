/**
 * What a Wilson interval is, in English and French, written once: each method that gives a share its Wilson
 * interval says it in the same words, so a reader never meets the name without what it means.
 */
import type {Locale} from "../pipeline/narrative.js";

/** The clause that follows "its 95 % Wilson interval" in a method. */
export const WILSON_DEFINITION: Readonly<Record<Locale, string>> = {
  en: "(an interval for a share that never runs below zero or above the whole, and stays reliable for small shares)",
  fr: "(un intervalle pour une part, qui ne descend jamais sous zéro ni ne dépasse le tout, et reste fiable pour les petites parts)"
};
