import type { TActor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, can, projectResourceOf, type TProjectResource } from "@/lib/auth/permissions";
import { defineCommand, type Tx } from "@/lib/commands/define-command";
import { notFoundError, validationError } from "@/lib/commands/errors";
import { readProjectSnapshot } from "@/lib/content/snapshot";
import { zAcceptSuggestion, zMergeSuggestion, zNoticeMode, zRejectSuggestion } from "@/lib/intake/schemas";
import type { TDecisionMail } from "@/lib/intake/notify";
import { lockForSave, recordRevision } from "@/lib/revisions/record";

/**
 * The triage of suggested projects (issue 13), as commands (lib/commands/define-command.ts): the
 * permission table's `intake.triage` decides on the stored project's counties. Each returns what
 * the suggester is to be told and their contact details as read before the change, so the caller
 * mails after the commit (lib/intake/decide.ts); a rejection deletes those details in the same
 * transaction.
 */

export type TDecisionResult = {
  projectId: number;
  mail: TDecisionMail;
  /** The suggester's contact as it was (already deleted from the database for a rejection). */
  contact: { name: string; email: string; consent: boolean; language: string } | null;
};

async function resourceOf(tx: Tx, projectId: number, state: TProjectResource["state"], adviserId: number | null): Promise<TProjectResource> {
  const rows = await tx.projectMunicipality.findMany({ where: { projectId }, select: { municipality: { select: { countyNumber: true } } } });
  return projectResourceOf(rows.map((r) => r.municipality.countyNumber), adviserId, state);
}

/** Locks the suggestion and its project; refuses what is not the actor's, and what is already decided. */
async function openSuggestion(tx: Tx, actor: TActor, projectId: number) {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM intake_suggestion WHERE project_id = ${projectId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw notFoundError("Fant ikke innmeldingen.");
  const project = await lockForSave(tx, "project", projectId);
  const resource = await resourceOf(tx, projectId, project.state, project.ownerId);
  assertCan(actor, "intake.triage", resource, { type: "project", id: projectId });
  if (row.status !== "new") throw validationError("Innmeldingen er allerede behandlet.", { _form: ["er allerede behandlet"] });
  const contact = await tx.intakeContact.findUnique({ where: { projectId }, select: { name: true, email: true, consent: true, language: true } });
  const title = (await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { title: true } })).title;
  return { project, contact, title };
}

/** Takes the suggestion's own kandidat project out of the working lists (kept, with its history). */
async function archive(tx: Tx, actor: TActor, projectId: number, version: number, action: string, comment: string) {
  const before = await readProjectSnapshot(tx, projectId);
  await tx.project.update({ where: { id: projectId }, data: { state: "arkivert" } });
  await recordRevision(tx, actor, { entityType: "project", id: projectId, version: version + 1, before, action, comment });
}

/** Reject with a reason: the suggester is told (with consent), and their personal data is deleted now. */
export const rejectSuggestion = defineCommand(
  { name: "intake.reject", input: zRejectSuggestion, entityType: "project", entityId: (input) => input.projectId },
  async (tx, actor, input): Promise<TDecisionResult> => {
    const { project, contact, title } = await openSuggestion(tx, actor, input.projectId);
    await tx.intakeSuggestion.update({ where: { projectId: input.projectId }, data: { status: "rejected", reason: input.reason, decidedAt: new Date(), decidedById: actor.id } });
    await tx.intakeContact.deleteMany({ where: { projectId: input.projectId } });
    await archive(tx, actor, input.projectId, project.version, "intake.reject", "Innmelding avvist");
    return { projectId: input.projectId, mail: { kind: "rejected", title, reason: input.reason }, contact };
  },
);

/**
 * The suggestion describes an example the base already has: the suggestion is recorded as merged
 * into it and its own project archived. The target is named by id or slug and must be one the
 * actor may see (published, or in their scope).
 */
export const mergeSuggestion = defineCommand(
  { name: "intake.merge", input: zMergeSuggestion, entityType: "project", entityId: (input) => input.projectId },
  async (tx, actor, input): Promise<TDecisionResult & { intoId: number }> => {
    const { project, contact, title } = await openSuggestion(tx, actor, input.projectId);
    const key = input.target.trim();
    const target = await tx.project.findFirst({
      where: /^\d{1,9}$/.test(key) ? { id: Number(key) } : { slug: key.toLowerCase() },
      select: { id: true, slug: true, title: true, state: true, adviserId: true, intake: { select: { status: true } } },
    });
    const notFound = () => validationError("Fant ikke eksemplet. Velg et av forslagene, eller skriv inn id-nummeret eller adressen (slug).", { target: ["fant ikke eksemplet"] });
    if (!target) throw notFound();
    if (target.id === input.projectId) throw validationError("En innmelding kan ikke slås sammen med seg selv.", { target: ["er den samme innmeldingen"] });
    const visible = target.state === "publisert" || can(actor, "project.view", await resourceOf(tx, target.id, target.state, target.adviserId));
    if (!visible) throw notFound();
    if (target.state === "arkivert" || target.intake?.status === "new") {
      throw validationError("Velg et eksempel som er i kunnskapsbanken, ikke en innmelding som venter eller et arkivert prosjekt.", { target: ["kan ikke velges"] });
    }
    await tx.intakeSuggestion.update({ where: { projectId: input.projectId }, data: { status: "merged", mergedIntoId: target.id, decidedAt: new Date(), decidedById: actor.id } });
    await archive(tx, actor, input.projectId, project.version, "intake.merge", `Slått sammen med «${target.title}» (${target.slug})`);
    return {
      projectId: input.projectId,
      intoId: target.id,
      mail: { kind: "merged", title, intoTitle: target.title, intoUrl: target.state === "publisert" ? `/prosjekter/${target.slug}` : null },
      contact,
    };
  },
);

/** Accept for mapping: the project stays a kandidat; the next step (an adviser) is on its admin page. */
export const acceptSuggestion = defineCommand(
  { name: "intake.accept", input: zAcceptSuggestion, entityType: "project", entityId: (input) => input.projectId },
  async (tx, actor, input): Promise<TDecisionResult> => {
    const { contact, title } = await openSuggestion(tx, actor, input.projectId);
    await tx.intakeSuggestion.update({ where: { projectId: input.projectId }, data: { status: "accepted", decidedAt: new Date(), decidedById: actor.id } });
    await writeAudit(tx, { userId: actor.id, action: "intake.accept", outcome: "success", entityType: "project", entityId: input.projectId });
    return { projectId: input.projectId, mail: { kind: "accepted", title }, contact };
  },
);

/** A curator's own choice: a mail per new suggestion, or one daily digest. */
export const setIntakeNoticeMode = defineCommand({ name: "intake.notice_mode", input: zNoticeMode, entityType: "user" }, async (tx, actor, input) => {
  if (actor.role === "adviser") throw validationError("Bare fylkeskontakter og administratorer får varsler om innmeldinger.", { mode: ["gjelder ikke rådgivere"] });
  await tx.intakeNoticePreference.upsert({ where: { userId: actor.id }, create: { userId: actor.id, mode: input.mode }, update: { mode: input.mode } });
  return { mode: input.mode };
});
