import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syncReferenceData } from "@/lib/places/sync-reference";
import type { CommandError } from "@/lib/commands/errors";
import { createProject } from "@/lib/projects/commands";
import { createReport } from "@/lib/reports/commands";
import { createSynonym, deleteSynonym } from "@/lib/search-synonyms/commands";
import { createFocusArea, mergeFocusAreas, mergeTags, renameTag, updateFocusArea, updateSuccessFactor } from "@/lib/taxonomy/commands";
import { createUser } from "@/lib/users/create-user";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";
import { defined } from "@/tests/support/defined";

let db: PrismaClient;
let drop: () => Promise<void>;
const claims: Record<"admin" | "troms" | "adviser", TSessionClaims> = {} as never;
const ids: Record<string, number> = {};

const lastAudit = () => db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { action: true, outcome: true, userId: true, details: true } });
const focusOf = (projectId: number) =>
  db.projectFocusArea.findMany({ where: { projectId }, select: { focusArea: { select: { slug: true } } } }).then((rows) => rows.map((r) => r.focusArea.slug).sort());
const tagsOf = (projectId: number | undefined) => db.projectTag.findMany({ where: { projectId: defined(projectId, "the project id") }, select: { tag: { select: { name: true } } } }).then((rows) => rows.map((r) => r.tag.name).sort());

const project = (slug: string, focusAreas: string[], tags: string[]) => ({
  slug,
  title: `Prosjekt ${slug}`,
  summary: "Et prosjekt i Tromsø.",
  municipalities: ["5501"],
  status: "pagar" as const,
  focusAreas,
  tags,
  sources: [{ title: "Kommunens nettside", url: "https://tromso.kommune.no" }],
});

