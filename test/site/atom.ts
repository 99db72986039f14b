/**
 * Checks an Atom document against the rules of RFC 4287 that a feed reader depends on, beside its validation
 * against the RELAX NG schema (atomSchema.ts), which cannot state some of them (absolute IRIs, unique entry ids, an
 * author on the feed or on every entry): well-formed XML, the Atom
 * namespace, and for the feed and each entry exactly one id (an absolute IRI), title and updated (an RFC 3339
 * date), an author on the feed or on every entry, at most one alternate link per type and language, unique entry
 * ids, and text constructs with a known type. Returns one sentence per problem: [] is a valid feed.
 */
import {XMLParser, XMLValidator} from "fast-xml-parser";

const ATOM_NS = "http://www.w3.org/2005/Atom";
/** RFC 3339 date-time, as RFC 4287 §3.3 requires ("T" and "Z" upper case). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Node = Record<string, unknown>;

const list = (value: unknown): Node[] =>
  value === undefined
    ? []
    : (Array.isArray(value) ? value : [value]).map((v) => (typeof v === "object" ? v : {"#text": v}) as Node);
const text = (node: Node | undefined): string => String(node?.["#text"] ?? node?.["__cdata"] ?? "");

function isAbsoluteIri(value: string): boolean {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}

function checkCommon(node: Node, where: string, problems: string[]): void {
  for (const name of ["id", "title", "updated"]) {
    const count = list(node[name]).length;
    if (count !== 1) problems.push(`${where} has ${count} <${name}> elements; RFC 4287 requires exactly one.`);
  }
  const id = text(list(node.id)[0]);
  if (id && !isAbsoluteIri(id)) problems.push(`${where} has the id "${id}", which is not an absolute IRI.`);
  const updated = text(list(node.updated)[0]);
  if (updated && !RFC3339.test(updated)) problems.push(`${where} has <updated> "${updated}", not an RFC 3339 date.`);
  for (const name of ["title", "subtitle", "summary", "rights", "content"]) {
    for (const construct of list(node[name])) {
      const type = construct["@_type"];
      if (name !== "content" && type !== undefined && !["text", "html", "xhtml"].includes(String(type)))
        problems.push(`${where} has <${name} type="${String(type)}">; text constructs are text, html or xhtml.`);
    }
  }
  const alternates = new Set<string>();
  for (const link of list(node.link)) {
    if (!link["@_href"]) problems.push(`${where} has a <link> without href.`);
    const rel = String(link["@_rel"] ?? "alternate");
    if (rel !== "alternate") continue;
    const key = `${String(link["@_type"] ?? "")}|${String(link["@_hreflang"] ?? "")}`;
    if (alternates.has(key)) problems.push(`${where} has two alternate links with the same type and hreflang.`);
    alternates.add(key);
  }
}

/** The problems of an Atom feed document; [] when it follows the rules above. */
export function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    return [`The feed is not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line}).`];
  const doc = new XMLParser({ignoreAttributes: false, cdataPropName: "__cdata", parseTagValue: false}).parse(
    xml
  ) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed) return ["The document's root element is not <feed>."];
  const problems: string[] = [];
  if (feed["@_xmlns"] !== ATOM_NS) problems.push(`<feed> is not in the Atom namespace ${ATOM_NS}.`);
  checkCommon(feed, "The feed", problems);
  const entries = list(feed.entry);
  const feedAuthor = list(feed.author).length > 0;
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `Entry ${i + 1}`;
    checkCommon(entry, where, problems);
    if (!feedAuthor && list(entry.author).length === 0)
      problems.push(`${where} has no author and the feed has none either.`);
    for (const author of [...list(feed.author), ...list(entry.author)])
      if (list(author.name).length !== 1) problems.push(`An <author> of ${where} has no single <name>.`);
    if (list(entry.content).length === 0 && !list(entry.link).some((l) => (l["@_rel"] ?? "alternate") === "alternate"))
      problems.push(`${where} has neither content nor an alternate link.`);
    const id = text(list(entry.id)[0]);
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}.`);
    ids.add(id);
  });
  return problems;
}
