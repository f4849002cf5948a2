import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, UnauthenticatedError, type TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syncReferenceData } from "@/lib/places/sync-reference";
import type { CommandError } from "@/lib/commands/errors";
import { findUsers } from "@/lib/users/admin-queries";
import { createUserAsAdmin, setUserDisabled, signOutUserEverywhere, updateUserRole } from "@/lib/users/commands";
import { createUser } from "@/lib/users/create-user";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

let db: PrismaClient;
let drop: () => Promise<void>;
const claims: Record<"admin" | "troms" | "adviser", TSessionClaims> = {} as never;
const PASSWORD = "et-langt-passord-123";

const lastAudit = () =>
  db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, select: { action: true, outcome: true, userId: true, entityId: true, details: true } });
const sessionVersion = (id: number) => db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } }).then((u) => u.sessionVersion);

beforeAll(async () => {
  const database = await createIsolatedDatabase("users");
  drop = database.drop;
  db = createPrismaClient(database.url);
  await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 });
  for (const [key, role, counties] of [
    ["admin", "admin", []],
    ["troms", "county_contact", ["55"]],
    ["adviser", "adviser", []],
  ] as const) {
    const user = await createUser(db, { email: `${key}@example.no`, name: key, role, password: PASSWORD, counties: [...counties] });
    claims[key] = { userId: user.id, sessionVersion: 1 };
  }
});

afterAll(async () => {
  await db?.$disconnect();
  await drop?.();
});

