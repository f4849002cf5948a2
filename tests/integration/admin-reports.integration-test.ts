import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syncReferenceData } from "@/lib/places/sync-reference";
import type { CommandError } from "@/lib/commands/errors";
import { runForForm } from "@/lib/commands/form-state";
import { findReportForEditing, findReportFormOptions, findReportsForEditing } from "@/lib/reports/admin-queries";
import { createReport, saveReport, updateReport } from "@/lib/reports/commands";
import { reportFormToInput } from "@/lib/reports/form-codec";
import type { TReportInput } from "@/lib/reports/schemas";
import { loadActor } from "@/lib/auth/actor";
import { createUser } from "@/lib/users/create-user";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

let db: PrismaClient;
let drop: () => Promise<void>;
const claims: Record<"admin" | "troms" | "nordland" | "adviser", TSessionClaims> = {} as never;

const report = (slug: string, extra: Partial<TReportInput> = {}): TReportInput => ({
  slug,
  title: `Rapport ${slug}`,
  authors: ["Kari Forsker"],
  publishers: ["Distriktssenteret"],
  year: 2014,
  kind: "evaluering",
  summary: "En evaluering.",
  focusAreas: ["bredband"],
  successFactors: ["forankring"],
  sources: [{ title: "Distriktssenteret", url: "https://distriktssenteret.no" }],
  state: "publisert",
  ...extra,
});

const lastAudit = () =>
  db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { action: true, outcome: true, userId: true, entityType: true, details: true } });

beforeAll(async () => {
  const database = await createIsolatedDatabase("reports");
  drop = database.drop;
  db = createPrismaClient(database.url);
  await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 });
  await db.focusArea.create({ data: { slug: "bredband", name: "Bredbånd", summary: "Utbygging av bredbånd." } });
  const pillar = await db.pillar.create({ data: { slug: "ramme", name: "Ramme", tagline: "Proaktiv kommune", position: 1 } });
  await db.successFactor.create({ data: { slug: "forankring", name: "Forankring", summary: "Forankret lokalt.", position: 1, pillarId: pillar.id } });
  for (const [key, role, counties] of [
    ["admin", "admin", []],
    ["troms", "county_contact", ["55"]],
    ["nordland", "county_contact", ["18"]],
    ["adviser", "adviser", []],
  ] as const) {
    const user = await createUser(db, { email: `${key}@example.no`, name: key, role, password: "et-langt-passord-123", counties: [...counties] });
    claims[key] = { userId: user.id, sessionVersion: 1 };
  }
});

afterAll(async () => {
  await db?.$disconnect();
  await drop?.();
});

