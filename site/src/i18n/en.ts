/**
 * English strings of the site's shell: navigation, page intros, figure controls, provenance, methodology glossary.
 * Analysis text (titles, claims, axis labels) lives beside each analysis in queries/<page>/<name>.text.ts.
 * Placeholders use the narrative template syntax (`{name}`, `{name|int}`); fr.ts has exactly the same keys.
 */
export const en = {
  "site.name": "Back to the Kitchen",
  "site.tagline": "Twenty years of Food.com recipes and ratings, read carefully",
  "site.description":
    "Trends, seasons, weekdays and ratings of the Food.com recipes, computed at build time from the cleaned data, with every figure traceable to its source.",
  "site.home": "Back to the Kitchen, home page",
  "skip.main": "Skip to the content",

  "nav.label": "Pages",
  "nav.overview": "Overview",
  "nav.trends": "Trends {firstYear}–{lastYear}",
  "nav.seasonality": "Seasonality",
  "nav.weekend": "Weekday / weekend",
  "nav.ratings": "Ratings",
  "nav.changes": "What's new",
  "nav.search": "Search",
  "nav.methodology": "Methodology",
  "nav.data": "Data",

  "lang.switch": "Français",
  "lang.switchLabel": "Lire cette page en français",
  "theme.toLight": "Light theme",
  "theme.toDark": "Dark theme",
  "theme.label": "Switch between the dark and the light theme",

  "page.overview.explore": "Explore the analyses",
  "page.trends.title": "Trends {firstYear}–{lastYear}",
  "page.trends.intro":
    "How recipe posting, preparation time, complexity, nutrition, ingredients and tags changed from one year to the next. Yearly series are fitted by weighted least squares, each year weighted by its number of recipes.",
  "page.seasonality.title": "Seasonality",
  "page.seasonality.intro":
    "Do recipes change with the seasons? Recipes are grouped by the meteorological season of their posting date: winter (December to February), spring (March to May), summer (June to August) and autumn (September to November).",
  "page.weekend.title": "Weekday or weekend",
  "page.weekend.intro":
    "Are the recipes posted at the weekend different from those posted during the week? Monday to Friday are compared with Saturday and Sunday.",
  "page.ratings.title": "Ratings",
  "page.ratings.intro":
    "How members rate recipes, month after month and season after season, and whether the busiest months rate differently.",
  "page.analysisCount": "{count|int} analyses",
  "page.empty": "No analysis of this page is in the current snapshot set yet.",
  "page.onThisPage": "On this page",

  "section.keyFigures": "Key figures",
  "section.interpretation": "Statistical interpretation",
  "section.method": "How this was computed",

  "figure.showData": "Show the data",
  "figure.downloads": "Download:",
  "figure.downloadCsv": "Data as CSV",
  "figure.downloadJson": "Data as JSON",
  "figure.downloadSvg": "Image as SVG",
  "figure.downloadPng": "Image as PNG",
  "figure.tableCaption": "Data behind the chart: {caption}",
  "figure.rows": "{rows|int} rows",
  "figure.source": "Source: Food.com via Back to the Kitchen, data as of {date}",

  "filter.legend": "Years shown",
  "filter.from": "From",
  "filter.to": "To",
  "filter.reset": "All years",
  "explorer.status": "Figures, statistics and text recomputed in your browser for {from}–{to} ({years|int} years).",
  "options.legend": "Display",

  "footer.provenance": "Provenance",
  "footer.dataAsOf": "Data as of",
  "footer.builtAt": "Site built",
  "footer.commit": "Commit",
  "footer.source": "Source",
  "footer.etag": "ETag",
  "footer.version": "Version",
  "footer.environment": "Environment",
  "footer.methodology": "How the figures are computed",

  "notFound.title": "Page not found",
  "notFound.text": "There is no page at this address. The analyses are one click away:",
  "notFound.home": "Go to the overview",

  "data.title": "Data",
  "data.intro":
    "Every snapshot this site is built from, as validated JSON. Each file is the output of one analysis; the manifest records when, from which source objects and with which code the set was built.",
  "data.snapshot": "Snapshot",
  "data.page": "Page",
  "data.size": "Size",
  "data.rows": "Query rows",
  "data.sha": "SHA-256",
  "data.manifest": "Manifest of the snapshot set",
  "data.figures": "Chart data",
  "data.figuresIntro": "The rows behind every chart, one file per chart, with its image.",
  "data.figure": "Chart",
  "data.files": "Files",
  "data.kilobytes": "{size|1} KB",

  "method.title": "Methodology",
  "method.intro":
    "Where the data comes from, what the cleaning removes, and what every statistic on this site means, in plain words.",
  "method.source": "Data source",
  "method.sourceText":
    "The Food.com recipes and interactions published by Majumder et al. (EMNLP 2019). This build read: {description}.",
  "method.object": "Object",
  "method.bytes": "Bytes",
  "method.rows": "Rows",
  "method.cleaning": "Cleaning rules and their counts",
  "method.cleaningIntro":
    "Rules apply in this order; each count is the rows the rule removed from what the previous rules left.",
  "method.recipes": "Recipes",
  "method.interactions": "Interactions",
  "method.rule": "Rule",
  "method.removed": "Removed",
  "method.left": "Left",
  "method.statistics": "Statistical methods",
  "method.analyses": "Method of each analysis",
  "method.wls.title": "Weighted least squares",
  "method.wls.text":
    "A straight line fitted through yearly or monthly averages, where each point counts in proportion to the data behind it: a year with many recipes pulls the line more than a year with few. The slope is the change per year; its p-value says how often a slope at least this steep would appear by chance if there were no trend.",
  "method.r2.title": "Weighted R²",
  "method.r2.text":
    "The share of the weighted variation of the series that the fitted line accounts for: close to one, the points hug the line; close to zero, the line explains little.",
  "method.qq.title": "Normal Q-Q plot and Shapiro–Wilk test",
  "method.qq.text":
    "The observed values, sorted, are plotted against the values a normal distribution would give at the same ranks. Points on a straight line mean the values look normal. The Shapiro–Wilk test turns the same idea into a p-value.",
  "method.cv.title": "Coefficient of variation",
  "method.cv.text":
    "The standard deviation divided by the mean: how large the spread is compared with the typical value, so that spreads of different quantities can be compared.",
  "method.ttest.title": "Two-sample t-test",
  "method.ttest.text":
    "Compares the means of two groups, such as recipes posted on weekdays and at the weekend, and says whether the gap is larger than chance would produce. Cohen's d expresses the gap in standard deviations, to judge whether it matters.",
  "method.chi2.title": "Chi-squared tests",
  "method.chi2.text":
    "Compare counts with the counts expected if nothing were going on: an even spread over seasons or days (goodness of fit), or the same share of an ingredient on weekdays and at weekends (contingency table). With hundreds of thousands of recipes, tiny gaps become significant, so an effect size (Cohen's w or phi) accompanies each test.",
  "method.anova.title": "Analysis of variance and Kruskal–Wallis test",
  "method.anova.text":
    "Ask whether several groups, such as the four seasons, share the same level. The analysis of variance compares means; the Kruskal–Wallis test compares ranks and does not assume normal data. Eta squared or epsilon squared give the share of the variation the groups explain.",
  "method.spearman.title": "Weighted Spearman correlation",
  "method.spearman.text":
    "Measures whether two quantities rise and fall together, using their ranks rather than their values, with each month weighted by its number of ratings.",
  "method.ci.title": "Confidence interval",
  "method.ci.text":
    "A range of plausible values for a quantity estimated from the data. Each analysis states which interval it computes and how.",
  "method.alpha.title": "Significance level",
  "method.alpha.text":
    "A result is called significant when its p-value falls below the significance level that each analysis states in its method. Significant does not mean large: the effect sizes say how large."
} as const;

/** A key of the shell strings. */
export type ShellKey = keyof typeof en;
