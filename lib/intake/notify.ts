import type { TActor } from "@/lib/auth/actor";
import { can, projectResourceOf, projectSql } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { TMailer } from "@/lib/mail/send";
import { createTranslator } from "next-intl";
import { isLocale, localizePath, type TLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

/**
 * The mails of the intake: county contacts hear of each new suggestion (or get a daily digest,
 * their choice: intake_notice_preference), and the suggester hears of the decision when they
 * consented and gave an address. Always after the data is committed; a failed send is written to
 * the audit log (`intake.notify`) and never undoes what was saved.
 */

type TRecipient = { id: number; email: string; name: string; mode: "immediate" | "daily" };

async function activeCurators(db: PrismaClient) {
  const users = await db.user.findMany({
    where: { disabledAt: null, role: { in: ["county_contact", "admin"] } },
    select: { id: true, email: true, name: true, role: true, counties: { select: { countyNumber: true } }, intakeNotice: { select: { mode: true, lastDigestAt: true } } },
    orderBy: { id: "asc" },
  });
  return users.map((u) => ({
    actor: { id: u.id, email: u.email, name: u.name, role: u.role, counties: u.counties.map((c) => c.countyNumber).sort() } satisfies TActor,
    mode: u.intakeNotice?.mode ?? "immediate",
    lastDigestAt: u.intakeNotice?.lastDigestAt ?? null,
  }));
}

/**
 * Who hears of a suggestion: the county contacts the permission table lets triage it; when there
 * is none (no contact for that county yet, or it spans counties), the administrators.
 */
export async function intakeRecipients(db: PrismaClient, projectId: number): Promise<TRecipient[]> {
  const rows = await db.projectMunicipality.findMany({ where: { projectId }, select: { municipality: { select: { countyNumber: true } } } });
  const resource = projectResourceOf(rows.map((r) => r.municipality.countyNumber), null, "kandidat");
  const curators = await activeCurators(db);
  const contacts = curators.filter((c) => c.actor.role === "county_contact" && can(c.actor, "intake.triage", resource));
  const chosen = contacts.length > 0 ? contacts : curators.filter((c) => c.actor.role === "admin");
  return chosen.map((c) => ({ id: c.actor.id, email: c.actor.email, name: c.actor.name, mode: c.mode }));
}

function noticeText(name: string, suggestion: { id: number; title: string; places: string }, baseUrl: string) {
  return {
    subject: `Kunnskapsbanken: nytt innmeldt prosjekt – ${suggestion.title}`.slice(0, 200),
    text: [
      `Hei ${name},`,
      "",
      `Et prosjekt er meldt inn fra ${suggestion.places}:`,
      "",
      `  ${suggestion.title}`,
      "",
      `Se det i køen for innmeldinger: ${baseUrl}/admin/innmeldinger`,
      "Der kan du avvise det, slå det sammen med et eksempel som finnes, eller ta det videre til kartlegging.",
      "",
      "Hilsen Kunnskapsbanken",
      "(Du kan velge en daglig oppsummering i stedet på samme side.)",
    ].join("\n"),
  };
}

async function placesOf(db: PrismaClient, projectId: number) {
  const rows = await db.projectMunicipality.findMany({ where: { projectId }, select: { municipality: { select: { name: true } } }, orderBy: { municipalityNumber: "asc" } });
  return rows.map((r) => r.municipality.name).join(", ");
}

async function sendAndRecord(db: PrismaClient, mailer: TMailer, mail: { to: string; subject: string; text: string }, audit: { kind: string; entityType: string; entityId: number }) {
  const result = await mailer.send(mail);
  await writeAudit(db, {
    action: "intake.notify",
    outcome: result.ok ? "success" : "failure",
    entityType: audit.entityType,
    entityId: audit.entityId,
    details: { kind: audit.kind, via: result.via, ...(result.ok ? { messageId: result.messageId } : { error: result.error }) },
  });
  if (!result.ok) console.error(`[innmelding] E-post (${audit.kind}) kunne ikke sendes: ${result.error}`);
  return result.ok;
}

/** A mail to each curator who wants one per suggestion. Never throws: failures are logged and audited. */
export async function notifyNewSuggestion(db: PrismaClient, mailer: TMailer, projectId: number, options: { baseUrl: string }): Promise<{ sent: number; failed: number }> {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  let sent = 0;
  let failed = 0;
  try {
    const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true, title: true } });
    if (!project) return { sent, failed };
    const places = await placesOf(db, projectId);
    for (const recipient of (await intakeRecipients(db, projectId)).filter((r) => r.mode === "immediate")) {
      const ok = await sendAndRecord(db, mailer, { to: recipient.email, ...noticeText(recipient.name, { ...project, places }, baseUrl) }, { kind: "new", entityType: "project", entityId: projectId });
      if (ok) sent += 1;
      else failed += 1;
    }
  } catch (error) {
    console.error("[innmelding] Varsel om ny innmelding feilet:", error);
    failed += 1;
  }
  return { sent, failed };
}