describe("user administration", () => {
  it("lists users for administrators only, and audits a refused look", async () => {
    const admin = await loadActor(db, claims.admin);
    const users = await findUsers(admin, db);
    expect(users.map((u) => u.email).sort()).toEqual(["admin@example.no", "adviser@example.no", "troms@example.no"]);
    expect(users.find((u) => u.email === "troms@example.no")).toMatchObject({ role: "county_contact", counties: [{ number: "55", name: "Troms" }], disabledAt: null });
    await expect(findUsers(await loadActor(db, claims.troms), db)).rejects.toMatchObject({ code: "forbidden", message: "Du har ikke tilgang til å gjøre dette." });
    expect(await lastAudit()).toMatchObject({ action: "user.manage", outcome: "refused", userId: claims.troms.userId, details: { attempted: "user.read" } });
  });

  it("creates a user with a hashed password and audits who did it", async () => {
    const created = await createUserAsAdmin(claims.admin, { email: "Ny@Example.no", name: "Ny Kontakt", role: "county_contact", password: PASSWORD, counties: ["18"] }, { db });
    expect(created).toMatchObject({ email: "ny@example.no", counties: ["18"] });
    const row = await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true, role: true } });
    expect(row.role).toBe("county_contact");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await lastAudit()).toMatchObject({ action: "user.create", outcome: "success", userId: claims.admin.userId, entityId: String(created.id) });
    // One row, attributed to the administrator, never to the account just made (issue 12).
    const rows = await db.auditLog.findMany({ where: { action: "user.create", entityId: String(created.id) }, select: { userId: true } });
    expect(rows).toEqual([{ userId: claims.admin.userId }]);
  });

  it("gives per-field Norwegian errors for a bad new user and creates nothing", async () => {
    const before = await db.user.count();
    const error = await createUserAsAdmin(claims.admin, { email: "ikke-epost", name: "", role: "county_contact", password: "kort", counties: [] }, { db }).catch((e: unknown) => e);
    expect((error as CommandError).fieldErrors).toMatchObject({
      email: ["må være en gyldig e-postadresse"],
      name: ["kan ikke være tomt"],
      password: ["må være minst 12 tegn"],
      counties: ["en fylkeskontakt må ha minst ett fylke"],
    });
    const taken = await createUserAsAdmin(claims.admin, { email: "troms@example.no", name: "X", role: "adviser", password: PASSWORD, counties: [] }, { db }).catch((e: unknown) => e);
    expect((taken as CommandError).fieldErrors).toEqual({ email: ["det finnes allerede en bruker med troms@example.no"] });
    const county = await createUserAsAdmin(claims.admin, { email: "x@example.no", name: "X", role: "county_contact", password: PASSWORD, counties: ["99"] }, { db }).catch((e: unknown) => e);
    expect((county as CommandError).fieldErrors?.counties?.[0]).toMatch(/ukjent fylke: 99/);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a county contact who tries to create an admin, and audits it", async () => {
    await expect(createUserAsAdmin(claims.troms, { email: "kupp@example.no", name: "Kupp", role: "admin", password: PASSWORD, counties: [] }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await lastAudit()).toMatchObject({ action: "user.manage", outcome: "refused", userId: claims.troms.userId, details: { attempted: "user.create" } });
    expect(await db.user.count({ where: { email: "kupp@example.no" } })).toBe(0);
    await expect(updateUserRole(claims.adviser, { id: claims.adviser.userId, role: "admin", counties: [] }, { db })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.user.findUniqueOrThrow({ where: { id: claims.adviser.userId }, select: { role: true } })).toEqual({ role: "adviser" });
  });

  it("disabling a user bumps their session version: their next request is refused, and enabling needs a new sign-in", async () => {
    expect(await loadActor(db, claims.adviser)).toMatchObject({ role: "adviser" });
    await setUserDisabled(claims.admin, { id: claims.adviser.userId, disabled: "true" }, { db });
    expect(await sessionVersion(claims.adviser.userId)).toBe(2);
    await expect(loadActor(db, claims.adviser)).rejects.toMatchObject({ reason: "disabled" });
    expect(await lastAudit()).toMatchObject({ action: "user.disable", outcome: "success", userId: claims.admin.userId });
    await setUserDisabled(claims.admin, { id: claims.adviser.userId, disabled: "false" }, { db });
    // The old token stays dead after enabling; a fresh sign-in carries the new version.
    await expect(loadActor(db, claims.adviser)).rejects.toMatchObject({ reason: "session_revoked" });
    expect(await loadActor(db, { userId: claims.adviser.userId, sessionVersion: 3 })).toMatchObject({ role: "adviser" });
    claims.adviser = { userId: claims.adviser.userId, sessionVersion: 3 };
  });

  it("an administrator cannot disable themselves or drop their own admin role", async () => {
    const self = await setUserDisabled(claims.admin, { id: claims.admin.userId, disabled: "true" }, { db }).catch((e: unknown) => e);
    expect(self).toMatchObject({ code: "validation" });
    const demote = await updateUserRole(claims.admin, { id: claims.admin.userId, role: "adviser", counties: [] }, { db }).catch((e: unknown) => e);
    expect((demote as CommandError).fieldErrors).toEqual({ role: ["du kan ikke fjerne din egen administratorrolle"] });
    expect(await loadActor(db, claims.admin)).toMatchObject({ role: "admin" });
  });

  it("signs a user out on every device", async () => {
    await signOutUserEverywhere(claims.admin, { id: claims.troms.userId }, { db });
    await expect(loadActor(db, claims.troms)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await sessionVersion(claims.troms.userId)).toBe(2);
    expect(await lastAudit()).toMatchObject({ action: "user.sign_out_everywhere", outcome: "success", userId: claims.admin.userId, entityId: String(claims.troms.userId) });
    claims.troms = { userId: claims.troms.userId, sessionVersion: 2 };
  });

  it("changes role and counties, and the permission table follows on the next request", async () => {
    await updateUserRole(claims.admin, { id: claims.troms.userId, role: "county_contact", counties: ["55", "18"] }, { db });
    expect((await loadActor(db, claims.troms)).counties).toEqual(["18", "55"]);
    const noCounty = await updateUserRole(claims.admin, { id: claims.troms.userId, role: "county_contact", counties: [] }, { db }).catch((e: unknown) => e);
    expect((noCounty as CommandError).fieldErrors).toEqual({ counties: ["en fylkeskontakt må ha minst ett fylke"] });
    await updateUserRole(claims.admin, { id: claims.troms.userId, role: "adviser", counties: [] }, { db });
    expect(await loadActor(db, claims.troms)).toMatchObject({ role: "adviser", counties: [] });
    expect(await lastAudit()).toMatchObject({
      action: "user.update",
      details: { before: { role: "county_contact", counties: ["18", "55"] }, after: { role: "adviser", counties: [] } },
    });
  });
});
