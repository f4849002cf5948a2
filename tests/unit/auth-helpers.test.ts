import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password";
import { safeCallbackUrl } from "@/lib/auth/csrf";
import { publishProblems, stateTransitions } from "@/lib/projects/workflow";
import type { TProjectFile } from "@/lib/content/schemas";

const complete: TProjectFile = {
  slug: "p",
  title: "Tittel",
  summary: "Sammendrag.",
  municipalities: ["5501"],
  status: "pagar",
  funding: [],
  focusAreas: ["bredband"],
  successFactors: [],
  reports: [],
  tags: [],
  sources: [{ title: "Kilde" }],
  gaps: [],
  state: "under_kartlegging",
  body: "",
};

describe("publishProblems", () => {
  it("accepts a complete project", () => expect(publishProblems(complete)).toEqual([]));
  it("names what is missing, in Norwegian", () => {
    const problems = publishProblems({ ...complete, title: " ", municipalities: [], sources: [] });
    expect(problems.map((p) => p.label)).toEqual(["tittel", "minst én kommune", "minst én kilde"]);
  });
});

describe("the workflow", () => {
  it("goes kandidat → under kartlegging → publisert → arkivert, never straight to publisert", () => {
    expect(stateTransitions.kandidat).toContain("under_kartlegging");
    expect(stateTransitions.kandidat).toContain("publisert");
    expect(stateTransitions.arkivert).not.toContain("publisert");
    expect(stateTransitions.under_kartlegging).toContain("publisert");
    expect(stateTransitions.publisert).toContain("arkivert");
  });
});

describe("passwordProblem", () => {
  it("demands at least 12 characters", () => {
    expect(passwordProblem("a".repeat(11))).toMatch(/minst 12 tegn/);
    expect(passwordProblem("a".repeat(12))).toBeNull();
  });
});

describe("safeCallbackUrl", () => {
  it("keeps paths on this site and drops everything else", () => {
    expect(safeCallbackUrl("/admin/logg")).toBe("/admin/logg");
    expect(safeCallbackUrl("https://evil.example")).toBe("/admin");
    expect(safeCallbackUrl("//evil.example")).toBe("/admin");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/admin");
    expect(safeCallbackUrl(undefined)).toBe("/admin");
  });
});
