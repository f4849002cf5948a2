import { describe, expect, it } from "vitest";
import { BACKGROUND, contrastRatio, EMPTY_STROKE, SHADES, shadeClasses, shadeOf } from "@/lib/maps/shading";
import countyGeometry from "@/lib/maps/geometry/counties.json";
import municipalityGeometry from "@/lib/maps/geometry/municipalities.json";
import referenceMunicipalities from "@/prisma/reference/municipalities.json";
import { readFileSync } from "node:fs";
import path from "node:path";
import { defined } from "@/tests/support/defined";

describe("map shades", () => {
  it("every shade is at least 3:1 against the white background, borders and empty areas (WCAG 1.4.11)", () => {
    for (const shade of SHADES) expect(contrastRatio(shade, BACKGROUND), shade).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(EMPTY_STROKE, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it("the lightest and the darkest shade differ by at least 3:1, so the ends of the scale are told apart", () => {
    expect(contrastRatio(SHADES[0], defined(SHADES.at(-1)))).toBeGreaterThanOrEqual(3);
  });

  it("knows the WCAG contrast of black and white", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("makes classes that cover 1…max without gaps or overlaps", () => {
    for (const max of [1, 2, 3, 4, 5, 7, 16, 17, 100, 100_000]) {
      const classes = shadeClasses(max);
      expect(classes[0]?.from).toBe(1);
      expect(classes.at(-1)?.to).toBe(max);
      for (const [i, c] of classes.entries()) if (i > 0) expect(c.from).toBe(defined(classes[i - 1]).to + 1);
      expect(classes.length).toBeLessThanOrEqual(SHADES.length);
      for (let n = 1; n <= Math.min(max, 500); n++) expect(shadeOf(n, classes)).not.toBeNull();
    }
    expect(shadeClasses(16).map((c) => c.label)).toEqual(["1", "2–3", "4–7", "8–16"]);
    expect(shadeClasses(0)).toEqual([]);
    expect(shadeOf(0, shadeClasses(16))).toBeNull();
  });

  it("gives the darkest shade to the highest class and the lightest to the lowest", () => {
    const classes = shadeClasses(16);
    expect(shadeOf(1, classes)).toBe(SHADES[0]);
    expect(shadeOf(16, classes)).toBe(SHADES[SHADES.length - 1]);
  });
});

describe("map geometry (built by lib/maps/build-geometry.ts)", () => {
  it("has all 15 counties, drawn in well under 100 KB", () => {
    expect(countyGeometry.areas.map((a) => a.id).sort()).toHaveLength(15);
    const bytes = readFileSync(path.resolve(import.meta.dirname, "../../lib/maps/geometry/counties.json")).length;
    expect(bytes).toBeLessThan(60_000);
  });

  it("has a shape for every municipality of the reference data", () => {
    const all = Object.values(municipalityGeometry).flatMap((m) => m.areas);
    expect(all.map((a) => a.id).sort()).toEqual(referenceMunicipalities.map((m) => m.number).sort());
    for (const [county, map] of Object.entries(municipalityGeometry)) {
      for (const area of map.areas) expect(area.id.slice(0, 2), area.name).toBe(county);
      expect(map.areas.every((a) => a.d.startsWith("M"))).toBe(true);
    }
  });
});