beforeAll(async () => {
  const database = await createIsolatedDatabase("taxonomy");
  drop = database.drop;
  db = createPrismaClient(database.url);
  await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 });
  const pillar = await db.pillar.create({ data: { slug: "ramme", name: "Ramme", tagline: "Proaktiv kommune", position: 1 } });
  ids.factor = (await db.successFactor.create({ data: { slug: "forankring", name: "Forankring", summary: "Forankret lokalt.", position: 1, pillarId: pillar.id } })).id;
  for (const [key, role, counties] of [
    ["admin", "admin", []],
    ["troms", "county_contact", ["55"]],
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

describe("focus areas", () => {
  it("adds a focus area, with Norwegian errors for a bad or taken slug", async () => {
    for (const [slug, name] of [
      ["bredband", "Bredbånd"],
      ["breiband", "Breiband"],
      ["tjenester", "Tjenester"],
    ] as const) {
      ids[slug] = (await createFocusArea(claims.admin, { slug, name, summary: `Om ${name}.` }, { db })).id;
    }
    expect(await lastAudit()).toMatchObject({ action: "focus_area.create", outcome: "success", userId: claims.admin.userId });
    const bad = await createFocusArea(claims.admin, { slug: "Ikke Slug", name: "", summary: "x" }, { db }).catch((e: unknown) => e);
    expect((bad as CommandError).fieldErrors).toMatchObject({ slug: [expect.stringContaining("små bokstaver")], name: ["kan ikke være tom"] });
    const taken = await createFocusArea(claims.admin, { slug: "bredband", name: "Igjen", summary: "x" }, { db }).catch((e: unknown) => e);
    expect((taken as CommandError).fieldErrors).toEqual({ slug: ["er allerede brukt av et annet fokusområde"] });
  });

  it("refuses county contacts and advisers, and audits it", async () => {
    await expect(createFocusArea(claims.troms, { slug: "fylkets", name: "Fylkets", summary: "x" }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "taxonomy.manage", outcome: "refused", userId: claims.troms.userId, details: { attempted: "focus_area.create" } });
    await expect(mergeFocusAreas(claims.adviser, { fromId: ids.breiband, intoId: ids.bredband }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ outcome: "refused", userId: claims.adviser.userId, details: { attempted: "focus_area.merge" } });
    expect(await db.focusArea.count({ where: { slug: { in: ["fylkets"] } } })).toBe(0);
    expect(await db.focusArea.count({ where: { id: ids.breiband } })).toBe(1);
  });

  it("renames a focus area", async () => {
    await updateFocusArea(claims.admin, { id: ids.tjenester, name: "Offentlige tjenester", summary: "Tjenester i distriktene." }, { db });
    expect(await db.focusArea.findUniqueOrThrow({ where: { id: ids.tjenester }, select: { name: true, slug: true } })).toEqual({ name: "Offentlige tjenester", slug: "tjenester" });
    expect(await lastAudit()).toMatchObject({ action: "focus_area.update", outcome: "success" });
  });

  it("merges A into B: every project and report moves to B without duplicates, A is deleted, each gets a revision", async () => {
    const onlyA = await createProject(claims.admin, project("bare-a", ["breiband"], ["bolyst"]), { db });
    const both = await createProject(claims.admin, project("begge", ["breiband", "bredband", "tjenester"], ["bolyst", "luk"]), { db });
    const onlyB = await createProject(claims.admin, project("bare-b", ["bredband"], []), { db });
    const report = await createReport(
      claims.admin,
      { slug: "rapport", title: "Rapport", year: 2012, kind: "studie", summary: "S.", focusAreas: ["breiband", "bredband"], sources: [{ title: "Kilde" }], state: "publisert" },
      { db },
    );
    const result = await mergeFocusAreas(claims.admin, { fromId: ids.breiband, intoId: ids.bredband }, { db });
    expect(result).toEqual({ from: "breiband", into: "bredband", projects: 2, reports: 1 });
    expect(await focusOf(onlyA.id)).toEqual(["bredband"]);
    expect(await focusOf(both.id)).toEqual(["bredband", "tjenester"]);
    expect(await focusOf(onlyB.id)).toEqual(["bredband"]);
    const reportAreas = await db.reportFocusArea.findMany({ where: { reportId: report.id }, select: { focusArea: { select: { slug: true } } } });
    expect(reportAreas.map((r) => r.focusArea.slug)).toEqual(["bredband"]);
    expect(await db.focusArea.count({ where: { id: ids.breiband } })).toBe(0);
    // The history shows the merge, and editors who started before it get a conflict.
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "project", entityId: onlyA.id }, orderBy: { version: "desc" } });
    expect(revision).toMatchObject({ version: 2, changed: ["focusAreas"], comment: "Fokusområdet «Breiband» slått sammen med «Bredbånd»" });
    expect(await db.project.findUniqueOrThrow({ where: { id: onlyB.id }, select: { version: true } })).toEqual({ version: 1 });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } })).toEqual({ version: 2 });
    expect(await lastAudit()).toMatchObject({ action: "focus_area.merge", outcome: "success", details: { from: "breiband", into: "bredband", projects: 2, reports: 1 } });
    ids.onlyA = onlyA.id;
    ids.both = both.id;
  });

  it("refuses merging an area into itself or into one that is gone", async () => {
    const self = await mergeFocusAreas(claims.admin, { fromId: ids.bredband, intoId: ids.bredband }, { db }).catch((e: unknown) => e);
    expect((self as CommandError).fieldErrors).toEqual({ intoId: ["må være et annet fokusområde enn det som slås sammen"] });
    const gone = await mergeFocusAreas(claims.admin, { fromId: ids.breiband, intoId: ids.bredband }, { db }).catch((e: unknown) => e);
    expect((gone as CommandError).fieldErrors).toEqual({ fromId: ["finnes ikke"] });
  });
});

