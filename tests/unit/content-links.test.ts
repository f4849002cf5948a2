import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultContentDir, loadContent, type ContentSet } from "@/lib/content/load";
import { readReferenceData } from "@/lib/places/reference-data";

// Issue 12, item 9: the toolkit and the success-factor texts name examples, reports and pages; they
// link them now, and every internal link in content/ must lead to a page that exists.

const STATIC_PAGES = ["/", "/prosjekter", "/rapporter", "/suksessfaktorer", "/fokusomrader", "/fylker", "/kommuner", "/hva-virker", "/sok", "/api"];

/** The site's public addresses that content may link to: static pages and one per content item. */
function knownPages(set: ContentSet): Set<string> {
  const reference = readReferenceData();
  return new Set([
    ...STATIC_PAGES,
    ...set.pages.map((p) => `/${p.slug}`),
    ...set.projects.map((p) => `/prosjekter/${p.slug}`),
    ...set.reports.map((r) => `/rapporter/${r.slug}`),
    ...set["success-factors"].map((f) => `/suksessfaktorer/${f.slug}`),
    ...set["focus-areas"].map((f) => `/fokusomrader/${f.slug}`),
    ...reference.counties.map((c) => `/fylker/${c.slug}`),
    ...reference.municipalities.map((m) => `/kommuner/${m.number}`),
  ]);
}

/** Internal links of a Markdown text: `[text](/path)` (with an optional title) and `href="/path"`. */
function internalLinks(text: string): string[] {
  const markdown = [...text.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? "");
  const html = [...text.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1] ?? "");
  return [...markdown, ...html];
}

/** The page a link leads to: without its query and fragment, and without a trailing slash. */
function pageOf(link: string): string {
  const bare = link.replace(/[?#].*$/, "");
  return bare.length > 1 ? bare.replace(/\/$/, "") : bare;
}

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(full);
    return entry.name.endsWith(".md") && entry.name !== "README.md" ? [full] : [];
  });
}

describe("internal links in content/", () => {
  const set = loadContent();
  const known = knownPages(set);

  it("finds the links in Markdown and HTML, and tells a missing page from an existing one", () => {
    expect(internalLinks('Se [Træna](/prosjekter/traena-livskraft-gjennom-mangfold#mal "T") og <a href="/om">om</a>, ikke [ekstern](https://x.no).')).toEqual([
      "/prosjekter/traena-livskraft-gjennom-mangfold#mal",
      "/om",
    ]);
    expect(known.has(pageOf("/prosjekter/traena-livskraft-gjennom-mangfold#mal"))).toBe(true);
    expect(known.has(pageOf("/prosjekter/finnes-ikke"))).toBe(false);
    expect(known.has(pageOf("/fylker/troms?x=1"))).toBe(true);
    expect(known.has(pageOf("/suksessfaktorer/flaks"))).toBe(false);
  });

  it("every internal link leads to an existing page", () => {
    const broken: string[] = [];
    let count = 0;
    for (const file of contentFiles(defaultContentDir)) {
      for (const link of internalLinks(fs.readFileSync(file, "utf8"))) {
        count += 1;
        if (!known.has(pageOf(link))) broken.push(`${path.relative(defaultContentDir, file)}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
    // The toolkit and the success factors link what they name (issue 12, item 9).
    expect(count).toBeGreaterThan(30);
  });

  it("the toolkit and every success factor that names an example, report or page links it", () => {
    const linked = (file: string) => internalLinks(fs.readFileSync(path.join(defaultContentDir, file), "utf8")).map(pageOf);
    expect(linked("pages/forstehjelp.md")).toEqual(
      expect.arrayContaining(["/rapporter/hatten-av", "/prosjekter/nord-troms-plankontor", "/prosjekter/propell-i-gratangen", "/fylker/vestland", "/suksessfaktorer/forankring"]),
    );
    // A factor text that names "Hatten av!" links the report.
    for (const factor of set["success-factors"]) {
      if (factor.body.includes("*Hatten av!*")) expect(linked(`success-factors/${factor.slug}.md`), factor.slug).toContain("/rapporter/hatten-av");
    }
  });
});
