import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TActor, TSessionClaims } from "@/lib/auth/actor";
import { CommandError } from "@/lib/commands/errors";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findDuplicateHints, findIntakeQueue } from "@/lib/intake/admin-queries";
import { acceptSuggestion, mergeSuggestion, rejectSuggestion, setIntakeNoticeMode } from "@/lib/intake/commands";
import { decideSuggestion } from "@/lib/intake/decide";
import { notifyNewSuggestion, sendIntakeDigests } from "@/lib/intake/notify";
import { purgeExpiredIntakeData } from "@/lib/intake/purge";
import { INTAKE_RATE, intakeLimits, submitSuggestion } from "@/lib/intake/submit";
import { createMailer, type TMailer } from "@/lib/mail/send";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";
import { startTestSmtp, type TTestSmtp } from "@/tests/support/smtp";

/**
 * Intake (issue 13) against a real PostgreSQL and a real SMTP server: the public submission
 * (validation, honeypot, per-address limit, daily cap, nothing half-saved), the county-scoped
 * queue with its trigram duplicate hints, the three triage commands with their mails, the digest,
 * and the purge of personal data after 12 months.
 */
let db: PrismaClient;
let drop: () => Promise<void>;
let smtp: TTestSmtp;
let mailer: TMailer;
const claims = {} as Record<"troms" | "nordland" | "admin" | "adviser", TSessionClaims>;
const actors = {} as Record<"troms" | "nordland" | "admin", TActor>;
const BASE = "https://kb.test";
const opts = () => ({ db, mailer, baseUrl: BASE });

const valid = (over: Record<string, unknown> = {}) => ({
  title: "Fiberutbygging i øyriket Karlsøy",
  municipalities: ["5534"],
  summary: "Kommunen bygde fiber til øyene med støtte fra fylket og staten.",
  status: "avsluttet",
  focusAreas: ["bredband"],
  links: "https://karlsoy.kommune.no/fiber\nhttps://example.no/omtale",
  name: "Ola Innmelder",
  email: "ola@karlsoy.test",
  role: "Prosjektleder",
  consent: "ja",
  nettsted: "",
  ...over,
});

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createMailer({ smtpUrl: smtp.url, from: "Kunnskapsbanken <ikke-svar@kb.test>" });
  const isolated = await createIsolatedDatabase("intake");
  drop = isolated.drop;
  db = createPrismaClient(isolated.url);
  await db.county.createMany({ data: [{ number: "55", name: "Troms", slug: "troms" }, { number: "18", name: "Nordland", slug: "nordland" }] });
  await db.municipality.createMany({
    data: [
      { number: "5534", name: "Karlsøy", countyNumber: "55" },
      { number: "5501", name: "Tromsø", countyNumber: "55" },
      { number: "1804", name: "Bodø", countyNumber: "18" },
    ],
  });
  await db.focusArea.create({ data: { slug: "bredband", name: "Bredbånd", summary: "Bredbånd." } });
  const user = async (key: "troms" | "nordland" | "admin" | "adviser", role: "county_contact" | "admin" | "adviser", counties: string[]) => {
    const row = await db.user.create({
      data: { email: `${key}@kb.test`, name: `${key} bruker`, role, passwordHash: "x", counties: { create: counties.map((countyNumber) => ({ countyNumber })) } },
    });
    claims[key] = { userId: row.id, sessionVersion: 1 };
    if (key !== "adviser") actors[key] = { id: row.id, email: row.email, name: row.name, role, counties };
  };
  await user("troms", "county_contact", ["55"]);
  await user("nordland", "county_contact", ["18"]);
  await user("admin", "admin", []);
  await user("adviser", "adviser", []);
  // An existing, published example in Karlsøy: the duplicate a new suggestion should be told about.
  await db.project.create({
    data: { slug: "fiber-karlsoy", title: "Fiber til hele øyriket Karlsøy", summary: "Publisert.", status: "avsluttet", state: "publisert", publishedAt: new Date(), municipalities: { create: { municipalityNumber: "5534" } } },
  });
  await db.project.create({
    data: { slug: "kultur-karlsoy", title: "Kulturskole på Hansnes", summary: "Publisert.", status: "pagar", state: "publisert", publishedAt: new Date(), municipalities: { create: { municipalityNumber: "5534" } } },
  });
  await db.project.create({
    data: { slug: "fiber-bodo", title: "Fiber til hele øyriket Bodø", summary: "Publisert.", status: "pagar", state: "publisert", publishedAt: new Date(), municipalities: { create: { municipalityNumber: "1804" } } },
  });
});

