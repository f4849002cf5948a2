import { describe, expect, it } from "vitest";
import { teaser } from "@/lib/text/teaser";

describe("teaser", () => {
  it("keeps a short text whole", () => {
    expect(teaser("Kort tekst.", 200)).toBe("Kort tekst.");
    expect(teaser("  Kort tekst.  ", 200)).toBe("Kort tekst.");
  });

  it("ends a long text after its last whole sentence within the limit", () => {
    const text = "Første setning er her. Andre setning er litt lengre enn den første. Tredje setning går over grensen og blir borte.";
    expect(teaser(text, 80)).toBe("Første setning er her. Andre setning er litt lengre enn den første.");
  });

  it("cuts between words with an ellipsis when the first sentence is too long", () => {
    const text = "En svært lang første setning som fortsetter og fortsetter, uten punktum i sikte, langt forbi grensen for kortet.";
    const short = teaser(text, 60);
    expect(short.endsWith(" …")).toBe(true);
    expect(short.length).toBeLessThanOrEqual(62);
    expect(text.startsWith(short.slice(0, -2))).toBe(true);
    expect(short).not.toMatch(/[,\s] …$/);
  });

  it("does not end at a full stop inside a number or abbreviation without a following space", () => {
    const text = `Prosjektet fikk 1.5 millioner og varte i mange år${" med mye arbeid".repeat(10)}. Slutt.`;
    expect(teaser(text, 50)).toMatch(/ …$/);
  });
});
