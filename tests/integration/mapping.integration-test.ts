import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type TSessionClaims } from "@/lib/auth/actor";
import type { z } from "zod";
import type { TCommand } from "@/lib/commands/define-command";
import { runForForm, type TActionState } from "@/lib/commands/form-state";
import { readProjectSnapshot } from "@/lib/content/snapshot";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMailer } from "@/lib/mail/send";
import { assignAdviser, saveProjectMapping, setAdviserFocusAreas } from "@/lib/mapping/commands";
import { findAdviserProposals, findMappingGuide, findMappingWork } from "@/lib/mapping/queries";
import { notifyAssignedAdviser } from "@/lib/mapping/notify";
import { syncReferenceData } from "@/lib/places/sync-reference";
import { saveProject, setProjectState } from "@/lib/projects/commands";
import { documentationLevelSql } from "@/lib/projects/documentation-level-sql";
import { projectSaveInput } from "@/lib/projects/form-codec";
import type { TFormValues } from "@/lib/projects/form-fields";
import { createUser } from "@/lib/users/create-user";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";
import { startTestSmtp, type TTestSmtp } from "@/tests/support/smtp";

/**
 * Assignment and the mapping guide (issue 13) through their commands, on a real PostgreSQL: who
 * may do what, how advisers are proposed, what a mapping writes, and the mail after an assignment.
 */
let db: PrismaClient;
let drop: () => Promise<void>;
let smtp: TTestSmtp;
const claims = {} as Record<"admin" | "troms" | "nordland" | "anna" | "bjorn" | "cecilie" | "disabled", TSessionClaims>;
const PASSWORD = "et-langt-passord-123";
const FACTORS = ["forankring", "realistiske-mal", "samarbeid"];

/** A command as a form runs it (runForForm), on this file's database; `input` is what a browser or a forger posts. */
const run = <S extends z.ZodType, R>(command: TCommand<S, R>, who: TSessionClaims | null, input: unknown): Promise<TActionState<R>> => runForForm(command, who, input, { db });

const form = (slug: string, municipality: string, focus: string[], extra: TFormValues = {}): TFormValues => ({
  title: `Prosjekt ${slug}`,
  slug,
  summary: "Et prosjekt til test.",
  status: "pagar",
  [`municipality:${municipality}`]: "on",
  ...Object.fromEntries(focus.map((f) => [`focusArea:${f}`, "on"])),
  "sources.0.title": "Kommunens nettside",
  "sources.0.url": "https://example.no/prosjekt",
  ...extra,
});

async function createProject(who: TSessionClaims, slug: string, municipality: string, focus: string[], extra: TFormValues = {}) {
  const result = await runForForm(saveProject, who, projectSaveInput(form(slug, municipality, focus, extra)), { db });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result.data!;
}

const versionOf = async (id: number) => (await db.project.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const lastAudit = () => db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { action: true, outcome: true, userId: true, entityId: true, details: true } });

beforeAll(async () => {
  const isolated = await createIsolatedDatabase("mapping");
  drop = isolated.drop;
  db = createPrismaClient(isolated.url);
  await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 });
  for (const [slug, name] of [["bredband", "Bredbånd"], ["ungdom", "Mobilisering av ungdom"], ["bolig", "Tilrettelegging for bolig"]]) {
    await db.focusArea.create({ data: { slug: slug!, name: name!, summary: name! } });
  }
  const verktoy = await db.pillar.create({ data: { slug: "verktoy", name: "Verktøy", tagline: "Effektiv gjennomføring", position: 4 } });
  const ramme = await db.pillar.create({ data: { slug: "ramme", name: "Ramme", tagline: "Proaktiv kommune", position: 3 } });
  for (const [i, slug] of FACTORS.entries()) {
    await db.successFactor.create({ data: { slug, name: slug, summary: `${slug}.`, questions: [`Spørsmål om ${slug}?`], position: i + 1, pillarId: verktoy.id } });
  }
  await db.successFactor.create({ data: { slug: "utenfor-guiden", name: "Utenfor", summary: "Ikke i guiden.", position: 10, pillarId: ramme.id } });
  const user = async (email: string, role: "admin" | "county_contact" | "adviser", counties: string[] = []) => {
    const u = await createUser(db, { email, name: email.split("@")[0]!, role, password: PASSWORD, counties });
    return { userId: u.id, sessionVersion: 1 };
  };
  claims.admin = await user("admin@example.no", "admin");
  claims.troms = await user("troms@example.no", "county_contact", ["55"]);
  claims.nordland = await user("nordland@example.no", "county_contact", ["18"]);
  claims.anna = await user("anna@example.no", "adviser");
  claims.bjorn = await user("bjorn@example.no", "adviser");
  claims.cecilie = await user("cecilie@example.no", "adviser");
  claims.disabled = await user("deaktivert@example.no", "adviser");
  await db.user.update({ where: { id: claims.disabled.userId }, data: { disabledAt: new Date() } });
  smtp = await startTestSmtp();
});

