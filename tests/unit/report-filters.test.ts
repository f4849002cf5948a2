import { describe, expect, it } from "vitest";
import { escapeLike, hasReportFilters, parseReportFilters } from "@/lib/reports/filters";

describe("parseReportFilters", () => {
  it("reads valid values", () => {
    const { filters, problems } = parseReportFilters({ q: "  prosjektleder ", fokus: ["bredband", "ungdom"], ar: "2010", type: "analyse", utgiver: "Distriktssenteret" });
    expect(problems).toEqual([]);
    expect(filters).toEqual({ q: "prosjektleder", fokus: ["bredband", "ungdom"], ar: 2010, type: "analyse", utgiver: "Distriktssenteret" });
    expect(hasReportFilters(filters)).toBe(true);
  });

  it("treats empty and missing values as no filter, without complaint", () => {
    const { filters, problems } = parseReportFilters({ q: "", fokus: "", ar: " ", type: "", utgiver: undefined });
    expect(problems).toEqual([]);
    expect(filters).toEqual({ fokus: [] });
    expect(hasReportFilters(filters)).toBe(false);
  });

  it.each(["-1", "0", "99999999999999999999", "1e3", "20.10", "NaN", "2010abc", "1899", "2101", "0x7da"])("ignores the year %j with a message", (ar) => {
    const { filters, problems } = parseReportFilters({ ar });
    expect(filters.ar).toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  it("ignores unknown kinds and hostile focus slugs, keeping the valid ones", () => {
    const { filters, problems } = parseReportFilters({
      type: ["<script>alert(1)</script>", "analyse"],
      fokus: ["bredband", "../../etc/passwd", "'; drop table report;--", "BREDBAND", "bredband"],
    });
    expect(filters.type).toBeUndefined();
    expect(filters.fokus).toEqual(["bredband"]);
    expect(problems).toHaveLength(2);
  });

  it("caps repeated focus areas and long text", () => {
    const many = Array.from({ length: 500 }, (_, i) => `omrade-${i}`);
    const { filters, problems } = parseReportFilters({ fokus: many, q: "x".repeat(10_000), utgiver: "y".repeat(201) });
    expect(filters.fokus).toHaveLength(20);
    expect(filters.q).toBeUndefined();
    expect(filters.utgiver).toBeUndefined();
    expect(problems).toHaveLength(3);
  });

  it("uses the first of repeated single-valued parameters", () => {
    expect(parseReportFilters({ ar: ["2011", "2012"] }).filters.ar).toBe(2011);
  });

  it("keeps SQL-looking text as plain search text (it is parameterised later)", () => {
    expect(parseReportFilters({ q: "'; DROP TABLE report; --" }).filters.q).toBe("'; DROP TABLE report; --");
  });
});

describe("escapeLike", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(escapeLike("100% a_b \\")).toBe("100\\% a\\_b \\\\");
  });
});
