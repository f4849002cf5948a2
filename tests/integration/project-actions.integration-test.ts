import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runForForm } from "@/lib/commands/form-state";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkdown } from "@/lib/markdown";
import { syncReferenceData } from "@/lib/places/sync-reference";
import { findAdminProjects, findProjectForEditing, findProjectHistory } from "@/lib/projects/admin-queries";
import { projectToFormValues, type TFormValues } from "@/lib/projects/form-fields";
import { previewProject, restoreProjectRevision, saveProject, setProjectState } from "@/lib/projects/commands";
import { formFieldErrors, projectSaveInput } from "@/lib/projects/form-codec";
import { readProjectSnapshot } from "@/lib/content/snapshot";
import { createUser } from "@/lib/users/create-user";
import { loadActor } from "@/lib/auth/actor";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

/**
 * The project forms as a browser (or a forger) posts them: flat form fields, decoded by the form
 * codec and run through the commands exactly as lib/projects/actions.ts does (runForForm), with
 * this file's own database and claims instead of the session's.
 */
let db: PrismaClient;
let drop: () => Promise<void>;
const claims = {} as Record<"admin" | "troms" | "nordland" | "adviser", TSessionClaims>;
const PASSWORD = "et-langt-passord-123";

const save = (who: TSessionClaims | null, raw: TFormValues) => runForForm(saveProject, who, projectSaveInput(raw), { db });
const changeState = (who: TSessionClaims | null, raw: Record<string, string>) => runForForm(setProjectState, who, raw, { db });
const restore = (who: TSessionClaims | null, raw: Record<string, string>) => runForForm(restoreProjectRevision, who, raw, { db });

/** The fields a browser posts for a small project in one municipality. */
const form = (slug: string, municipality = "5501", extra: TFormValues = {}): TFormValues => ({
  title: `Prosjekt ${slug}`,
  slug,
  summary: "Et prosjekt til test.",
  body: "Litt tekst.",
  status: "pagar",
  [`municipality:${municipality}`]: "on",
  "focusArea:bredband": "on",
  "factor:forankring": "on",
  "factorNote:forankring": "Vedtatt i kommunestyret.",
  tags: "Fiber, bygdeutvikling",
  "sources.0.title": "Kommunens nettside",
  "sources.0.url": "https://example.no/prosjekt",
  "sources.1.title": "",
  ...extra,
});

async function lastAudit() {
  return db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { action: true, outcome: true, userId: true, entityId: true } });
}

async function created(who: TSessionClaims, slug: string, municipality = "5501") {
  const result = await save(who, form(slug, municipality));
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true, data: { created: true } });
  return result.data!;
}

beforeAll(async () => {
  const isolated = await createIsolatedDatabase("projact");
  drop = isolated.drop;
  db = createPrismaClient(isolated.url);
  await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 });
  await db.focusArea.create({ data: { slug: "bredband", name: "Bredbånd", summary: "Utbygging av bredbånd." } });
  const pillar = await db.pillar.create({ data: { slug: "ramme", name: "Ramme", tagline: "Proaktiv kommune", position: 1 } });
  await db.successFactor.create({ data: { slug: "forankring", name: "Forankring", summary: "Forankret lokalt.", position: 1, pillarId: pillar.id } });
  const user = async (email: string, role: "admin" | "county_contact" | "adviser", counties: string[] = []) => {
    const u = await createUser(db, { email, name: email.split("@")[0], role, password: PASSWORD, counties });
    return { userId: u.id, sessionVersion: 1 };
  };
  claims.admin = await user("admin@example.no", "admin");
  claims.troms = await user("troms@example.no", "county_contact", ["55"]);
  claims.nordland = await user("nordland@example.no", "county_contact", ["18"]);
  claims.adviser = await user("radgiver@example.no", "adviser");
});

afterAll(async () => {
  await db?.$disconnect();
  await drop?.();
});

