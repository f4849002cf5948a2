import { describe, expect, it } from "vitest";
import { FrontMatterError, formatFrontMatter, parseFrontMatter } from "@/lib/content/front-matter";

describe("front matter", () => {
  it("splits YAML and body", () => {
    const { data, body } = parseFrontMatter("---\nslug: bredband\nname: Bredbånd\n---\n\nTekst her.\n");
    expect(data).toEqual({ slug: "bredband", name: "Bredbånd" });
    expect(body).toBe("Tekst her.");
  });

  it("round-trips what it formats", () => {
    const data = { slug: "a", title: "Tittel: med kolon", municipalities: ["0301"], empty: [] as string[] };
    const text = formatFrontMatter(data, "Brødtekst");
    const parsed = parseFrontMatter(text);
    expect(parsed.data).toEqual({ slug: "a", title: "Tittel: med kolon", municipalities: ["0301"] });
    expect(parsed.body).toBe("Brødtekst");
  });

  it.each([
    ["no fence", "slug: a\n", /må begynne med YAML-forside/],
    ["bad yaml", "---\nslug: [a\n---\n", /ugyldig YAML/],
    ["a list, not fields", "---\n- a\n- b\n---\n", /sett med felt/],
  ])("rejects %s", (_name, text, message) => {
    expect(() => parseFrontMatter(text)).toThrow(FrontMatterError);
    expect(() => parseFrontMatter(text)).toThrow(message);
  });
});
