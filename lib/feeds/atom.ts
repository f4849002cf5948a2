/**
 * Atom 1.0 (RFC 4287) documents, written by hand: the format is small, and every text passes
 * through xmlText, which escapes markup and drops characters XML 1.0 forbids.
 */

export type TAtomEntry = {
  id: string;
  title: string;
  url: string;
  updated: Date;
  published: Date | null;
  summary: string;
  /** HTML for the entry's content; it is escaped into the document (type="html"). */
  contentHtml: string;
  categories: { term: string; label: string }[];
};

export type TAtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  alternateUrl: string;
  updated: Date;
  author: { name: string; uri: string };
  rights: string;
  entries: TAtomEntry[];
};

// XML 1.0 allows tab, newline, carriage return and U+0020 upwards (minus surrogates and FFFE/FFFF).
const FORBIDDEN = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function htmlText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const date = (value: Date) => value.toISOString();

export function renderAtom(feed: TAtomFeed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlText(e.id)}</id>
    <title type="text">${xmlText(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>
    <updated>${date(e.updated)}</updated>
${e.published ? `    <published>${date(e.published)}</published>\n` : ""}${e.categories
      .map((c) => `    <category term="${xmlText(c.term)}" label="${xmlText(c.label)}"/>\n`)
      .join("")}    <summary type="text">${xmlText(e.summary)}</summary>
    <content type="html">${xmlText(e.contentHtml)}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <id>${xmlText(feed.id)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>
  <updated>${date(feed.updated)}</updated>
  <author>
    <name>${xmlText(feed.author.name)}</name>
    <uri>${xmlText(feed.author.uri)}</uri>
  </author>
  <rights type="text">${xmlText(feed.rights)}</rights>
  <generator>Kunnskapsbanken</generator>
${entries.join("")}</feed>
`;
}