/**
 * `npm run intake:digest` (daily): each county contact who chose the digest gets one mail naming
 * the new suggestions in their counties since their last digest (at most the last 24 hours the
 * first time); none when there are none.
 */
export async function sendIntakeDigests(db: PrismaClient, mailer: TMailer, options: { baseUrl: string; now?: Date }) {
  const now = options.now ?? new Date();
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const outcomes: { userId: number; email: string; count: number; sent: boolean }[] = [];
  for (const curator of (await activeCurators(db)).filter((c) => c.mode === "daily")) {
    const since = curator.lastDigestAt ?? new Date(now.getTime() - 24 * 60 * 60 * 1000);
    const rows = await db.$queryRaw<{ id: number; title: string }[]>(Prisma.sql`
      SELECT p.id, p.title FROM intake_suggestion s JOIN project p ON p.id = s.project_id
      WHERE s.status = 'new' AND s.submitted_at > ${since} AND s.submitted_at <= ${now} AND ${projectSql(curator.actor, "intake.triage")}
      ORDER BY s.submitted_at, p.id LIMIT 101`);
    if (rows.length === 0) {
      outcomes.push({ userId: curator.actor.id, email: curator.actor.email, count: 0, sent: false });
      continue;
    }
    const listed = rows.slice(0, 100);
    const text = [
      `Hei ${curator.actor.name},`,
      "",
      `${rows.length === 1 ? "Ett prosjekt" : `${rows.length > 100 ? "Over 100" : rows.length} prosjekter`} er meldt inn i fylkene dine siden forrige oppsummering:`,
      "",
      ...listed.map((r) => `- ${r.title}`),
      "",
      `Se dem i køen for innmeldinger: ${baseUrl}/admin/innmeldinger`,
      "",
      "Hilsen Kunnskapsbanken (daglig oppsummering)",
    ].join("\n");
    const ok = await sendAndRecord(
      db,
      mailer,
      { to: curator.actor.email, subject: `Kunnskapsbanken: ${rows.length === 1 ? "ett nytt innmeldt prosjekt" : `${rows.length} nye innmeldte prosjekter`}`, text },
      { kind: "digest", entityType: "user", entityId: curator.actor.id },
    );
    if (ok) await db.intakeNoticePreference.update({ where: { userId: curator.actor.id }, data: { lastDigestAt: now } });
    outcomes.push({ userId: curator.actor.id, email: curator.actor.email, count: rows.length, sent: ok });
  }
  return outcomes;
}

export type TDecisionMail =
  | { kind: "rejected"; title: string; reason: string }
  | { kind: "accepted"; title: string }
  | { kind: "merged"; title: string; intoTitle: string; intoUrl: string | null };

/**
 * The suggester's mail about a decision, in the language they made the suggestion in
 * (intake.mail in the message files; bokmål when it is not known).
 */
export function decisionText(name: string, decision: TDecisionMail, locale: TLocale = "nb"): { subject: string; text: string } {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "intake.mail" });
  const hello = t("greeting", { name });
  const signature = ["", t("signature")];
  const privacy = ["", t("privacyNote", { url: localizePath("/personvern", locale) })];
  if (decision.kind === "rejected") {
    return {
      subject: t("subject", { title: decision.title }).slice(0, 200),
      text: [hello, "", t("rejected", { title: decision.title }), "", decision.reason, "", t("rejectedDeleted"), ...signature].join("\n"),
    };
  }
  if (decision.kind === "merged") {
    return {
      subject: t("subject", { title: decision.title }).slice(0, 200),
      text: [hello, "", t("merged", { title: decision.title, into: decision.intoTitle }), ...(decision.intoUrl ? ["", decision.intoUrl] : []), ...signature, ...privacy].join("\n"),
    };
  }
  return {
    subject: t("acceptedSubject", { title: decision.title }).slice(0, 200),
    text: [hello, "", t("accepted", { title: decision.title }), ...signature, ...privacy].join("\n"),
  };
}

/** The suggester's mail about a decision, only with consent and an address. */
export async function notifySuggester(
  db: PrismaClient,
  mailer: TMailer,
  contact: { name: string; email: string; consent: boolean; language?: string } | null,
  decision: TDecisionMail,
  projectId: number,
): Promise<boolean> {
  if (!contact || !contact.consent || !contact.email) return false;
  try {
    return await sendAndRecord(db, mailer, { to: contact.email, ...decisionText(contact.name, decision, isLocale(contact.language) ? contact.language : "nb") }, { kind: decision.kind, entityType: "project", entityId: projectId });
  } catch (error) {
    console.error("[innmelding] E-post til innmelder feilet:", error);
    return false;
  }
}
