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
    ['<input type="checkbox" onclick="alert(1)">', /onclick|<input/i],
    ['<span class="x" onmouseover="alert(1)" style="color:red">t</span>', /onmouseover|style=|class="x"/i],
  ])("makes %s inert", (input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });

  it("draws a checklist's boxes for paper, not as form fields", () => {
    const html = renderMarkdown("- [ ] Forankret?\n- [x] Ferdig");
    expect(html).toContain('<li><span class="tick-box"></span> Forankret?</li>');
    expect(html).toContain('<span class="tick-box tick-box-checked"></span>');
    expect(html).not.toContain("<input");
  });

  it("turns a level-one heading into level two (the page title is the only h1)", () => {
    expect(renderMarkdown("# Tittel").trim()).toBe("<h2>Tittel</h2>");
  });
});