describe("creating and editing reports", () => {
  it("lets a county contact create a report: the row, its joins, revision 1 and an audit entry", async () => {
    const saved = await createReport(claims.troms, report("tf-303"), { db });
    expect(saved).toMatchObject({ slug: "tf-303", version: 1 });
    const row = await db.report.findUniqueOrThrow({
      where: { id: saved.id },
      select: { state: true, publishedAt: true, version: true, createdById: true, focusAreas: { select: { focusArea: { select: { slug: true } } } } },
    });
    expect(row).toMatchObject({ state: "publisert", version: 1, createdById: claims.troms.userId, focusAreas: [{ focusArea: { slug: "bredband" } }] });
    expect(row.publishedAt).toBeInstanceOf(Date);
    const revision = await db.revision.findUniqueOrThrow({ where: { entityType_entityId_version: { entityType: "report", entityId: saved.id, version: 1 } } });
    expect(revision).toMatchObject({ userId: claims.troms.userId });
    expect(await lastAudit()).toMatchObject({ action: "report.create", outcome: "success", userId: claims.troms.userId, entityType: "report" });
  });

  it("refuses an adviser, audits the refusal and saves nothing", async () => {
    await expect(createReport(claims.adviser, report("radgivers-rapport"), { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "report.create", outcome: "refused", userId: claims.adviser.userId });
    expect(await db.report.count({ where: { slug: "radgivers-rapport" } })).toBe(0);
    const existing = await db.report.findUniqueOrThrow({ where: { slug: "tf-303" }, select: { id: true, version: true } });
    await expect(updateReport(claims.adviser, { id: existing.id, version: existing.version, report: report("tf-303", { title: "Kapret" }) }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "report.update", outcome: "refused", userId: claims.adviser.userId });
  });

  it("gives per-field Norwegian errors and saves nothing on bad input", async () => {
    const before = await db.report.count();
    const error = await createReport(claims.admin, report("Ugyldig slug", { year: 1800, url: "ftp://x", sources: [] }), { db }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation" });
    expect((error as CommandError).fieldErrors).toMatchObject({
      slug: [expect.stringContaining("små bokstaver")],
      year: [expect.stringContaining("etter 1900")],
      url: [expect.stringContaining("http")],
      sources: ["må ha minst én kilde"],
    });
    expect(await db.report.count()).toBe(before);
    const unknown = await createReport(claims.admin, report("ny-rapport", { focusAreas: ["finnes-ikke"] }), { db }).catch((e: unknown) => e);
    expect((unknown as CommandError).fieldErrors).toEqual({ focusAreas: ["ukjent: finnes-ikke"] });
    expect(await db.report.count({ where: { slug: "ny-rapport" } })).toBe(0);
  });

  it("refuses a slug another report has", async () => {
    const error = await createReport(claims.admin, report("tf-303"), { db }).catch((e: unknown) => e);
    expect((error as CommandError).fieldErrors).toEqual({ slug: ["er allerede brukt av en annen rapport"] });
  });

  it("saves an edit as a new version, and tells the second of two editors about the conflict", async () => {
    const { id } = await db.report.findUniqueOrThrow({ where: { slug: "tf-303" }, select: { id: true } });
    const first = await updateReport(claims.admin, { id, version: 1, report: report("tf-303", { summary: "Ny oppsummering." }) }, { db });
    expect(first).toMatchObject({ version: 2, changed: ["summary"] });
    const second = await updateReport(claims.troms, { id, version: 1, report: report("tf-303", { title: "Annen tittel" }) }, { db }).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: "conflict", conflict: { currentVersion: 2, changed: ["summary"], changedBy: ["admin"] } });
    expect((second as CommandError).message).toMatch(/Noen andre \(admin\) har lagret rapporten/);
    const row = await db.report.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, version: true } });
    expect(row).toEqual({ title: "Rapport tf-303", summary: "Ny oppsummering.", version: 2 });
    expect(await db.revision.count({ where: { entityType: "report", entityId: id } })).toBe(2);
  });

  it("archives a report through the same form", async () => {
    const { id, version } = await db.report.findUniqueOrThrow({ where: { slug: "tf-303" }, select: { id: true, version: true } });
    const saved = await updateReport(claims.troms, { id, version, report: report("tf-303", { summary: "Ny oppsummering.", state: "arkivert" }) }, { db });
    expect(saved.changed).toEqual(["state"]);
    expect(await db.report.findUniqueOrThrow({ where: { id }, select: { state: true } })).toEqual({ state: "arkivert" });
  });

  it("turns the form's fields into a report, dropping empty source rows and keeping their row numbers", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({
      title: "Tittel",
      slug: "tittel",
      authors: "Kari\r\n\r\n Ola \n",
      publishers: "Distriktssenteret",
      year: "2012",
      kind: "studie",
      summary: "Sammendrag",
      body: "",
      state: "kandidat",
      sourceRows: "3",
      "sources.1.url": "https://example.no",
      "sources.2.title": "Kilde",
    })) {
      form.append(key, value);
    }
    form.append("focusAreas", "bredband");
    form.append("focusAreas", "tjenester");
    const { input, sourceRows } = reportFormToInput(form);
    expect(input).toMatchObject({ authors: ["Kari", "Ola"], year: 2012, focusAreas: ["bredband", "tjenester"], isbn: undefined });
    expect(input.sources).toEqual([{ title: "", url: "https://example.no" }, { title: "Kilde" }]);
    expect(sourceRows).toEqual([1, 2]);
  });

  it("runs the form's save command as the action does: anonymous callers are refused before their input is read", async () => {
    const state = await runForForm(saveReport, null, { slug: "x" }, { db });
    expect(state).toEqual({ ok: false, message: "Du må logge inn for å gjøre dette." });
    expect(await lastAudit()).toMatchObject({ action: "report.save", outcome: "refused", userId: null });
    const adviser = await runForForm(saveReport, claims.adviser, report("via-handling"), { db });
    expect(adviser).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
  });
});

