/**
 * The one French glossary of statistical terms: every French template (site/src/i18n/fr.ts and each analysis'
 * text module) uses the preferred term and none of the variants it replaces. test/site/i18n.test.ts enforces it,
 * so a page can no longer say "WLS" while another says "MCP", or "p-valeur" beside "valeur p".
 */
export interface GlossaryEntry {
  /** What the term means, in English, for whoever edits a template. */
  meaning: string;
  /** The French term every template uses. */
  term: string;
  /** Variants no French template may contain (matched as whole words, case-sensitive). */
  avoid: readonly string[];
  /**
   * For a term a sentence prints as an abbreviation after a number ("3 df", « 3 ddl »), which the site spells out
   * for the reader (site/src/lib/abbreviations.ts): the English abbreviation that `meaning` spells out, and the
   * French words that `term` stands for.
   */
  abbreviation?: {en: string; frWords: string};
}

export const FRENCH_GLOSSARY: readonly GlossaryEntry[] = [
  {meaning: "weighted least squares", term: "MCP", avoid: ["WLS"]},
  {meaning: "ordinary least squares", term: "MCO", avoid: ["OLS"]},
  {meaning: "p-value", term: "valeur p", avoid: ["p-valeur", "p-valeurs", "p-value", "p-values"]},
  {meaning: "standard deviation", term: "écart type", avoid: ["écart-type", "écarts-types"]},
  {meaning: "tag (Food.com's recipe keywords)", term: "étiquette", avoid: ["tag", "tags", "Tag", "Tags"]},
  {
    meaning: "degrees of freedom",
    term: "ddl",
    avoid: ["df"],
    abbreviation: {en: "df", frWords: "degrés de liberté"}
  },
  {meaning: "confidence interval", term: "intervalle de confiance", avoid: ["IC"]},
  {meaning: "chi-squared", term: "χ²", avoid: ["khi²", "khi-deux", "chi-deux", "chi2"]},
  // The coefficient's Greek letter, as χ² and ε² are written; « phi » in Latin letters read as a word.
  {meaning: "phi coefficient", term: "φ", avoid: ["phi"]},
  // « un degrés » read as a number disagreeing with its noun: the degrees are counted in words that agree.
  {meaning: "degrees of freedom, counted in words", term: "nombre de degrés de liberté", avoid: ["un degrés"]},
  // A χ² test of counts against expected shares: « test d'ajustement » on every page, never a second name.
  {meaning: "goodness of fit (chi-squared test)", term: "ajustement", avoid: ["adéquation"]},
  // Two people's names, joined by an en dash as in the English pages.
  {meaning: "Kruskal–Wallis test", term: "Kruskal–Wallis", avoid: ["Kruskal-Wallis"]},
  {meaning: "Shapiro–Wilk normality test", term: "Shapiro–Wilk", avoid: ["Shapiro-Wilk"]},
  // An item that leans to one period « penche » to it, as the weekend page's titles say; « le plus tourné vers la
  // semaine » was a calque of "leans most to".
  {meaning: "leans to (an item more frequent in one period)", term: "penche", avoid: ["tourné", "tournée", "tournés"]},
  // « 2,04 fois plus » reads as 2.04 times as many to some readers and as 3.04 times to others (« plus » adds):
  // « fois autant » says the ratio and nothing else.
  {meaning: "n times as many (a ratio)", term: "fois autant", avoid: ["fois plus", "fois moins"]},
  // After a negation French takes « de » or a noun: « ne suppose pas des variances égales » is a calque of "does not
  // assume equal variances".
  {
    meaning: "does not assume equal variances (Welch)",
    term: "ne suppose pas l'égalité des variances",
    avoid: ["ne suppose pas des"]
  },
  // « moyenne saisonnière » named two things: in the heatmaps' legends the mean of the four seasons each cell is
  // compared with, in the methods one season's own mean. One term each, in English too ("mean of the four seasons",
  // "season's mean"); queries/_frenchWords.test.ts fails on the old phrase in either language.
  {
    meaning: "mean of the four seasons (what a seasonal heatmap's cells are compared with)",
    term: "moyenne des quatre saisons",
    avoid: []
  },
  {meaning: "one season's mean", term: "moyenne de la saison", avoid: []},
  // People: "contributeurs" post recipes, "membres (ayant noté)" rate them; one word per role on every page.
  {
    meaning: "people who rate (members who rated)",
    term: "membres",
    avoid: ["utilisateurs", "Utilisateurs", "évaluateurs", "cuisiniers", "Cuisiniers"]
  }
];

/** The avoided variants a French text contains, as "variant → term" (empty when it follows the glossary). */
export function glossaryProblems(text: string): string[] {
  const problems: string[] = [];
  for (const entry of FRENCH_GLOSSARY) {
    for (const variant of entry.avoid) {
      const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // Whole words only, and never inside a placeholder such as {df} or {wlsP|p}.
      const pattern = new RegExp(`(?<![\\p{L}{|-])${escaped}(?![\\p{L}}|-])`, "u");
      if (pattern.test(text.replace(/\{[^}]*\}/g, " "))) problems.push(`${variant} → ${entry.term}`);
    }
  }
  return problems;
}
