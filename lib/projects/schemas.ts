import { z } from "zod";
import { editorialStates, zMunicipalityNumber, zProjectFile, zSource } from "@/lib/content/schemas";

/** The input of the project commands (lib/projects/commands.ts), with Norwegian messages. */

const fields = zProjectFile.shape;

/** A project as an editor saves it. Drafts may lack what publishing demands (see publishProblems). */
export const zProjectInput = z
  .strictObject({
    ...fields,
    summary: z.string({ error: "må være tekst" }).trim().max(3000, "er for lang (høyst 3000 tegn)").default(""),
    municipalities: z.array(zMunicipalityNumber, { error: "må være en liste" }).default([]),
    sources: z.array(zSource, { error: "må være en liste" }).default([]),
  })
  .omit({ state: true })
  .refine((p) => p.startYear === undefined || p.endYear === undefined || p.startYear <= p.endYear, {
    path: ["endYear"],
    message: "kan ikke være før startår",
  });
export type TProjectInput = z.input<typeof zProjectInput>;
export type TProjectData = z.output<typeof zProjectInput>;

export const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");

export const zProjectUpdate = z.object({ id: zId, version: zId, project: zProjectInput });

/** The project form: a new project has no id; an edit carries the version the editor started from. */
export const zProjectSave = z.object({ id: zId.optional(), version: zId.optional(), project: zProjectInput });

export const zProjectState = z.object({
  id: zId,
  version: zId,
  state: z.enum(editorialStates, { error: "ukjent status" }),
  adviserId: z
    .union([z.number(), z.string(), z.null()])
    .optional()
    // The form posts "" for "keep the adviser"; null (from code) takes the adviser away.
    .transform((v) => (v === undefined || v === "" ? undefined : v === null ? null : Number(v)))
    .pipe(z.number().int().positive().nullable().optional()),
});

export const zProjectRestore = z.object({ id: zId, version: zId });
