import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("## Resultater\n\n- **Bredbånd** til [alle](https://example.no)");
    expect(html).toContain("<h2>Resultater</h2>");
    expect(html).toContain("<strong>Bredbånd</strong>");
    expect(html).toContain('<a href="https://example.no" rel="noopener noreferrer">alle</a>');
  });

  it.each([
    ["<script>alert(1)</script>", /<script/i],
    ['<img src="x" onerror="alert(1)">', /onerror/i],
    ["[klikk](javascript:alert(1))", /javascript:/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<p style="position:fixed">x</p>', /style=/i],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', /data:/i],
  ])("makes %s inert", (input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });

  it("turns a level-one heading into level two (the page title is the only h1)", () => {
    expect(renderMarkdown("# Tittel").trim()).toBe("<h2>Tittel</h2>");
  });
});