afterAll(async () => {
  await smtp?.close();
  await db?.$disconnect();
  await drop?.();
});

describe("advisers' focus areas", () => {
  it("an administrator sets them, audited with before and after", async () => {
    const result = await run(setAdviserFocusAreas, claims.admin, { userId: String(claims.anna.userId), focusAreas: ["bredband"] });
    expect(result).toMatchObject({ ok: true, data: { focusAreas: ["bredband"] } });
    expect(await lastAudit()).toMatchObject({ action: "user.focus_areas", outcome: "success", userId: claims.admin.userId, details: { before: [], after: ["bredband"] } });
    expect(await run(setAdviserFocusAreas, claims.admin, { userId: claims.bjorn.userId, focusAreas: ["bredband", "ungdom"] })).toMatchObject({ ok: true });
    expect(await db.adviserFocusArea.count({ where: { userId: claims.bjorn.userId } })).toBe(2);
  });

  it("an adviser or a county contact may not, and the refusal is audited", async () => {
    for (const who of [claims.anna, claims.troms]) {
      const result = await run(setAdviserFocusAreas, who, { userId: claims.anna.userId, focusAreas: ["bolig"] });
      expect(result).toMatchObject({ ok: false });
      expect(await lastAudit()).toMatchObject({ action: "user.focus_areas", outcome: "refused", userId: who.userId });
    }
    expect(await db.adviserFocusArea.count({ where: { userId: claims.anna.userId } })).toBe(1);
  });

  it("refuses unknown focus areas and users who are not advisers, saving nothing", async () => {
    const unknown = await run(setAdviserFocusAreas, claims.admin, { userId: claims.anna.userId, focusAreas: ["bredband", "finnes-ikke"] });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { focusAreas: ["ukjent fokusområde: finnes-ikke"] } });
    const contact = await run(setAdviserFocusAreas, claims.admin, { userId: claims.troms.userId, focusAreas: ["bredband"] });
    expect(contact).toMatchObject({ ok: false, message: "Bare rådgivere har fokusområder." });
    expect(await db.adviserFocusArea.count({ where: { userId: claims.anna.userId } })).toBe(1);
  });
});

