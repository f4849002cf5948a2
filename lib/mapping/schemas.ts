import { z } from "zod";
import { factorEvidences, MAX_MAPPING_NOTE } from "@/lib/mapping/guide";

/** The input of the mapping commands (lib/mapping/commands.ts), shared by forms and tests. */

const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");
const zSlug = z.string().trim().min(1).max(200).regex(/^[a-z0-9-]+$/, "er ikke et gyldig navn");
const zSlugs = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(zSlug).max(100, "for mange"));

/** An administrator sets the focus areas an adviser maps in. */
export const zAdviserFocusAreas = z.strictObject({ userId: zId, focusAreas: zSlugs });

/** A county contact or an administrator assigns an adviser to a candidate project. */
export const zAssignAdviser = z.strictObject({
  id: zId,
  version: zId,
  adviserId: z.coerce.number({ error: "velg en rådgiver" }).int("velg en rådgiver").positive("velg en rådgiver"),
});

export const zMappingFactor = z.strictObject({
  factor: zSlug,
  evidence: z.enum(factorEvidences, { error: "velg vist, ikke vist eller uklart" }).nullable(),
  note: z.string({ error: "må være tekst" }).trim().max(MAX_MAPPING_NOTE, `er for langt (høyst ${MAX_MAPPING_NOTE} tegn)`),
});

/** The mapping guide's save: every factor's answer and note, and the project's focus areas. */
export const zSaveMapping = z.strictObject({
  id: zId,
  version: zId,
  focusAreas: zSlugs,
  factors: z.array(zMappingFactor).max(50, "for mange suksessfaktorer"),
});

export type TSaveMappingInput = z.input<typeof zSaveMapping>;
