import {describe, expect, it} from "vitest";

import {atomProblems} from "./atom.js";

const VALID = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>https://example.org/changes/</id>
  <title>Updates</title>
  <updated>2026-01-02T00:00:00.000Z</updated>
  <author><name>Site</name></author>
  <link rel="alternate" href="https://example.org/changes/"/>
  <entry>
    <title type="html"><![CDATA[One &amp; two]]></title>
    <id>https://example.org/changes/#a</id>
    <link href="https://example.org/changes/#a"/>
    <updated>2026-01-02T00:00:00Z</updated>
    <content type="html"><![CDATA[<p>x</p>]]></content>
  </entry>
</feed>`;

describe("atomProblems", () => {
  it("accepts a feed that follows RFC 4287", () => {
    expect(atomProblems(VALID)).toEqual([]);
  });

  it("names what breaks the rules", () => {
    expect(atomProblems(VALID.replace("<entry>", "<entry><broken>"))[0]).toMatch(/^The feed is not well-formed XML/);
    expect(atomProblems(VALID.replace(' xmlns="http://www.w3.org/2005/Atom"', ""))).toContain(
      "<feed> is not in the Atom namespace http://www.w3.org/2005/Atom."
    );
    expect(
      atomProblems(VALID.replace("<updated>2026-01-02T00:00:00Z</updated>", "<updated>2 Jan 2026</updated>"))
    ).toEqual(['Entry 1 has <updated> "2 Jan 2026", not an RFC 3339 date.']);
    expect(atomProblems(VALID.replace("<author><name>Site</name></author>", ""))).toEqual([
      "Entry 1 has no author and the feed has none either."
    ]);
    expect(atomProblems(VALID.replace("<id>https://example.org/changes/#a</id>", "<id>#a</id>"))).toEqual([
      'Entry 1 has the id "#a", which is not an absolute IRI.'
    ]);
    expect(
      atomProblems(
        VALID.replace("</entry>", "</entry>" + VALID.slice(VALID.indexOf("<entry>"), VALID.indexOf("</feed>")))
      )
    ).toEqual(["Entry 2 repeats the id https://example.org/changes/#a."]);
    expect(atomProblems(VALID.replace("<title>Updates</title>", ""))).toEqual([
      "The feed has 0 <title> elements; RFC 4287 requires exactly one."
    ]);
  });
});
