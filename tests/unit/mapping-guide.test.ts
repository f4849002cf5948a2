import { describe, expect, it } from "vitest";
import { guideFieldErrors, isFactorMapped, mappingInputFromForm, mappingProgress, postedMappingValues } from "@/lib/mapping/guide";
import { zSaveMapping } from "@/lib/mapping/schemas";

describe("the mapping guide's rules", () => {
  it("counts a factor as mapped only with both an answer and a note", () => {
    expect(isFactorMapped({ evidence: "shown", note: "Slik." })).toBe(true);
    expect(isFactorMapped({ evidence: "not_shown", note: "  " })).toBe(false);
    expect(isFactorMapped({ evidence: null, note: "Et notat." })).toBe(false);
    expect(mappingProgress([{ evidence: "shown", note: "a" }, { evidence: "unclear", note: "b" }, { evidence: null, note: "" }], 3)).toEqual({ mapped: 2, total: 3, complete: false });
    expect(mappingProgress([{ evidence: "shown", note: "a" }], 1)).toEqual({ mapped: 1, total: 1, complete: true });
    // No factors loaded: never complete.
    expect(mappingProgress([], 0).complete).toBe(false);
  });

  it("decodes the posted form into the command's input, and the schema checks it", () => {
    const form = new FormData();
    form.set("id", "7");
    form.set("version", "3");
    form.set("evidence:forankring", "shown");
    form.set("note:forankring", " Vedtatt. ");
    form.set("evidence:samarbeid", "");
    form.set("note:samarbeid", "");
    form.set("focusArea:bredband", "on");
    form.set("ukjent", "x");
    const input = mappingInputFromForm(form);
    expect(input).toEqual({
      id: "7",
      version: "3",
      focusAreas: ["bredband"],
      factors: [
        { factor: "forankring", evidence: "shown", note: " Vedtatt. " },
        { factor: "samarbeid", evidence: null, note: "" },
      ],
    });
    expect(zSaveMapping.parse(input)).toMatchObject({ id: 7, version: 3, factors: [{ note: "Vedtatt." }, { evidence: null }] });
    expect(zSaveMapping.safeParse({ ...input, factors: [{ factor: "forankring", evidence: "kanskje", note: "" }] }).success).toBe(false);
    expect(postedMappingValues(form)).toEqual({ "evidence:forankring": "shown", "note:forankring": " Vedtatt. ", "evidence:samarbeid": "", "note:samarbeid": "", "focusArea:bredband": "on" });
  });

  it("puts the schema's errors beside the guide's fields", () => {
    const factors = [{ factor: "forankring" }, { factor: "samarbeid" }];
    expect(guideFieldErrors({ "factors.1.note": ["for langt"], "factors.0.evidence": ["velg"], focusAreas: ["ukjent"] }, factors)).toEqual({
      "note:samarbeid": ["for langt"],
      "evidence:forankring": ["velg"],
      focusAreas: ["ukjent"],
    });
  });
});