describe("who may edit which report", () => {
  const current = (slug: string) => db.report.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true, title: true, slug: true, state: true } });
  let adminReport: number;
  let importedReport: number;
  let tromsReport: number;

  beforeAll(async () => {
    adminReport = (await createReport(claims.admin, report("admins-rapport"), { db })).id;
    tromsReport = (await createReport(claims.troms, report("troms-rapport", { state: "kandidat" }), { db })).id;
    // An imported report has no creator (the content importer writes none).
    importedReport = (await createReport(claims.admin, report("importert-rapport"), { db })).id;
    await db.report.update({ where: { id: importedReport }, data: { createdById: null } });
  });

  it("refuses a county contact editing, re-slugging, archiving or unpublishing an administrator's report, and audits each refusal", async () => {
    const before = await current("admins-rapport");
    const attempts: Partial<TReportInput>[] = [{ title: "Kapret" }, { slug: "ny-adresse" }, { state: "arkivert" }, { state: "kandidat" }];
    for (const change of attempts) {
      const auditsBefore = await db.auditLog.count({ where: { action: "report.update", outcome: "refused", userId: claims.troms.userId } });
      await expect(updateReport(claims.troms, { id: before.id, version: before.version, report: report("admins-rapport", change) }, { db })).rejects.toMatchObject({ code: "forbidden" });
      expect(await db.auditLog.count({ where: { action: "report.update", outcome: "refused", userId: claims.troms.userId } })).toBe(auditsBefore + 1);
    }
    expect(await current("admins-rapport")).toEqual(before);
    expect(await db.revision.count({ where: { entityType: "report", entityId: adminReport } })).toBe(1);
  });

  it("leaves an imported report (no creator) to administrators", async () => {
    const before = await current("importert-rapport");
    await expect(updateReport(claims.troms, { id: importedReport, version: before.version, report: report("importert-rapport", { title: "Kapret" }) }, { db })).rejects.toMatchObject({ code: "forbidden" });
    const saved = await updateReport(claims.admin, { id: importedReport, version: before.version, report: report("importert-rapport", { title: "Rettet av admin" }) }, { db });
    expect(saved.changed).toEqual(["title"]);
  });

  it("lets the creating contact edit, re-slug, publish and archive their own report; another contact not at all", async () => {
    const start = await current("troms-rapport");
    await expect(updateReport(claims.nordland, { id: tromsReport, version: start.version, report: report("troms-rapport", { title: "Fra Nordland", state: "kandidat" }) }, { db })).rejects.toMatchObject({ code: "forbidden" });
    const renamed = await updateReport(claims.troms, { id: tromsReport, version: start.version, report: report("troms-rapport-2", { state: "kandidat" }) }, { db });
    expect(renamed.slug).toBe("troms-rapport-2");
    const published = await updateReport(claims.troms, { id: tromsReport, version: renamed.version, report: report("troms-rapport-2", { state: "publisert" }) }, { db });
    expect(published.changed).toEqual(["state"]);
    const archived = await updateReport(claims.troms, { id: tromsReport, version: published.version, report: report("troms-rapport-2", { state: "arkivert" }) }, { db });
    expect((await current("troms-rapport-2")).state).toBe("arkivert");
    // Administrators edit every report, a contact's too.
    const byAdmin = await updateReport(claims.admin, { id: tromsReport, version: archived.version, report: report("troms-rapport-2", { state: "publisert" }) }, { db });
    expect(byAdmin.version).toBe(archived.version + 1);
  });

  it("lists every report for a county contact, marking only their own as editable; the edit page refuses the rest", async () => {
    const troms = await loadActor(db, claims.troms);
    const { reports: listed, total } = await findReportsForEditing(troms, {}, db);
    expect(total).toBe(listed.length);
    const editable = Object.fromEntries(listed.map((r) => [r.slug, r.editable]));
    expect(editable).toMatchObject({ "admins-rapport": false, "importert-rapport": false, "troms-rapport-2": true, "tf-303": true });
    await expect(findReportForEditing(troms, adminReport, db)).rejects.toMatchObject({ code: "forbidden", message: "Du har ikke tilgang til å gjøre dette." });
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { action: true, outcome: true, details: true } })).toMatchObject({
      action: "report.update",
      outcome: "refused",
      details: { attempted: "report.read_admin" },
    });
    expect(await findReportForEditing(troms, tromsReport, db)).toMatchObject({ allowedStates: ["kandidat", "publisert", "arkivert"] });
    const admin = await loadActor(db, claims.admin);
    expect((await findReportsForEditing(admin, {}, db)).reports.every((r) => r.editable)).toBe(true);
    await expect(findReportFormOptions(await loadActor(db, claims.adviser), db)).rejects.toMatchObject({ code: "forbidden" });
    expect((await findReportFormOptions(troms, db)).successFactors.length).toBeGreaterThan(0);
    await expect(findReportsForEditing(await loadActor(db, claims.adviser), {}, db)).rejects.toMatchObject({ code: "forbidden", message: "Du har ikke tilgang til å gjøre dette." });
  });

  it("pages the admin list: every report once, in a stable order, with the exact total", async () => {
    const admin = await loadActor(db, claims.admin);
    const all = await findReportsForEditing(admin, {}, db);
    expect(all.total).toBeGreaterThan(2);
    const first = await findReportsForEditing(admin, { page: 1, pageSize: 2 }, db);
    expect(first).toMatchObject({ page: 1, total: all.total, pageCount: Math.ceil(all.total / 2) });
    expect(first.reports).toHaveLength(2);
    const paged = [];
    for (let page = 1; page <= first.pageCount; page++) paged.push(...(await findReportsForEditing(admin, { page, pageSize: 2 }, db)).reports);
    expect(paged.map((r) => r.id)).toEqual(all.reports.map((r) => r.id));
    expect((await findReportsForEditing(admin, { page: first.pageCount + 1, pageSize: 2 }, db)).reports).toEqual([]);
  });
});