describe("proposals and assignment", () => {
  it("proposes matching advisers first, then the least loaded, with open assignments counted", async () => {
    const target = await createProject(claims.troms, "fiber-og-ungdom", "5501", ["bredband", "ungdom"]);
    const actor = (await loadActor(db, claims.troms))!;
    let proposals = (await findAdviserProposals(actor, target.id, db))!;
    // Bjørn matches both focus areas, Anna one, Cecilie none; the disabled adviser is not offered.
    expect(proposals.map((p) => [p.name, p.matches, p.load])).toEqual([
      ["bjorn", ["Bredbånd", "Mobilisering av ungdom"], 0],
      ["anna", ["Bredbånd"], 0],
      ["cecilie", [], 0],
    ]);
    // Two open assignments for Bjørn and one published project (not open) for Anna.
    for (const slug of ["open-1", "open-2"]) {
      const p = await createProject(claims.troms, slug, "5501", ["bolig"]);
      expect(await run(assignAdviser, claims.troms, { id: p.id, version: p.version, adviserId: claims.bjorn.userId })).toMatchObject({ ok: true });
    }
    const done = await createProject(claims.troms, "ferdig", "5501", ["bolig"]);
    const assigned = await run(assignAdviser, claims.troms, { id: done.id, version: done.version, adviserId: claims.anna.userId });
    expect(await runForForm(setProjectState, claims.troms, { id: done.id, version: assigned.data!.version, state: "publisert" }, { db })).toMatchObject({ ok: true });
    await run(setAdviserFocusAreas, claims.admin, { userId: claims.anna.userId, focusAreas: ["bredband", "ungdom"] });
    proposals = (await findAdviserProposals(actor, target.id, db))!;
    // Equal matches: the one with fewer open assignments first.
    expect(proposals.map((p) => [p.name, p.matches.length, p.load])).toEqual([
      ["anna", 2, 0],
      ["bjorn", 2, 2],
      ["cecilie", 0, 0],
    ]);
  });

  it("gives no proposals to those who may not assign the project", async () => {
    const p = await db.project.findUniqueOrThrow({ where: { slug: "fiber-og-ungdom" }, select: { id: true } });
    expect(await findAdviserProposals((await loadActor(db, claims.nordland))!, p.id, db)).toBeNull();
    expect(await findAdviserProposals((await loadActor(db, claims.anna))!, p.id, db)).toBeNull();
    expect(await findAdviserProposals((await loadActor(db, claims.admin))!, p.id, db)).not.toBeNull();
  });

  it("a county contact cannot assign in another county; an adviser cannot assign at all", async () => {
    const p = await db.project.findUniqueOrThrow({ where: { slug: "fiber-og-ungdom" }, select: { id: true, version: true } });
    for (const who of [claims.nordland, claims.anna]) {
      const result = await run(assignAdviser, who, { id: p.id, version: p.version, adviserId: claims.anna.userId });
      expect(result).toMatchObject({ ok: false });
      expect(await lastAudit()).toMatchObject({ action: "project.assign", outcome: "refused", userId: who.userId });
    }
    expect(await db.project.findUniqueOrThrow({ where: { id: p.id }, select: { adviserId: true, state: true } })).toEqual({ adviserId: null, state: "kandidat" });
  });

  it("refuses a user who is no active adviser, and a stale version", async () => {
    const p = await db.project.findUniqueOrThrow({ where: { slug: "fiber-og-ungdom" }, select: { id: true, version: true } });
    expect(await run(assignAdviser, claims.troms, { id: p.id, version: p.version, adviserId: claims.nordland.userId })).toMatchObject({ ok: false, fieldErrors: { adviserId: ["må være en rådgiver"] } });
    expect(await run(assignAdviser, claims.troms, { id: p.id, version: p.version, adviserId: claims.disabled.userId })).toMatchObject({ ok: false, fieldErrors: { adviserId: ["er ikke en aktiv bruker"] } });
    expect(await run(assignAdviser, claims.troms, { id: p.id, version: p.version - 1 || 99, adviserId: claims.anna.userId })).toMatchObject({ ok: false });
  });

  it("assigns: under kartlegging, a revision, a timestamp; the adviser is mailed after the commit", async () => {
    const p = await db.project.findUniqueOrThrow({ where: { slug: "fiber-og-ungdom" }, select: { id: true, version: true } });
    const result = await run(assignAdviser, claims.troms, { id: String(p.id), version: String(p.version), adviserId: String(claims.anna.userId) });
    expect(result).toMatchObject({ ok: true, data: { version: p.version + 1, adviser: { email: "anna@example.no" } } });
    expect(await db.project.findUniqueOrThrow({ where: { id: p.id }, select: { adviserId: true, state: true } })).toEqual({ adviserId: claims.anna.userId, state: "under_kartlegging" });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "project", entityId: p.id }, orderBy: { version: "desc" } });
    expect(revision).toMatchObject({ version: p.version + 1, userId: claims.troms.userId, comment: "Tildelt rådgiver anna" });
    expect(revision.changed).toEqual(expect.arrayContaining(["state"]));
    expect(await db.projectMapping.findUniqueOrThrow({ where: { projectId: p.id } })).toMatchObject({ assignedById: claims.troms.userId, assignedAt: expect.any(Date) });

    const mailer = createMailer({ smtpUrl: smtp.url, from: "Kunnskapsbanken <test@example.no>" });
    const sent = await notifyAssignedAdviser(result.data!, { baseUrl: "http://localhost:4120", mailer, db, userId: claims.troms.userId });
    mailer.close();
    expect(sent.ok).toBe(true);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toMatchObject({ text: "anna@example.no" });
    expect(mail!.subject).toBe("Kunnskapsbanken: du skal kartlegge «Prosjekt fiber-og-ungdom»");
    expect(mail!.text).toContain(`http://localhost:4120/admin/prosjekter/${p.id}/kartlegging`);
    expect(await lastAudit()).toMatchObject({ action: "mail.assignment", outcome: "success" });

    // A refused mail is recorded, and the assignment stands.
    smtp.refuse(/anna@/);
    const failing = createMailer({ smtpUrl: smtp.url, from: "Kunnskapsbanken <test@example.no>" });
    const failed = await notifyAssignedAdviser(result.data!, { baseUrl: "http://localhost:4120", mailer: failing, db });
    failing.close();
    expect(failed.ok).toBe(false);
    expect(await lastAudit()).toMatchObject({ action: "mail.assignment", outcome: "failure" });
    expect(await db.project.findUniqueOrThrow({ where: { id: p.id }, select: { adviserId: true } })).toEqual({ adviserId: claims.anna.userId });

    const work = await findMappingWork((await loadActor(db, claims.anna))!, db);
    expect(work.projects.map((w) => [w.title, w.mapped])).toContainEqual(["Prosjekt fiber-og-ungdom", 0]);
    expect(work.total).toBe(FACTORS.length);
  });
});

