/** A piece of a display heading: plain text, or a span of years drawn as a range. */
export type HeadingPart = {text: string} | {from: string; to: string};

/**
 * The text of a display heading (set in Michroma) cut into its plain text and its year spans, which the heading
 * components draw as ranges (global.css .year-range). Michroma has no en dash of its own: Inter draws it, and beside
 * Michroma's wide digits that short dash still read as a hyphen ("Trends 1999–2018" looked like "1999-2018"). A span
 * is kept on one line, its dash set apart and drawn wider; its text stays as it was ("1999–2018", and the French
 * word joiner after the dash stays with the year that follows it) for search, screen readers and the menu, which
 * names the page as its heading does. Body text, captions and tables keep the plain en dash.
 */
export function headingParts(text: string): HeadingPart[] {
  const parts: HeadingPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/(\d+)\u2013(\u2060?\d+)/g)) {
    if (m.index > last) parts.push({text: text.slice(last, m.index)});
    parts.push({from: m[1]!, to: m[2]!});
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({text: text.slice(last)});
  return parts;
}