describe("saving the project form", () => {
  it("refuses an anonymous POST before looking at the input, and audits it", async () => {
    const before = await db.project.count();
    const result = await save(null, form("anonym"));
    expect(result).toEqual({ ok: false, message: "Du må logge inn for å gjøre dette." });
    expect(await db.project.count()).toBe(before);
    expect(await lastAudit()).toMatchObject({ action: "project.save", outcome: "refused", userId: null });
  });

  it("creates a candidate from flat form fields: slug, municipalities, factors with notes, tags, sources", async () => {
    const saved = await created(claims.troms, "tromso-fiber");
    const snapshot = await readProjectSnapshot(db, saved.id);
    expect(snapshot).toMatchObject({
      slug: "tromso-fiber",
      state: "kandidat",
      municipalities: ["5501"],
      focusAreas: ["bredband"],
      successFactors: [{ factor: "forankring", note: "Vedtatt i kommunestyret." }],
      tags: ["bygdeutvikling", "fiber"],
      sources: [{ title: "Kommunens nettside", url: "https://example.no/prosjekt" }],
    });
  });

  it("reads funding rows, skipping empty ones, and keeps the form's row number in errors", async () => {
    const rows = { "funding.0.programme": "", "funding.1.programme": "Bolyst", "funding.1.amountNok": "1 250 000", "funding.1.note": "Fra KMD" };
    const ok = await save(claims.troms, form("finansiert", "5501", rows));
    expect(ok.ok).toBe(true);
    expect(await readProjectSnapshot(db, ok.data!.id)).toMatchObject({
      funding: [{ programme: "Bolyst", amountNok: 1_250_000, note: "Fra KMD" }],
    });
    const values = form("feil-belop", "5501", { ...rows, "funding.1.amountNok": "mye" });
    const bad = await save(claims.troms, values);
    expect(formFieldErrors(bad.fieldErrors, values)).toEqual({ "funding.1.amountNok": ["må være et beløp i kroner"] });
  });

  it("makes the slug from the title when it is left empty", async () => {
    const result = await save(claims.troms, form("", "5501", { title: "Ungdom på Senja", "municipality:5501": "", "municipality:5530": "on" }));
    expect(result.ok).toBe(true);
    expect(await db.project.findUnique({ where: { slug: "ungdom-pa-senja" }, select: { id: true } })).not.toBeNull();
  });

  it("answers invalid input with Norwegian errors per form field, and saves nothing", async () => {
    const before = await db.project.count();
    const values = form("feil-input", "5501", { title: "", status: "", startYear: "tjue", "sources.0.title": "", "sources.2.title": "Ei kilde", "sources.2.url": "ftp://x" });
    const result = await save(claims.troms, values);
    expect(result.ok).toBe(false);
    const errors = formFieldErrors(result.fieldErrors, values);
    expect(errors.title).toEqual(["kan ikke være tom"]);
    expect(errors.status).toEqual(["velg en status"]);
    expect(errors.startYear?.[0]).toMatch(/årstall/);
    // The third row of the form is the first filled one; its error keeps the form's row number.
    expect(errors["sources.2.url"]?.[0]).toMatch(/http:\/\/ eller https:\/\//);
    expect(await db.project.count()).toBe(before);
  });

  it("refuses a Troms contact who forges an update of a Nordland project, and audits the refusal", async () => {
    const bodo = await created(claims.nordland, "bodo-fiber", "1804");
    const result = await save(claims.troms, { ...form("bodo-fiber", "5501"), id: String(bodo.id), version: String(bodo.version) });
    expect(result).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "refused", userId: claims.troms.userId, entityId: String(bodo.id) });
    expect(await readProjectSnapshot(db, bodo.id)).toMatchObject({ municipalities: ["1804"], title: "Prosjekt bodo-fiber" });
    // …and the edit page does not even show it to them.
    expect(await findProjectForEditing(await loadActor(db, claims.troms), bodo.id, db)).toBeNull();
    expect((await findAdminProjects(await loadActor(db, claims.troms), {}, db)).projects.map((p) => p.slug)).not.toContain("bodo-fiber");
  });

  it("refuses a Troms contact who moves their own project to a Nordland municipality (hidden field changed)", async () => {
    const own = await created(claims.troms, "flytteforsok");
    const values = { ...form("flytteforsok", "1804"), id: String(own.id), version: String(own.version) };
    const result = await save(claims.troms, values);
    // The refusal names the municipality outside the contact's county (issue 12).
    const outside = "Bodø (1804) ligger ikke i fylket ditt (Troms). Du kan bare registrere og endre prosjekter i kommuner i ditt fylke.";
    expect(result).toMatchObject({ ok: false, message: outside });
    expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "refused", entityId: String(own.id) });
    expect(await readProjectSnapshot(db, own.id)).toMatchObject({ municipalities: ["5501"] });
    // Creating one there is refused too, with the same words.
    expect(await save(claims.troms, form("nordland-forsok", "1804"))).toMatchObject({ ok: false, message: outside });
    expect(await db.project.findUnique({ where: { slug: "nordland-forsok" } })).toBeNull();
  });

  it("answers a forged id that does not exist with a message, not a crash", async () => {
    const result = await save(claims.admin, { ...form("finnes-ikke"), id: "999999", version: "1" });
    expect(result).toMatchObject({ ok: false, message: "Fant ikke prosjektet." });
  });

  it("refuses the second of two saves from the same version, naming who changed what", async () => {
    const project = await created(claims.troms, "samtidig");
    const base = { id: String(project.id), version: String(project.version) };
    const first = await save(claims.admin, { ...form("samtidig"), ...base, summary: "Admins sammendrag." });
    expect(first.ok).toBe(true);
    const second = await save(claims.troms, { ...form("samtidig"), ...base, title: "Trom sin tittel" });
    expect(second.ok).toBe(false);
    expect(second.message).toMatch(/^Ikke lagret: admin lagret prosjektet/);
    expect(second.message).toContain("sammendrag");
    expect(second.fieldErrors).toBeUndefined();
    expect(second.conflict).toEqual({ currentVersion: 2, changed: ["summary"], changedBy: ["admin"] });
    expect(await readProjectSnapshot(db, project.id)).toMatchObject({ title: "Prosjekt samtidig", summary: "Admins sammendrag." });
  });

  it("stores an XSS payload in the body as typed, and renderMarkdown makes it inert", async () => {
    const payload = "Før <script>window.__x=1</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> etter";
    const result = await save(claims.troms, form("xss-forsok", "5501", { body: payload }));
    expect(result.ok).toBe(true);
    const stored = await db.project.findUniqueOrThrow({ where: { slug: "xss-forsok" }, select: { body: true } });
    expect(stored.body).toBe(payload);
    const html = renderMarkdown(stored.body);
    expect(html).not.toMatch(/<script|javascript:|onerror|<img/i);
    expect(html).toContain("Før");
    // The preview is the same renderer.
    const preview = await runForForm(previewProject, claims.troms, { body: payload }, { db });
    expect(preview.data?.body).toBe(html);
  });
});

