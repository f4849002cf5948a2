import { z } from "zod";
import type { TSessionClaims } from "@/lib/auth/actor";
import { editorialStates } from "@/lib/content/schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkdown } from "@/lib/markdown";
import {
  ConflictError,
  createProject,
  NotFoundError,
  restoreProjectRevision,
  setProjectState,
  updateProject,
  ValidationError,
  zProjectInput,
  type TProjectInput,
  type TSaveResult,
} from "@/lib/projects/mutations";
import { blank, filledRows, formValuesToInput, FUNDING_FIELDS, MARKDOWN_FIELDS, projectFieldLabels, SOURCE_FIELDS, type TFormValues } from "@/lib/projects/form-fields";

const stringValues = (raw: unknown): TFormValues =>
  Object.fromEntries(
    Object.entries(raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {}).map(([k, v]) => [k, typeof v === "string" ? v : ""]),
  );

const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");

/** The posted form: the project itself, and for edits the id and the version the editor started from. */
export const zProjectForm = z
  .unknown()
  .transform((raw): { id?: unknown; version?: unknown; intent: "save" | "preview"; values: TFormValues; project: TProjectInput } => {
    const values = stringValues(raw);
    return {
      id: blank(values.id) ? undefined : values.id,
      version: blank(values.version) ? undefined : values.version,
      intent: values.intent === "preview" ? "preview" : "save",
      values,
      // Not yet valid: the pipe below checks it, with Norwegian messages.
      project: formValuesToInput(values) as TProjectInput,
    };
  })
  .pipe(
    z.object({
      id: zId.optional(),
      version: zId.optional(),
      intent: z.enum(["save", "preview"]),
      values: z.record(z.string(), z.string()),
      project: zProjectInput,
    }),
  );
export type TProjectForm = z.output<typeof zProjectForm>;

/** Friendlier words for a few of zod's messages, where the schema speaks of identifiers. */
const messageOverrides: Record<string, string> = {
  status: "velg en status",
  title: "kan ikke være tom",
};

/**
 * Error keys as the form knows them: without the "project." prefix, list items folded into their
 * group, and row numbers of the form (empty rows are left out before validation).
 */
export function formFieldErrors(fieldErrors: Record<string, string[]> | undefined, values: TFormValues): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const rows = { funding: filledRows(values, "funding", FUNDING_FIELDS), sources: filledRows(values, "sources", SOURCE_FIELDS) };
  for (const [rawKey, reported] of Object.entries(fieldErrors ?? {})) {
    let messages = reported;
    let key = rawKey.replace(/^(project|values)\./, "");
    const [head, index, ...rest] = key.split(".");
    if (head === "funding" || head === "sources") {
      key = index === undefined ? head : [head, rows[head][Number(index)] ?? index, ...rest].join(".");
    } else if (["municipalities", "focusAreas", "reports", "tags", "successFactors", "gaps"].includes(head)) {
      key = head;
    } else if (head === "slug" && blank(values.slug)) {
      // The slug is made from the title: an empty title already has its own message.
      if (blank(values.title)) continue;
      messages = ["kunne ikke lages fra tittelen; skriv inn en adresse"];
    }
    const texts = head in messageOverrides && rawKey.replace(/^project\./, "") === head && /må være en av|må være tekst/.test(messages.join()) ? [messageOverrides[head]] : messages;
    (result[key] ??= []).push(...texts.filter((t) => !(result[key] ?? []).includes(t)));
  }
  return result;
}

export const zPreviewForm = z.unknown().transform(stringValues);

/** The key under which a conflict travels through the wrapper's fieldErrors. */
export const CONFLICT_KEY = "_conflict";

export type TPreview = Partial<Record<(typeof MARKDOWN_FIELDS)[number], string>>;

/** The Markdown fields as the public page will show them: the same sanitising renderer. */
export function previewOf(values: TFormValues): TPreview {
  const preview: TPreview = {};
  for (const field of MARKDOWN_FIELDS) if (!blank(values[field])) preview[field] = renderMarkdown(values[field]);
  return preview;
}

export type TProjectFormResult = { kind: "saved"; result: TSaveResult; created: boolean } | { kind: "preview"; preview: TPreview };

const changedList = (changed: string[]) => changed.map((f) => (projectFieldLabels[f] ?? f).toLowerCase()).join(", ");

/**
 * What the save action does once the wrapper has checked the user and the input: the mutations
 * check the permission on the stored project (never on what the form says about it).
 */
export async function saveProjectForm(db: PrismaClient, claims: TSessionClaims, form: TProjectForm): Promise<TProjectFormResult> {
  return notFoundAsMessage(() => saveOrPreview(db, claims, form));
}

/** A forged or stale id is a message for the form, not a server error. */
async function notFoundAsMessage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) throw new ValidationError(error.message, {});
    throw error;
  }
}

async function saveOrPreview(db: PrismaClient, claims: TSessionClaims, form: TProjectForm): Promise<TProjectFormResult> {
  if (form.intent === "preview") return { kind: "preview", preview: previewOf(form.values) };
  const project = form.project as TProjectInput;
  if (form.id === undefined) return { kind: "saved", created: true, result: await createProject(claims, project, { db }) };
  if (form.version === undefined) throw new ValidationError("Skjemaet mangler versjonsnummer. Last siden på nytt.", { _form: ["mangler versjon"] });
  try {
    return { kind: "saved", created: false, result: await updateProject(claims, { id: form.id, version: form.version, project }, { db }) };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const who = error.changedBy.length ? error.changedBy.join(" og ") : "En annen bruker";
    throw new ValidationError(
      `Ikke lagret: ${who} lagret prosjektet mens du redigerte (nå versjon ${error.currentVersion}). ` +
        `Endret av dem: ${changedList(error.changed) || "ingen felt"}. Det du skrev står fortsatt i skjemaet. ` +
        `Åpne prosjektet på nytt i en ny fane, se hva som er endret, og før inn endringene dine der.`,
      // Not a field error: the action lifts it out so the form can link to the saved version.
      { [CONFLICT_KEY]: [String(form.id)] },
    );
  }
}

export const zStateForm = z.object({
  id: zId,
  version: zId,
  state: z.enum(editorialStates, { error: "ukjent status" }),
  adviserId: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : Number(v)))
    .pipe(z.number().int().positive().optional()),
});

export async function changeProjectState(db: PrismaClient, claims: TSessionClaims, input: z.output<typeof zStateForm>): Promise<TSaveResult> {
  try {
    return await notFoundAsMessage(() => setProjectState(claims, input, { db }));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    throw new ValidationError(`Prosjektet er endret av ${error.changedBy.join(" og ") || "en annen bruker"} siden du åpnet det. Last siden på nytt og prøv igjen.`, {});
  }
}

export const zRestoreForm = z.object({ id: zId, version: zId });

export async function restoreProjectForm(db: PrismaClient, claims: TSessionClaims, input: z.output<typeof zRestoreForm>): Promise<TSaveResult> {
  return notFoundAsMessage(() => restoreProjectRevision(claims, input, { db }));
}