beforeEach(async () => {
  smtp.mails.length = 0;
  await db.intakeSubmission.deleteMany();
});

afterAll(async () => {
  mailer?.close();
  await smtp?.close();
  await db?.$disconnect();
  await drop?.();
});

const submit = (raw: Record<string, unknown>, address: string | null = "192.0.2.10", extra: { now?: Date; limits?: { perAddress: number; perDay: number } } = {}) =>
  submitSuggestion(db, raw, { clientAddress: address, ...extra });

async function submitted(over: Record<string, unknown> = {}, address = "192.0.2.10") {
  const outcome = await submit(valid(over), address);
  if (!outcome.ok || outcome.projectId === null) throw new Error(`not saved: ${JSON.stringify(outcome)}`);
  return outcome.projectId;
}

describe("the public submission", () => {
  it("saves a kandidat project with its triage record and the suggester's data in their own tables", async () => {
    const id = await submitted();
    const project = await db.project.findUniqueOrThrow({
      where: { id },
      select: { state: true, title: true, sources: true, createdById: true, municipalities: { select: { municipalityNumber: true } }, focusAreas: { select: { focusArea: { select: { slug: true } } } } },
    });
    expect(project.state).toBe("kandidat");
    expect(project.title).toBe("Fiberutbygging i øyriket Karlsøy");
    expect(project.municipalities.map((m) => m.municipalityNumber)).toEqual(["5534"]);
    expect(project.focusAreas.map((f) => f.focusArea.slug)).toEqual(["bredband"]);
    expect(project.sources).toEqual([
      { title: "Lenke fra innmelder", url: "https://karlsoy.kommune.no/fiber" },
      { title: "Lenke fra innmelder", url: "https://example.no/omtale" },
    ]);
    const suggestion = await db.intakeSuggestion.findUniqueOrThrow({ where: { projectId: id }, select: { status: true, contact: true } });
    expect(suggestion.status).toBe("new");
    expect(suggestion.contact).toMatchObject({ name: "Ola Innmelder", email: "ola@karlsoy.test", role: "Prosjektleder", consent: true });
    // The limit's record keeps a keyed hash, never the address.
    const counters = await db.intakeSubmission.findMany();
    expect(counters).toHaveLength(1);
    expect(counters[0]!.addressHash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await db.$queryRaw<{ row: string }[]>`SELECT row_to_json(s)::text AS row FROM intake_submission s`;
    expect(stored.map((r) => r.row).join("\n")).not.toContain("192.0.2.10");
    expect(await db.revision.count({ where: { entityType: "project", entityId: id } })).toBe(1);
  });

  it("refuses bad input with a code per field and saves nothing", async () => {
    const before = await db.project.count();
    const outcome = await submit(
      valid({ title: "x", municipalities: [], summary: "kort", status: "kanskje", links: "javascript:alert(1)", email: "ikke-en-adresse", name: "<b>Ola</b>" }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.code !== "validation") throw new Error("expected a validation refusal");
    expect(outcome.fieldErrors).toMatchObject({
      title: ["titleRequired"],
      municipalities: ["municipalityRequired"],
      summary: ["summaryTooShort"],
      status: ["statusRequired"],
      links: ["linkInvalid"],
      email: ["emailInvalid"],
      name: ["noMarkup"],
    });
    expect(await db.project.count()).toBe(before);
    expect(await db.intakeSubmission.count()).toBe(0);
  });

  it("bounds every field", async () => {
    const outcome = await submit(
      valid({ title: "t".repeat(201), summary: "s".repeat(2001), name: "n".repeat(121), role: "r".repeat(121), links: Array.from({ length: 6 }, (_, i) => `https://example.no/${i}`).join("\n") }),
    );
    if (outcome.ok || outcome.code !== "validation") throw new Error("expected a validation refusal");
    expect(outcome.fieldErrors).toMatchObject({ title: ["titleTooLong"], summary: ["summaryTooLong"], name: ["nameTooLong"], role: ["roleTooLong"], links: ["tooManyLinks"] });
  });

  it("refuses an unknown municipality or focus area after parsing, without a half-saved project", async () => {
    const before = await db.project.count();
    const outcome = await submit(valid({ municipalities: ["9999"], focusAreas: ["finnes-ikke"] }));
    if (outcome.ok || outcome.code !== "validation") throw new Error("expected a validation refusal");
    expect(outcome.fieldErrors).toEqual({ municipalities: ["municipalityUnknown"], focusAreas: ["focusAreaUnknown"] });
    expect(await db.project.count()).toBe(before);
    expect(await db.intakeSubmission.count()).toBe(0);
  });

  it("asks for an e-mail address when the suggester consents to be contacted", async () => {
    const outcome = await submit(valid({ email: "", consent: "ja" }));
    if (outcome.ok || outcome.code !== "validation") throw new Error("expected a validation refusal");
    expect(outcome.fieldErrors).toEqual({ email: ["emailNeededForConsent"] });
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const before = await db.project.count();
    const outcome = await submit(valid({ nettsted: "https://spam.example" }));
    expect(outcome).toEqual({ ok: true, projectId: null, honeypot: true });
    expect(await db.project.count()).toBe(before);
    expect(await db.intakeSubmission.count()).toBe(0);
  });

  it("limits submissions per address and per day, counting only what was saved", async () => {
    const limits = { perAddress: 2, perDay: 3 };
    expect((await submit(valid(), "198.51.100.1", { limits })).ok).toBe(true);
    expect((await submit(valid(), "198.51.100.1", { limits })).ok).toBe(true);
    const before = await db.project.count();
    expect(await submit(valid(), "198.51.100.1", { limits })).toEqual({ ok: false, code: "rate_limited" });
    // Another address still may, until the day's cap.
    expect((await submit(valid(), "198.51.100.2", { limits })).ok).toBe(true);
    expect(await submit(valid(), "198.51.100.3", { limits })).toEqual({ ok: false, code: "daily_cap" });
    expect(await db.project.count()).toBe(before + 1);
    // A day later, the address may again.
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect((await submit(valid(), "198.51.100.1", { limits, now: tomorrow })).ok).toBe(true);
  });

  it("takes its limits from INTAKE_MAX_PER_ADDRESS and INTAKE_MAX_PER_DAY", async () => {
    expect(intakeLimits()).toEqual({ perAddress: INTAKE_RATE.perAddress, perDay: INTAKE_RATE.perDay });
    process.env.INTAKE_MAX_PER_ADDRESS = "1";
    process.env.INTAKE_MAX_PER_DAY = "50";
    try {
      expect(intakeLimits()).toEqual({ perAddress: 1, perDay: 50 });
      expect((await submit(valid(), "198.51.100.77")).ok).toBe(true);
      expect(await submit(valid(), "198.51.100.77")).toEqual({ ok: false, code: "rate_limited" });
    } finally {
      delete process.env.INTAKE_MAX_PER_ADDRESS;
      delete process.env.INTAKE_MAX_PER_DAY;
    }
  });

  it("holds the limit under concurrent posts from one address", async () => {
    const limits = { perAddress: 3, perDay: 100 };
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => submit(valid(), "203.0.113.9", { limits })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    expect(outcomes.filter((o) => !o.ok && o.code === "rate_limited")).toHaveLength(5);
  });
});

describe("the triage queue", () => {
  it("shows a county contact only their counties' suggestions, with duplicate hints by trigram in the same municipality", async () => {
    const karlsoy = await submitted();
    const bodo = await submitted({ title: "Fiberutbygging i Bodø", municipalities: ["1804"] });
    const troms = await findIntakeQueue(actors.troms, {}, db);
    const tromsIds = troms.items.map((i) => i.projectId);
    expect(tromsIds).toContain(karlsoy);
    expect(tromsIds).not.toContain(bodo);
    const item = troms.items.find((i) => i.projectId === karlsoy)!;
    expect(item.contact?.email).toBe("ola@karlsoy.test");
    // The similar title in Karlsøy is hinted; the dissimilar one in Karlsøy and the similar one in Bodø are not.
    expect(item.hints.map((h) => h.slug)).toEqual(["fiber-karlsoy"]);
    expect(item.hints[0]!.similarity).toBeGreaterThan(0.25);
    const nordland = await findIntakeQueue(actors.nordland, {}, db);
    expect(nordland.items.map((i) => i.projectId)).toContain(bodo);
    expect(nordland.items.map((i) => i.projectId)).not.toContain(karlsoy);
    expect(nordland.items.find((i) => i.projectId === bodo)!.hints.map((h) => h.slug)).toEqual(["fiber-bodo"]);
    const admin = await findIntakeQueue(actors.admin, {}, db);
    expect(admin.items.map((i) => i.projectId)).toEqual(expect.arrayContaining([karlsoy, bodo]));
    // The hints query is parameterized: a title with SQL in it is just a title.
    const hostile = await submitted({ title: "Fiber'); DROP TABLE project; --" });
    expect((await findDuplicateHints(actors.troms, [hostile], db)).get(hostile) ?? []).toEqual([]);
    expect(await db.project.count()).toBeGreaterThan(0);
  });

  it("mails the county's contacts of a new suggestion, after it is saved; a mail server that is down loses nothing", async () => {
    const id = await submitted();
    expect(await notifyNewSuggestion(db, mailer, id, { baseUrl: BASE })).toEqual({ sent: 1, failed: 0 });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to && !Array.isArray(mail!.to) && mail!.to.text).toBe("troms@kb.test");
    expect(mail!.subject).toContain("Fiberutbygging i øyriket Karlsøy");
    expect(mail!.text).toContain(`${BASE}/admin/innmeldinger`);
    expect(mail!.text).not.toContain("ola@karlsoy.test");

    const down = createMailer({ smtpUrl: "smtp://127.0.0.1:9", from: "Kunnskapsbanken <ikke-svar@kb.test>" });
    expect(await notifyNewSuggestion(db, down, id, { baseUrl: BASE })).toEqual({ sent: 0, failed: 1 });
    down.close();
    expect(await db.intakeSuggestion.findUnique({ where: { projectId: id }, select: { status: true } })).toEqual({ status: "new" });
    const failures = await db.auditLog.findMany({ where: { action: "intake.notify", outcome: "failure", entityId: String(id) } });
    expect(failures).toHaveLength(1);
  });

  it("sends the daily digest instead, to a contact who chose it", async () => {
    await setIntakeNoticeMode(claims.troms, { mode: "daily" }, { db });
    const id = await submitted({ title: "Digest-prosjektet i Tromsø", municipalities: ["5501"] });
    expect(await notifyNewSuggestion(db, mailer, id, { baseUrl: BASE })).toEqual({ sent: 0, failed: 0 });
    const outcomes = await sendIntakeDigests(db, mailer, { baseUrl: BASE });
    expect(outcomes.filter((o) => o.sent).map((o) => o.email)).toEqual(["troms@kb.test"]);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.text).toContain("Digest-prosjektet i Tromsø");
    // The next digest names only what came after.
    expect((await sendIntakeDigests(db, mailer, { baseUrl: BASE, now: new Date(Date.now() + 1000) })).filter((o) => o.sent)).toEqual([]);
    await setIntakeNoticeMode(claims.troms, { mode: "immediate" }, { db });
    await expect(setIntakeNoticeMode(claims.adviser, { mode: "daily" }, { db })).rejects.toMatchObject({ code: "validation" });
  });
});