describe("workflow and history", () => {
  it("needs an adviser to start mapping, says what is missing before publishing, and refuses advisers", async () => {
    const p = await created(claims.troms, "arbeidsflyt");
    let version = p.version;
    const noAdviser = await changeState(claims.troms, { id: String(p.id), version: String(version), state: "under_kartlegging" });
    expect(noAdviser).toMatchObject({ ok: false, fieldErrors: { adviserId: ["må velges"] } });
    // A forged adviser id naming someone who is not an adviser is refused.
    const notAdviser = await changeState(claims.troms, { id: String(p.id), version: String(version), state: "under_kartlegging", adviserId: String(claims.nordland.userId) });
    expect(notAdviser).toMatchObject({ ok: false, fieldErrors: { adviserId: ["må være en rådgiver"] } });
    const mapped = await changeState(claims.troms, { id: String(p.id), version: String(version), state: "under_kartlegging", adviserId: String(claims.adviser.userId) });
    expect(mapped.ok).toBe(true);
    version = mapped.data!.version;

    // The adviser may now edit it, but not publish it.
    const adviserActor = await loadActor(db, claims.adviser);
    const editable = await findProjectForEditing(adviserActor, p.id, db);
    expect(editable?.nextStates).toEqual([]);
    const refused = await changeState(claims.adviser, { id: String(p.id), version: String(version), state: "publisert" });
    expect(refused).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await lastAudit()).toMatchObject({ action: "project.publish", outcome: "refused", userId: claims.adviser.userId });

    // Publishing without a source names what is missing.
    const snapshot = (await readProjectSnapshot(db, p.id))!;
    const withoutSource = { ...projectToFormValues(snapshot), "sources.0.title": "", "sources.0.url": "", id: String(p.id), version: String(version) };
    const saved = await save(claims.troms, withoutSource);
    expect(saved.ok).toBe(true);
    version = saved.data!.version;
    const missing = await changeState(claims.troms, { id: String(p.id), version: String(version), state: "publisert" });
    expect(missing).toMatchObject({ ok: false });
    expect(missing.message).toContain("minst én kilde");

    // With the source back it is published.
    const back = await save(claims.troms, { ...projectToFormValues(snapshot), id: String(p.id), version: String(version) });
    version = back.data!.version;
    const published = await changeState(claims.troms, { id: String(p.id), version: String(version), state: "publisert" });
    expect(published).toMatchObject({ ok: true });
    expect(await db.project.findUniqueOrThrow({ where: { id: p.id }, select: { state: true, publishedAt: true } })).toMatchObject({ state: "publisert", publishedAt: expect.any(Date) });
  });

  it("shows each revision's changes field by field and restores an earlier version", async () => {
    const p = await created(claims.troms, "historikk");
    const edited = await save(claims.troms, { ...form("historikk"), id: String(p.id), version: String(p.version), title: "Ny tittel" });
    expect(edited.ok).toBe(true);
    const troms = await loadActor(db, claims.troms);
    const history = (await findProjectHistory(troms, p.id, db))!;
    expect(history.revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(history.revisions[0]?.changes).toEqual([{ field: "title", before: "Prosjekt historikk", after: "Ny tittel" }]);
    expect(history.revisions[0]?.userName).toBe("troms");

    const restored = await restore(claims.troms, { id: String(p.id), version: "1" });
    expect(restored).toMatchObject({ ok: true, data: { version: 3, changed: ["title"] } });
    expect(await readProjectSnapshot(db, p.id)).toMatchObject({ title: "Prosjekt historikk" });
    // Others cannot read or restore it.
    const nordland = await loadActor(db, claims.nordland);
    expect(await findProjectHistory(nordland, p.id, db)).toBeNull();
    expect(await restore(claims.nordland, { id: String(p.id), version: "2" })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
  });
});
