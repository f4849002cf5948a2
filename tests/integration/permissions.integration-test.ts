import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { UnauthenticatedError, type TSessionClaims } from "@/lib/auth/actor";
import type { CommandError } from "@/lib/commands/errors";
import { runForForm } from "@/lib/commands/form-state";
import { authenticate } from "@/lib/auth/sign-in";
import { dropDatabase, ensureDatabase, migrateDeploy, withDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syncReferenceData } from "@/lib/places/sync-reference";
import { createProject, restoreProjectRevision, setProjectState, updateProject } from "@/lib/projects/commands";
import type { TProjectInput } from "@/lib/projects/schemas";
import { createUser } from "@/lib/users/create-user";

// A database of its own: the content-import test expects to start from an empty one.
const serverUrl = inject("serverUrl");
const name = `kb_test_perm_${crypto.randomBytes(4).toString("hex")}`;
let db: PrismaClient;
const PASSWORD = "et-langt-passord-123";

type Claims = TSessionClaims;
const claims: Record<"admin" | "troms" | "nordland" | "adviser" | "otherAdviser", Claims> = {} as never;

const tromsoProject = (slug: string, extra: Partial<TProjectInput> = {}): TProjectInput => ({
  slug,
  title: `Prosjekt ${slug}`,
  summary: "Et prosjekt i Tromsø.",
  municipalities: ["5501"],
  status: "pagar",
  focusAreas: ["bredband"],
  sources: [{ title: "Kommunens nettside", url: "https://tromso.kommune.no" }],
  ...extra,
});

async function newUser(email: string, role: "admin" | "county_contact" | "adviser", counties: string[] = []): Promise<Claims> {
  const user = await createUser(db, { email, name: email.split("@")[0], role, password: PASSWORD, counties });
  return { userId: user.id, sessionVersion: 1 };
}

async function lastAudit() {
  return db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { action: true, outcome: true, userId: true, entityId: true, details: true } });
}

async function projectRow(id: number) {
  return db.project.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, version: true, state: true, publishedAt: true } });
}

beforeAll(async () => {
  await ensureDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  await migrateDeploy(url, { quiet: true });
  db = createPrismaClient(url);
  await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 });
  await db.focusArea.create({ data: { slug: "bredband", name: "Bredbånd", summary: "Utbygging av bredbånd." } });
  claims.admin = await newUser("admin@example.no", "admin");
  claims.troms = await newUser("troms@example.no", "county_contact", ["troms"]);
  claims.nordland = await newUser("nordland@example.no", "county_contact", ["18"]);
  claims.adviser = await newUser("radgiver@example.no", "adviser");
  claims.otherAdviser = await newUser("annen@example.no", "adviser");
});

afterAll(async () => {
  await db?.$disconnect();
  await dropDatabase(serverUrl, name);
});

describe("passwords and sign-in", () => {
  it("stores argon2id hashes, never the password", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "troms@example.no" }, select: { passwordHash: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=\d+\$/);
    const [, memory, time] = user.passwordHash.match(/m=(\d+),t=(\d+)/)!;
    expect(Number(memory)).toBeGreaterThanOrEqual(19456);
    expect(Number(time)).toBeGreaterThanOrEqual(2);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });

  it("rejects passwords shorter than 12 characters", async () => {
    await expect(createUser(db, { email: "kort@example.no", name: "Kort", role: "adviser", password: "elleve-tegn" })).rejects.toThrow(/minst 12 tegn/);
  });

  it("signs in with the right password and audits success and failure", async () => {
    const ok = await authenticate(db, { email: "Troms@Example.no ", password: PASSWORD, ip: "10.0.0.1" });
    expect(ok).toMatchObject({ ok: true, user: { email: "troms@example.no", sessionVersion: 1 } });
    expect(await lastAudit()).toMatchObject({ action: "sign_in", outcome: "success", userId: claims.troms.userId });
    const bad = await authenticate(db, { email: "troms@example.no", password: "feil-passord-123", ip: "10.0.0.1" });
    expect(bad).toEqual({ ok: false, error: "invalid" });
    expect(await lastAudit()).toMatchObject({ action: "sign_in", outcome: "failure", userId: claims.troms.userId });
  });
  // Throttling: tests/integration/sign-in.integration-test.ts
});

