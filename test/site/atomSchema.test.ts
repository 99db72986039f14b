/**
 * The RELAX NG schema of Atom (atom.rng) under libxml2's real validator: it accepts a feed using the optional parts
 * of RFC 4287 (XHTML text, extension elements, a feed-level generator and categories) and rejects each way a feed
 * can break the RFC's grammar, with xmllint's message naming the element.
 */
import {describe, expect, it} from "vitest";

import {atomSchemaErrors} from "./atomSchema.js";

const VALID = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>https://example.org/changes/</id>
  <title>Updates</title>
  <updated>2026-01-02T00:00:00.000Z</updated>
  <author><name>Site</name><uri>https://example.org/</uri></author>
  <link rel="alternate" href="https://example.org/changes/"/>
  <link rel="self" type="application/atom+xml" href="https://example.org/changes/feed.xml"/>
  <generator uri="https://example.org/" version="1">Site</generator>
  <category term="data"/>
  <subtitle type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Each <em>update</em>.</p></div></subtitle>
  <rights>Site</rights>
  <entry>
    <title type="html"><![CDATA[One &amp; two]]></title>
    <id>https://example.org/changes/#a</id>
    <link href="https://example.org/changes/#a"/>
    <updated>2026-01-02T00:00:00+01:00</updated>
    <published>2026-01-01T00:00:00Z</published>
    <summary>Plain text</summary>
    <content type="html"><![CDATA[<p>x</p>]]></content>
    <ext:note xmlns:ext="urn:example:ext" ext:kind="data"><ext:value>1</ext:value></ext:note>
  </entry>
  <entry>
    <id>https://example.org/changes/#b</id>
    <title>Two</title>
    <updated>2026-01-01T00:00:00Z</updated>
    <content src="https://example.org/changes/b.html" type="text/html"/>
  </entry>
</feed>`;

/** VALID with `from` replaced by `to`; fails the test if `from` is not in it (a mutation that changes nothing). */
function broken(from: string, to: string): string {
  expect(VALID).toContain(from);
  return VALID.replace(from, to);
}

describe("the RELAX NG schema of Atom, with xmllint", () => {
  it("accepts a feed that follows RFC 4287, optional parts included", async () => {
    expect(await atomSchemaErrors(VALID)).toEqual([]);
  });

  it.each([
    ["an entry without id", "<id>https://example.org/changes/#a</id>", "", /element entry/],
    ["a feed with two titles", "<title>Updates</title>", "<title>Updates</title><title>Again</title>", /title/],
    ["a feed without updated", "<updated>2026-01-02T00:00:00.000Z</updated>", "", /element feed/],
    ["a date that is not RFC 3339", "<published>2026-01-01T00:00:00Z", "<published>1 Jan 2026", /published/],
    ["a date without a time zone", "<published>2026-01-01T00:00:00Z", "<published>2026-01-01T00:00:00", /published/],
    ["a lower-case T", "<published>2026-01-01T00:00:00Z", "<published>2026-01-01t00:00:00Z", /published/],
    [
      "markup inside a text construct",
      "<summary>Plain text</summary>",
      "<summary>Plain <b>text</b></summary>",
      /summary has extra content: b/
    ],
    ["an unknown text type", "<summary>", '<summary type="markdown">', /summary/],
    ["a link without href", '<link href="https://example.org/changes/#a"/>', "<link/>", /link/],
    ["an unknown Atom element", "<rights>Site</rights>", "<licence>Site</licence>", /licence/],
    ["an author without name", "<name>Site</name>", "", /author|name/],
    ["out-of-line content with a body", 'type="text/html"/>', 'type="text/html">x</content>', /content/],
    ["a feed outside the Atom namespace", ' xmlns="http://www.w3.org/2005/Atom"', "", /Did not expect element feed/]
  ] as const)("rejects %s", async (what, from, to, message) => {
    const errors = await atomSchemaErrors(broken(from, to));
    expect(errors.length, what).toBeGreaterThan(0);
    expect(errors.join("\n"), what).toMatch(message);
  });

  it("rejects feed metadata after the entries and a document that is not well-formed", async () => {
    const late = VALID.replace("<rights>Site</rights>", "").replace("</feed>", "<rights>Site</rights></feed>");
    expect(late).not.toBe(VALID);
    expect((await atomSchemaErrors(late)).join("\n")).toMatch(/rights|extra content/);
    expect((await atomSchemaErrors(broken("</feed>", "</fed>"))).join("\n")).toMatch(/fed/);
  });
});
