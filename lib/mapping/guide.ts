import type { FactorEvidence } from "@/lib/generated/prisma/enums";

/**
 * The mapping guide (kartleggingsguide, issue 13): the adviser goes through the ten success
 * factors of project execution (the model's pillar «Verktøy») and says for each whether and how
 * the project showed it. Pure rules here; the data is in lib/mapping/queries.ts and commands.ts.
 */

/** The pillar whose success factors the guide asks about: the ten of project execution. */
export const MAPPING_PILLAR = "verktoy";

export const factorEvidences = ["shown", "not_shown", "unclear"] as const satisfies readonly FactorEvidence[];

export const MAX_MAPPING_NOTE = 4000;

/** A factor counts as mapped when it has both an answer and a note on how (or why not). */
export function isFactorMapped(entry: { evidence: FactorEvidence | null; note: string }): boolean {
  return entry.evidence !== null && entry.note.trim().length > 0;
}

export type TMappingProgress = { mapped: number; total: number; complete: boolean };

export function mappingProgress(entries: { evidence: FactorEvidence | null; note: string }[], total: number): TMappingProgress {
  const mapped = entries.filter(isFactorMapped).length;
  return { mapped, total, complete: total > 0 && mapped >= total };
}

/** Form field names of the guide, shared by the form and its decoder. */
export const mappingFieldName = {
  evidence: (factor: string) => `evidence:${factor}`,
  note: (factor: string) => `note:${factor}`,
  focusArea: (slug: string) => `focusArea:${slug}`,
};

/** The guide's posted form as the command's input (the command's schema checks it). */
export function mappingInputFromForm(formData: FormData): { id: unknown; version: unknown; focusAreas: string[]; factors: { factor: string; evidence: string | null; note: string }[] } {
  const factors = new Map<string, { factor: string; evidence: string | null; note: string }>();
  const focusAreas: string[] = [];
  const entry = (factor: string) => factors.get(factor) ?? factors.set(factor, { factor, evidence: null, note: "" }).get(factor)!;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const [kind, key] = name.split(":", 2);
    if (!key) continue;
    if (kind === "evidence") entry(key).evidence = value === "" ? null : value;
    else if (kind === "note") entry(key).note = value;
    else if (kind === "focusArea" && value !== "") focusAreas.push(key);
  }
  return { id: formData.get("id"), version: formData.get("version"), focusAreas, factors: [...factors.values()] };
}

/** What was typed, by field name, to draw the form again after an error (no JavaScript needed). */
export function postedMappingValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && /^(evidence|note|focusArea):/.test(name)) values[name] = value;
  }
  return values;
}

/** The schema's error paths ("factors.2.note") as the guide's field names ("note:forankring"). */
export function guideFieldErrors(errors: Record<string, string[]> | undefined, factors: { factor: string }[]): Record<string, string[]> | undefined {
  if (!errors) return errors;
  return Object.fromEntries(
    Object.entries(errors).map(([path, messages]) => {
      const match = /^factors\.(\d+)\.(evidence|note)$/.exec(path);
      const factor = match ? factors[Number(match[1])]?.factor : undefined;
      return [match && factor ? `${match[2]}:${factor}` : path, messages];
    }),
  );
}