describe("project permissions", () => {
  let tromso: number;
  let bodo: number;

  beforeAll(async () => {
    tromso = (await createProject(claims.troms, tromsoProject("tromso-bredband"), { db })).id;
    bodo = (await createProject(claims.nordland, { ...tromsoProject("bodo-bredband"), municipalities: ["1804"] }, { db })).id;
  });

  it("lets a county contact create in their own county, with revision and audit", async () => {
    const revision = await db.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "project", entityId: tromso, version: 1 } },
      select: { userId: true, snapshot: true, changed: true },
    });
    expect(revision.userId).toBe(claims.troms.userId);
    expect(revision.snapshot).toMatchObject({ slug: "tromso-bredband", municipalities: ["5501"], state: "kandidat", focusAreas: ["bredband"] });
    expect(revision.changed).toContain("title");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "project.create", entityId: String(tromso) }, select: { outcome: true, userId: true } });
    expect(audit).toEqual({ outcome: "success", userId: claims.troms.userId });
    expect(await projectRow(tromso)).toMatchObject({ state: "kandidat", version: 1 });
  });

  it("refuses a county contact creating a project in another county, and audits it", async () => {
    await expect(createProject(claims.troms, { ...tromsoProject("i-bodo"), municipalities: ["1804"] }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "project.create", outcome: "refused", userId: claims.troms.userId });
    expect(await db.project.count({ where: { slug: "i-bodo" } })).toBe(0);
  });

  it("lets the Troms contact edit a Tromsø project but not a Nordland one", async () => {
    const saved = await updateProject(claims.troms, { id: tromso, version: 1, project: tromsoProject("tromso-bredband", { title: "Bredbånd i Tromsø" }) }, { db });
    expect(saved).toMatchObject({ version: 2, changed: ["title"] });
    expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "success", userId: claims.troms.userId });

    await expect(
      updateProject(claims.troms, { id: bodo, version: 1, project: { ...tromsoProject("bodo-bredband", { title: "Kapret" }), municipalities: ["1804"] } }, { db }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "refused", userId: claims.troms.userId, entityId: String(bodo) });
    expect((await projectRow(bodo)).title).toBe("Prosjekt bodo-bredband");
  });

  it("refuses a county contact moving their project into another county (checked before and after)", async () => {
    await expect(
      updateProject(claims.troms, { id: tromso, version: 2, project: tromsoProject("tromso-bredband", { title: "Bredbånd i Tromsø", municipalities: ["5501", "1804"] }) }, { db }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateProject(claims.nordland, { id: tromso, version: 2, project: tromsoProject("tromso-bredband", { municipalities: ["1804"] }) }, { db }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.projectMunicipality.findMany({ where: { projectId: tromso }, select: { municipalityNumber: true } })).toEqual([{ municipalityNumber: "5501" }]);
  });

  it("refuses anonymous callers, and audits it", async () => {
    await expect(updateProject(null, { id: tromso, version: 2, project: tromsoProject("tromso-bredband") }, { db })).rejects.toThrow(UnauthenticatedError);
    expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "refused", userId: null, details: { reason: "anonymous" } });
    await expect(createProject(null, tromsoProject("anonym"), { db })).rejects.toThrow(UnauthenticatedError);
  });

  it("lets an adviser edit and tag an assigned project, but not publish it or touch others", async () => {
    await expect(updateProject(claims.adviser, { id: tromso, version: 2, project: tromsoProject("tromso-bredband", { title: "Før tildeling" }) }, { db })).rejects.toMatchObject({ code: "forbidden" });
    // Only admins and county contacts assign.
    await expect(setProjectState(claims.adviser, { id: tromso, version: 2, state: "under_kartlegging", adviserId: claims.adviser.userId }, { db })).rejects.toMatchObject({ code: "forbidden" });
    const assigned = await setProjectState(claims.troms, { id: tromso, version: 2, state: "under_kartlegging", adviserId: claims.adviser.userId }, { db });
    expect(assigned).toMatchObject({ version: 3 });
    expect(assigned.changed).toEqual(expect.arrayContaining(["state", "adviserId"]));

    const tagged = await updateProject(
      claims.adviser,
      { id: tromso, version: 3, project: tromsoProject("tromso-bredband", { title: "Bredbånd i Tromsø", tags: ["Fiber"] }) },
      { db },
    );
    expect(tagged).toMatchObject({ version: 4, changed: ["tags"] });
    expect(await lastAudit()).toMatchObject({ action: "project.tag", outcome: "success", userId: claims.adviser.userId });

    const edited = await updateProject(
      claims.adviser,
      { id: tromso, version: 4, project: tromsoProject("tromso-bredband", { title: "Bredbånd i Tromsø", tags: ["fiber"], lessons: "Start tidlig." }) },
      { db },
    );
    expect(edited).toMatchObject({ version: 5, changed: ["lessons"] });

    await expect(setProjectState(claims.adviser, { id: tromso, version: 5, state: "publisert" }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "project.publish", outcome: "refused", userId: claims.adviser.userId });
    await expect(updateProject(claims.otherAdviser, { id: tromso, version: 5, project: tromsoProject("tromso-bredband") }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect((await projectRow(tromso)).state).toBe("under_kartlegging");
  });

  it("keeps an adviser within the project's counties and off a published project", async () => {
    const { id } = await createProject(claims.troms, tromsoProject("radgiver-grenser"), { db });
    await setProjectState(claims.troms, { id, version: 1, state: "under_kartlegging", adviserId: claims.adviser.userId }, { db });
    // Another municipality in the same county is fine.
    const widened = await updateProject(claims.adviser, { id, version: 2, project: tromsoProject("radgiver-grenser", { municipalities: ["5501", "5503"] }) }, { db });
    expect(widened).toMatchObject({ version: 3, changed: ["municipalities"] });
    // Moving it to Nordland, or adding a Nordland municipality, is refused and audited.
    for (const municipalities of [["1804"], ["5501", "1804"]]) {
      await expect(updateProject(claims.adviser, { id, version: 3, project: tromsoProject("radgiver-grenser", { municipalities }) }, { db })).rejects.toMatchObject({ code: "forbidden" });
      expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "refused", userId: claims.adviser.userId, entityId: String(id) });
    }
    expect(await db.projectMunicipality.findMany({ where: { projectId: id }, select: { municipalityNumber: true }, orderBy: { municipalityNumber: "asc" } })).toEqual([
      { municipalityNumber: "5501" },
      { municipalityNumber: "5503" },
    ]);

    await setProjectState(claims.troms, { id, version: 3, state: "publisert" }, { db });
    const live = await projectRow(id);
    await expect(updateProject(claims.adviser, { id, version: 4, project: tromsoProject("radgiver-grenser", { title: "Endret live", municipalities: ["5501", "5503"] }) }, { db })).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateProject(claims.adviser, { id, version: 4, project: tromsoProject("radgiver-grenser", { tags: ["fiber"], municipalities: ["5501", "5503"] }) }, { db }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "project.tag", outcome: "refused", userId: claims.adviser.userId });
    await expect(restoreProjectRevision(claims.adviser, { id, version: 1 }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await projectRow(id)).toEqual(live);
    // The county contact still edits the published project.
    await expect(
      updateProject(claims.troms, { id, version: 4, project: tromsoProject("radgiver-grenser", { title: "Rettet", municipalities: ["5501", "5503"] }) }, { db }),
    ).resolves.toMatchObject({ version: 5 });
  });

  it("lets an admin edit any project", async () => {
    const saved = await updateProject(
      claims.admin,
      { id: bodo, version: 1, project: { ...tromsoProject("bodo-bredband", { summary: "Et prosjekt i Bodø." }), municipalities: ["1804"] } },
      { db },
    );
    expect(saved).toMatchObject({ version: 2, changed: ["summary"] });
  });
});

