/**
 * "Cite this": the APA-style reference and the BibTeX entry of a figure, with the data's as-of date and the commit
 * the site was built from, so that a citation names exactly the numbers it saw. Pure: tested in citation.test.ts.
 */
import type {Lang} from "../i18n/index.js";
import {formatDate, typeset} from "../i18n/index.js";
import {ts} from "../i18n/share.js";
import {shortCommit} from "./commit.js";

export interface CitationInput {
  lang: Lang;
  /** Author and publisher: the site's name. */
  siteName: string;
  /** The figure's caption in `lang`. */
  title: string;
  /** Absolute URL of the figure's page. */
  url: string;
  /** Data as-of date, YYYY-MM-DD. */
  dataAsOf: string;
  /** ISO time of the site build: its year is the publication year. */
  builtAt: string;
  /** Full commit hash of the build. */
  commit: string;
  /** Stable part of the BibTeX key: `<analysis>_<figure>`. */
  key: string;
  /** Seed and scale when the figure was drawn from the project's generated data: the citation then says so. */
  generated?: {seed: string; scale: string};
}

export interface Citation {
  apa: string;
  bibtex: string;
}

/** Characters BibTeX treats specially, escaped so that a caption prints as written. */
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === "\\") return "\\textbackslash{}";
    if (c === "~") return "\\textasciitilde{}";
    if (c === "^") return "\\textasciicircum{}";
    return `\\${c}`;
  });
}

/** The APA-style text and the BibTeX entry of a figure. */
export function citation(input: CitationInput): Citation {
  const year = input.builtAt.slice(0, 4);
  const asOf = ts(input.lang, "cite.asOf", {date: formatDate(input.dataAsOf, input.lang)});
  const commit = ts(input.lang, "cite.commit", {commit: shortCommit(input.commit)});
  const kind = input.generated
    ? `${ts(input.lang, "cite.kind")}; ${ts(input.lang, "cite.generated", input.generated)}`
    : ts(input.lang, "cite.kind");
  // Without the word joiners French typesetting keeps "1999–2018" on one line with: pdfLaTeX rejects U+2060.
  const title = input.title.replace(/\u2060/g, "").replace(/[.\s]+$/, "");
  // The bracket is prose: French puts a narrow no-break space before its semicolons.
  const note = typeset(`${kind}; ${asOf}; ${commit}`, input.lang);
  const apa = `${input.siteName}. (${year}). ${title} [${note}]. ${input.siteName}. ${input.url}`;
  const key = `btk_${input.key}_${input.dataAsOf.replace(/-/g, "")}`.replace(/[^A-Za-z0-9_:-]/g, "_");
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bibtexEscape(input.siteName)}}},`,
    `  title = {{${bibtexEscape(title)}}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${input.url}}},`,
    `  note = {${bibtexEscape(note)}},`,
    `  language = {${input.lang === "en" ? "english" : "french"}}`,
    `}`
  ].join("\n");
  return {apa, bibtex};
}