describe("the mapping guide", () => {
  const answers = (entries: [string, string | null, string][]) => entries.map(([factor, evidence, note]) => ({ factor, evidence, note }));

  it("only the assigned adviser (or the county's curators) may save it", async () => {
    const p = await db.project.findUniqueOrThrow({ where: { slug: "fiber-og-ungdom" }, select: { id: true, version: true } });
    for (const who of [claims.bjorn, claims.nordland]) {
      const result = await run(saveProjectMapping, who, { id: p.id, version: p.version, focusAreas: ["bredband"], factors: answers([["forankring", "shown", "x"]]) });
      expect(result).toMatchObject({ ok: false });
    }
    expect(await db.projectFactorMapping.count({ where: { projectId: p.id } })).toBe(0);
    expect(await findMappingGuide((await loadActor(db, claims.bjorn))!, p.id, db)).toBeNull();
  });

  it("saves answers and notes with a revision; a shown factor reaches the public record", async () => {
    const p = await db.project.findUniqueOrThrow({ where: { slug: "fiber-og-ungdom" }, select: { id: true, version: true } });
    const result = await run(saveProjectMapping, claims.anna, {
      id: String(p.id),
      version: String(p.version),
      focusAreas: ["bredband", "ungdom", "bolig"],
      factors: answers([
        ["forankring", "shown", "Vedtatt i kommunestyret i 2012."],
        ["realistiske-mal", "not_shown", ""],
      ]),
    });
    expect(result).toMatchObject({ ok: true, data: { version: p.version + 1, mapped: 1, total: 3, complete: false } });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "project", entityId: p.id }, orderBy: { version: "desc" } });
    expect(revision).toMatchObject({ version: p.version + 1, userId: claims.anna.userId, comment: "Kartlegging: 1 av 3 suksessfaktorer kartlagt" });
    expect(revision.changed).toEqual(expect.arrayContaining(["successFactors", "focusAreas", "mapping"]));
    const snapshot = (await readProjectSnapshot(db, p.id))!;
    expect(snapshot.successFactors).toEqual([{ factor: "forankring", note: "Vedtatt i kommunestyret i 2012." }]);
    expect(snapshot.focusAreas).toEqual(["bolig", "bredband", "ungdom"]);
    expect(await lastAudit()).toMatchObject({ action: "project.mapping.factors", details: { mapped: 1, total: 3 } });
    const guide = (await findMappingGuide((await loadActor(db, claims.troms))!, p.id, db))!;
    expect(guide.factors.map((f) => [f.slug, f.evidence, f.questions])).toEqual([
      ["forankring", "shown", ["Spørsmål om forankring?"]],
      ["realistiske-mal", "not_shown", ["Spørsmål om realistiske-mal?"]],
      ["samarbeid", null, ["Spørsmål om samarbeid?"]],
    ]);
  });

  it("refuses a factor outside the guide, a stale version and an overlong note, saving nothing", async () => {
    const p = await db.project.findUniqueOrThrow({ where: { slug: "fiber-og-ungdom" }, select: { id: true, version: true } });
    const outside = await run(saveProjectMapping, claims.anna, { id: p.id, version: p.version, focusAreas: [], factors: answers([["utenfor-guiden", "shown", "x"]]) });
    expect(outside).toMatchObject({ ok: false, fieldErrors: { factors: ["ukjent suksessfaktor: utenfor-guiden"] } });
    const stale = await run(saveProjectMapping, claims.anna, { id: p.id, version: p.version - 1, focusAreas: [], factors: [] });
    expect(stale).toMatchObject({ ok: false });
    const long = await run(saveProjectMapping, claims.anna, { id: p.id, version: p.version, focusAreas: [], factors: answers([["samarbeid", "unclear", "x".repeat(4001)]]) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { "factors.0.note": ["er for langt (høyst 4000 tegn)"] } });
    expect(await versionOf(p.id)).toBe(p.version);
  });

  it("a complete mapping makes the example kartlagt, also with no factor shown", async () => {
    const p = await createProject(claims.troms, "uten-funn", "5501", ["bolig"]);
    const assigned = await run(assignAdviser, claims.troms, { id: p.id, version: p.version, adviserId: claims.cecilie.userId });
    const level = async () => (await db.$queryRaw<{ level: string }[]>`SELECT ${documentationLevelSql} AS level FROM project p WHERE p.id = ${p.id}`)[0]!.level;
    const partly = await run(saveProjectMapping, claims.cecilie, { id: p.id, version: assigned.data!.version, focusAreas: ["bolig"], factors: answers([["forankring", "not_shown", "Ingen vedtak."]]) });
    expect(partly).toMatchObject({ ok: true, data: { mapped: 1, complete: false } });
    expect(await level()).toBe("innmeldt");
    const all = await run(saveProjectMapping, claims.cecilie, {
      id: p.id,
      version: partly.data!.version,
      focusAreas: ["bolig"],
      factors: answers([
        ["forankring", "not_shown", "Ingen vedtak."],
        ["realistiske-mal", "unclear", "Kildene sier ikke noe om målene."],
        ["samarbeid", "not_shown", "Kommunen arbeidet alene."],
      ]),
    });
    expect(all).toMatchObject({ ok: true, data: { mapped: 3, total: 3, complete: true } });
    expect(await db.projectMapping.findUniqueOrThrow({ where: { projectId: p.id }, select: { completedAt: true, mappedFactors: true } })).toMatchObject({ mappedFactors: 3, completedAt: expect.any(Date) });
    expect(await level()).toBe("kartlagt");
  });

  it("publishing is refused while the publish check finds something missing", async () => {
    const p = await createProject(claims.troms, "uten-kilde", "5501", ["bredband"], { "sources.0.title": "", "sources.0.url": "" });
    const assigned = await run(assignAdviser, claims.troms, { id: p.id, version: p.version, adviserId: claims.anna.userId });
    const mapped = await run(saveProjectMapping, claims.anna, {
      id: p.id,
      version: assigned.data!.version,
      focusAreas: ["bredband"],
      factors: answers(FACTORS.map((f) => [f, "shown", `Notat om ${f}.`] as [string, string, string])),
    });
    expect(mapped).toMatchObject({ ok: true, data: { complete: true } });
    const refused = await runForForm(setProjectState, claims.troms, { id: p.id, version: mapped.data!.version, state: "publisert" }, { db });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { sources: ["må fylles ut før publisering"] } });
    expect(await db.project.findUniqueOrThrow({ where: { id: p.id }, select: { state: true } })).toEqual({ state: "under_kartlegging" });
    // The adviser cannot publish either, whatever they post.
    const byAdviser = await runForForm(setProjectState, claims.anna, { id: p.id, version: mapped.data!.version, state: "publisert" }, { db });
    expect(byAdviser.ok).toBe(false);
  });
});