describe("concurrent edits", () => {
  it("refuses the second of two saves from the same version, naming what the first changed", async () => {
    const { id } = await createProject(claims.troms, tromsoProject("samtidig"), { db });
    await updateProject(claims.troms, { id, version: 1, project: tromsoProject("samtidig", { summary: "Første versjon av sammendraget." }) }, { db });
    const second = updateProject(claims.admin, { id, version: 1, project: tromsoProject("samtidig", { title: "Andre tittel" }) }, { db });
    await expect(second).rejects.toMatchObject({ code: "conflict" });
    const error = (await second.catch((e: unknown) => e)) as CommandError;
    expect(error.conflict).toEqual({ currentVersion: 2, changed: ["summary"], changedBy: ["troms"] });
    expect(error.message).toMatch(/^Ikke lagret: troms lagret prosjektet .* Endret av dem: sammendrag\./);
    expect(await projectRow(id)).toMatchObject({ title: "Prosjekt samtidig", summary: "Første versjon av sammendraget.", version: 2 });
    expect(await db.revision.count({ where: { entityType: "project", entityId: id } })).toBe(2);
  });

  it("serialises truly simultaneous saves: exactly one wins", async () => {
    const { id } = await createProject(claims.troms, tromsoProject("parallell"), { db });
    const results = await Promise.allSettled([
      updateProject(claims.troms, { id, version: 1, project: tromsoProject("parallell", { title: "A" }) }, { db }),
      updateProject(claims.admin, { id, version: 1, project: tromsoProject("parallell", { title: "B" }) }, { db }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
    expect((await projectRow(id)).version).toBe(2);
  });
});

describe("publishing", () => {
  it("demands the fields a public page needs and names the missing ones in Norwegian", async () => {
    const { id } = await createProject(claims.troms, tromsoProject("uferdig", { summary: "", focusAreas: [], sources: [] }), { db });
    await setProjectState(claims.troms, { id, version: 1, state: "under_kartlegging", adviserId: claims.adviser.userId }, { db });
    const attempt = setProjectState(claims.troms, { id, version: 2, state: "publisert" }, { db });
    await expect(attempt).rejects.toMatchObject({ code: "validation" });
    const error = (await attempt.catch((e: unknown) => e)) as CommandError;
    expect(error.message).toBe("Prosjektet kan ikke publiseres ennå. Det mangler: sammendrag, minst ett fokusområde, minst én kilde.");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["focusAreas", "sources", "summary"]);
    expect(await projectRow(id)).toMatchObject({ state: "under_kartlegging", publishedAt: null });

    await updateProject(claims.troms, { id, version: 2, project: tromsoProject("uferdig") }, { db });
    const published = await setProjectState(claims.troms, { id, version: 3, state: "publisert" }, { db });
    expect(published.changed).toEqual(["state"]);
    const row = await projectRow(id);
    expect(row.state).toBe("publisert");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(await lastAudit()).toMatchObject({ action: "project.publish", outcome: "success" });

    await setProjectState(claims.troms, { id, version: 4, state: "arkivert" }, { db });
    expect((await projectRow(id)).state).toBe("arkivert");
  });

  it("refuses a jump the workflow does not allow", async () => {
    const { id } = await createProject(claims.troms, tromsoProject("hopp"), { db });
    await expect(setProjectState(claims.troms, { id, version: 1, state: "under_kartlegging" }, { db })).rejects.toThrow(/Velg en rådgiver/);
    await setProjectState(claims.troms, { id, version: 1, state: "arkivert" }, { db });
    await expect(setProjectState(claims.troms, { id, version: 2, state: "publisert" }, { db })).rejects.toThrow(/kan ikke gå fra «arkivert» til «publisert»/);
  });

  // Issue 12: with only the users the README creates (a county contact, an admin), nothing could be published.
  it("lets a county contact publish a complete candidate of their county without an adviser", async () => {
    const { id } = await createProject(claims.troms, tromsoProject("direkte"), { db });
    const published = await setProjectState(claims.troms, { id, version: 1, state: "publisert" }, { db });
    expect(published.version).toBe(2);
    expect(await projectRow(id)).toMatchObject({ state: "publisert" });
    expect((await db.project.findUniqueOrThrow({ where: { id }, select: { adviserId: true } })).adviserId).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "project.publish", outcome: "success", userId: claims.troms.userId });
    const incomplete = await createProject(claims.troms, tromsoProject("direkte-uferdig", { sources: [] }), { db });
    await expect(setProjectState(claims.troms, { id: incomplete.id, version: 1, state: "publisert" }, { db })).rejects.toThrow(/Det mangler: minst én kilde/);
    await expect(setProjectState(claims.adviser, { id: incomplete.id, version: 1, state: "publisert" }, { db })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("revoked sessions", () => {
  it("refuses a disabled user on the next call", async () => {
    const user = await newUser("deaktivert@example.no", "county_contact", ["55"]);
    const { id } = await createProject(user, tromsoProject("deaktivert"), { db });
    await db.user.update({ where: { id: user.userId }, data: { disabledAt: new Date() } });
    await expect(updateProject(user, { id, version: 1, project: tromsoProject("deaktivert", { title: "Etter" }) }, { db })).rejects.toThrow(UnauthenticatedError);
    expect(await lastAudit()).toMatchObject({ outcome: "refused", userId: user.userId, details: { reason: "disabled" } });
    expect(await authenticate(db, { email: "deaktivert@example.no", password: PASSWORD, ip: "10.3.0.1" })).toEqual({ ok: false, error: "invalid" });
  });

  it("refuses a token from before «sign out everywhere» (sessionVersion bumped)", async () => {
    const user = await newUser("utlogget@example.no", "county_contact", ["55"]);
    const { id } = await createProject(user, tromsoProject("utlogget"), { db });
    await db.user.update({ where: { id: user.userId }, data: { sessionVersion: { increment: 1 } } });
    await expect(updateProject(user, { id, version: 1, project: tromsoProject("utlogget", { title: "Etter" }) }, { db })).rejects.toThrow(UnauthenticatedError);
    expect(await lastAudit()).toMatchObject({ outcome: "refused", details: { reason: "session_revoked" } });
    const fresh = { userId: user.userId, sessionVersion: 2 };
    await expect(updateProject(fresh, { id, version: 1, project: tromsoProject("utlogget", { title: "Etter" }) }, { db })).resolves.toMatchObject({ version: 2 });
  });
});

describe("restoring a revision", () => {
  it("puts back an earlier version as a new revision", async () => {
    const { id } = await createProject(claims.troms, tromsoProject("gjenopprett", { title: "Original" }), { db });
    await updateProject(claims.troms, { id, version: 1, project: tromsoProject("gjenopprett", { title: "Ødelagt", summary: "Feil." }) }, { db });
    const restored = await restoreProjectRevision(claims.troms, { id, version: 1 }, { db });
    expect(restored).toMatchObject({ version: 3 });
    expect(restored.changed.sort()).toEqual(["summary", "title"]);
    expect(await projectRow(id)).toMatchObject({ title: "Original", summary: "Et prosjekt i Tromsø.", version: 3 });
    const revision = await db.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "project", entityId: id, version: 3 } },
      select: { comment: true, userId: true },
    });
    expect(revision).toEqual({ comment: "Gjenopprettet fra versjon 1", userId: claims.troms.userId });
    await expect(restoreProjectRevision(claims.nordland, { id, version: 1 }, { db })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("a command as a form runs it (lib/commands/form-state.ts)", () => {
  let id: number;
  beforeAll(async () => {
    id = (await createProject(claims.troms, tromsoProject("innpakket"), { db })).id;
  });
  const rename = async (title: string) => {
    const before = await db.project.findUniqueOrThrow({ where: { id }, select: { version: true, slug: true } });
    return { id, version: before.version, project: tromsoProject(before.slug, { title }) };
  };

  it("refuses anonymous callers before looking at the input, and audits it", async () => {
    const result = await runForForm(updateProject, null, { ...(await rename("")), version: "tull" }, { db });
    expect(result).toEqual({ ok: false, message: "Du må logge inn for å gjøre dette." });
    expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "refused", userId: null, details: { reason: "anonymous" } });
    expect((await projectRow(id)).title).toBe("Prosjekt innpakket");
  });

  it("returns Norwegian errors per field for invalid input, and writes nothing", async () => {
    const result = await runForForm(updateProject, claims.troms, await rename("  "), { db });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "project.title": ["kan ikke være tom"] } });
    expect(await projectRow(id)).toMatchObject({ title: "Prosjekt innpakket", version: 1 });
  });

  it("returns the refusal as a message when the permission table forbids it", async () => {
    const result = await runForForm(updateProject, claims.nordland, await rename("Fra Nordland"), { db });
    expect(result).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await lastAudit()).toMatchObject({ action: "project.update", outcome: "refused", userId: claims.nordland.userId });
    expect((await projectRow(id)).title).toBe("Prosjekt innpakket");
  });

  it("runs the command for a permitted user", async () => {
    const result = await runForForm(updateProject, claims.troms, await rename("Nytt navn"), { db });
    expect(result).toMatchObject({ ok: true, data: { version: 2, changed: ["title"] } });
    expect((await projectRow(id)).title).toBe("Nytt navn");
  });
});