describe("free tags", () => {
  it("renames a tag (lower-case, new slug) and refuses a name another tag has", async () => {
    const bolyst = await db.tag.findUniqueOrThrow({ where: { slug: "bolyst" }, select: { id: true } });
    await renameTag(claims.admin, { id: bolyst.id, name: "Bolyst-programmet" }, { db });
    expect(await db.tag.findUniqueOrThrow({ where: { id: bolyst.id }, select: { name: true, slug: true } })).toEqual({ name: "bolyst-programmet", slug: "bolyst-programmet" });
    expect(await tagsOf(ids.onlyA)).toEqual(["bolyst-programmet"]);
    const taken = await renameTag(claims.admin, { id: bolyst.id, name: "LUK" }, { db }).catch((e: unknown) => e);
    expect((taken as CommandError).fieldErrors).toEqual({ name: ["stikkordet «luk» finnes allerede – slå dem sammen i stedet"] });
  });

  it("merges tags: every project moves without duplicates and the old tag is deleted", async () => {
    const from = await db.tag.findUniqueOrThrow({ where: { slug: "bolyst-programmet" }, select: { id: true } });
    const into = await db.tag.findUniqueOrThrow({ where: { slug: "luk" }, select: { id: true } });
    const result = await mergeTags(claims.admin, { fromId: from.id, intoId: into.id }, { db });
    expect(result).toEqual({ from: "bolyst-programmet", into: "luk", projects: 2 });
    expect(await tagsOf(ids.onlyA)).toEqual(["luk"]);
    expect(await tagsOf(ids.both)).toEqual(["luk"]);
    expect(await db.tag.count({ where: { id: from.id } })).toBe(0);
    expect(await lastAudit()).toMatchObject({ action: "tag.merge", outcome: "success" });
  });

  it("refuses a county contact", async () => {
    const luk = await db.tag.findUniqueOrThrow({ where: { slug: "luk" }, select: { id: true } });
    await expect(renameTag(claims.troms, { id: luk.id, name: "annet" }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ outcome: "refused", userId: claims.troms.userId, details: { attempted: "tag.rename" } });
  });
});

describe("success factors", () => {
  it("lets an administrator edit name and summary, nobody else", async () => {
    await updateSuccessFactor(claims.admin, { id: ids.factor, name: "Lokal forankring", summary: "Prosjektet er forankret." }, { db });
    expect(await db.successFactor.findUniqueOrThrow({ where: { id: ids.factor }, select: { name: true, summary: true, slug: true } })).toEqual({
      name: "Lokal forankring",
      summary: "Prosjektet er forankret.",
      slug: "forankring",
    });
    await expect(updateSuccessFactor(claims.troms, { id: ids.factor, name: "X", summary: "Y" }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ outcome: "refused", details: { attempted: "success_factor.update" } });
  });
});

describe("search synonyms", () => {
  it("adds a pair once, whichever way round, and deletes it", async () => {
    // The migrations seed some pairs; count from there.
    const seeded = await db.searchSynonym.count();
    const pair = await createSynonym(claims.admin, { term: " Heimkommune ", equivalent: "hjemkommune" }, { db });
    expect(pair).toMatchObject({ term: "heimkommune", equivalent: "hjemkommune" });
    expect(await db.searchSynonym.count()).toBe(seeded + 1);
    const reversed = await createSynonym(claims.admin, { term: "hjemkommune", equivalent: "HEIMKOMMUNE" }, { db }).catch((e: unknown) => e);
    expect((reversed as CommandError).fieldErrors).toEqual({ equivalent: ["«hjemkommune» = «heimkommune» finnes allerede"] });
    const same = await createSynonym(claims.admin, { term: "ord", equivalent: "ord" }, { db }).catch((e: unknown) => e);
    expect((same as CommandError).fieldErrors).toEqual({ equivalent: ["må være et annet ord enn det første"] });
    await deleteSynonym(claims.admin, { id: pair.id }, { db });
    expect(await db.searchSynonym.count()).toBe(seeded);
    expect(await lastAudit()).toMatchObject({ action: "synonym.delete", outcome: "success", details: { term: "heimkommune", equivalent: "hjemkommune" } });
  });

  it("refuses non-administrators and audits it", async () => {
    const before = await db.searchSynonym.count();
    await expect(createSynonym(claims.troms, { term: "heim", equivalent: "hjem" }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "synonym.manage", outcome: "refused", userId: claims.troms.userId });
    await expect(createSynonym(claims.adviser, { term: "heim", equivalent: "hjem" }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.searchSynonym.count()).toBe(before);
  });
});