describe("the triage commands", () => {
  it("reject: the suggester is told the reason by e-mail, and their personal data is deleted at once", async () => {
    const id = await submitted({ title: "Et prosjekt som ikke passer" });
    const result = await decideSuggestion(rejectSuggestion, claims.troms, { projectId: id, reason: "Prosjektet er ikke avsluttet ennå." }, opts());
    expect(result.mailed).toBe(true);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to && !Array.isArray(mail!.to) && mail!.to.text).toBe("ola@karlsoy.test");
    expect(mail!.text).toContain("Prosjektet er ikke avsluttet ennå.");
    expect(await db.intakeContact.findUnique({ where: { projectId: id } })).toBeNull();
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM intake_contact WHERE email = 'ola@karlsoy.test' AND project_id = ${id}`;
    expect(Number(rows[0]!.n)).toBe(0);
    const suggestion = await db.intakeSuggestion.findUniqueOrThrow({ where: { projectId: id } });
    expect(suggestion).toMatchObject({ status: "rejected", reason: "Prosjektet er ikke avsluttet ennå.", decidedById: claims.troms.userId });
    expect((await db.project.findUniqueOrThrow({ where: { id } })).state).toBe("arkivert");
    // Decided once: a second decision is refused.
    await expect(rejectSuggestion(claims.troms, { projectId: id, reason: "Igjen, igjen." }, { db })).rejects.toMatchObject({ code: "validation" });
  });

  it("refuses another county's contact, an adviser and a visitor, and a reason too short", async () => {
    const id = await submitted();
    await expect(rejectSuggestion(claims.nordland, { projectId: id, reason: "Ikke mitt fylke." }, { db })).rejects.toMatchObject({ code: "forbidden" });
    await expect(acceptSuggestion(claims.adviser, { projectId: id }, { db })).rejects.toMatchObject({ code: "forbidden" });
    await expect(acceptSuggestion(null, { projectId: id }, { db })).rejects.toMatchObject({ code: "unauthenticated" });
    const short = await rejectSuggestion(claims.troms, { projectId: id, reason: "Nei" }, { db }).catch((e: unknown) => e);
    expect(short).toBeInstanceOf(CommandError);
    expect((short as CommandError).fieldErrors?.reason?.[0]).toMatch(/begrunnelse/i);
    expect(await db.intakeContact.findUnique({ where: { projectId: id } })).not.toBeNull();
    // The Nordland contact does not see the suggester either.
    expect((await findIntakeQueue(actors.nordland, {}, db)).items.some((i) => i.projectId === id)).toBe(false);
  });

  it("merge: into a hinted example, by id or slug; the suggestion's own project is archived", async () => {
    const id = await submitted();
    const target = await db.project.findUniqueOrThrow({ where: { slug: "fiber-karlsoy" }, select: { id: true } });
    await expect(mergeSuggestion(claims.troms, { projectId: id, target: "finnes-ikke" }, { db })).rejects.toMatchObject({ code: "validation" });
    await expect(mergeSuggestion(claims.troms, { projectId: id, target: String(id) }, { db })).rejects.toMatchObject({ code: "validation" });
    const result = await decideSuggestion(mergeSuggestion, claims.troms, { projectId: id, target: "fiber-karlsoy" }, opts());
    expect(result.intoId).toBe(target.id);
    expect(await db.intakeSuggestion.findUniqueOrThrow({ where: { projectId: id } })).toMatchObject({ status: "merged", mergedIntoId: target.id });
    expect((await db.project.findUniqueOrThrow({ where: { id } })).state).toBe("arkivert");
    const [mail] = await smtp.waitFor(1);
    expect(mail!.text).toContain(`${BASE}/prosjekter/fiber-karlsoy`);
  });

  it("accept: the project stays a kandidat, the status is accepted, and the suggester is told", async () => {
    const id = await submitted();
    const result = await decideSuggestion(acceptSuggestion, claims.troms, { projectId: id }, opts());
    expect(result.projectId).toBe(id);
    expect((await db.project.findUniqueOrThrow({ where: { id } })).state).toBe("kandidat");
    expect(await db.intakeSuggestion.findUniqueOrThrow({ where: { projectId: id } })).toMatchObject({ status: "accepted", decidedById: claims.troms.userId });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toContain("skal kartlegges");
    // No longer in the queue.
    expect((await findIntakeQueue(actors.troms, {}, db)).items.some((i) => i.projectId === id)).toBe(false);
  });

  it("mails nobody who did not consent", async () => {
    const id = await submitted({ consent: "", email: "stille@karlsoy.test" });
    const result = await decideSuggestion(acceptSuggestion, claims.admin, { projectId: id }, opts());
    expect(result.mailed).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails).toHaveLength(0);
  });
});

describe("the purge", () => {
  it("deletes personal data 12 months after the suggestion, whatever its status, and nothing younger", async () => {
    const old = await submitted({ title: "Gammelt forslag" });
    const young = await submitted({ title: "Nytt forslag" });
    await decideSuggestion(acceptSuggestion, claims.troms, { projectId: old }, opts());
    const thirteenMonthsAgo = new Date();
    thirteenMonthsAgo.setUTCMonth(thirteenMonthsAgo.getUTCMonth() - 13);
    await db.intakeContact.update({ where: { projectId: old }, data: { createdAt: thirteenMonthsAgo } });
    const result = await purgeExpiredIntakeData(db);
    expect(result.contacts).toBeGreaterThanOrEqual(1);
    expect(await db.intakeContact.findUnique({ where: { projectId: old } })).toBeNull();
    expect(await db.intakeContact.findUnique({ where: { projectId: young } })).not.toBeNull();
    // The suggestion itself (and its project) stays; only the person is gone.
    expect(await db.intakeSuggestion.findUnique({ where: { projectId: old }, select: { status: true } })).toEqual({ status: "accepted" });
  });

  it("runs when the queue is read, and on every submission", async () => {
    const id = await submitted({ title: "Utløper snart" });
    const cutoff = new Date();
    cutoff.setUTCMonth(cutoff.getUTCMonth() - 12);
    await db.intakeContact.update({ where: { projectId: id }, data: { createdAt: new Date(cutoff.getTime() - 60_000) } });
    const item = (await findIntakeQueue(actors.troms, {}, db)).items.find((i) => i.projectId === id);
    expect(item?.contact).toBeNull();
    const other = await submitted({ title: "Utløper også" });
    await db.intakeContact.update({ where: { projectId: other }, data: { createdAt: new Date(cutoff.getTime() - 60_000) } });
    await submitted({ title: "Et nytt forslag som rydder" });
    expect(await db.intakeContact.findUnique({ where: { projectId: other } })).toBeNull();
  });
});
