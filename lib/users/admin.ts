import { z } from "zod";
import { loadActor, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { db as defaultDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { validationError } from "@/lib/commands/errors";
import { createUser, UserInputError, zNewUser } from "@/lib/users/create-user";
import { roles } from "@/lib/users/roles";

/**
 * User administration: administrators only, checked here from a fresh user row. Disabling a
 * user or signing them out bumps their sessionVersion, so their next request is refused.
 */

type Tx = Prisma.TransactionClient;
type Options = { db?: PrismaClient };

const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");
/** Checkboxes and multi-selects arrive as one string or several. */
const zCounties = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().min(1)));

export const zUserCreate = z.strictObject({
  email: z.string({ error: "mangler" }),
  name: z.string({ error: "mangler" }),
  role: z.string({ error: "mangler" }),
  password: z.string({ error: "mangler" }),
  counties: zCounties,
});
export const zUserUpdate = z
  .strictObject({ id: zId, role: z.enum(roles, { error: "velg en rolle" }), counties: zCounties })
  .refine((u) => u.role !== "county_contact" || u.counties.length > 0, { path: ["counties"], message: "en fylkeskontakt må ha minst ett fylke" })
  .refine((u) => u.role === "county_contact" || u.counties.length === 0, { path: ["counties"], message: "bare fylkeskontakter har fylker" });
export const zUserId = z.strictObject({ id: zId });
export const zUserDisable = z.strictObject({
  id: zId,
  disabled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "mangler" }),
});

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", fieldErrors);
}

function asAdmin<T>(database: PrismaClient, claims: TSessionClaims | null, action: string, entityId: number | null, work: (tx: Tx, actor: TActor) => Promise<T>) {
  return withRefusalAudit(database, { action, userId: claims?.userId ?? null, entityType: "user", entityId }, () =>
    database.$transaction(
      async (tx) => {
        const actor = await loadActor(tx, claims);
        assertCan(actor, "user.manage", null, entityId === null ? undefined : { type: "user", id: entityId });
        return work(tx, actor);
      },
      { timeout: 30_000, maxWait: 10_000 },
    ),
  );
}

async function requireUser(tx: Tx, id: number) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabledAt: true, counties: { select: { countyNumber: true } } } });
  if (!user) throw validationError("Fant ikke brukeren.");
  return user;
}

/** Every user with role, counties, whether disabled, and the last sign-in. */
export async function findUsers(database: PrismaClient, actor: TActor) {
  return withRefusalAudit(database, { action: "user.read", userId: actor.id }, async () => {
    assertCan(actor, "user.manage", null);
    const users = await database.user.findMany({
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabledAt: true,
        lastSignInAt: true,
        counties: { select: { countyNumber: true, county: { select: { name: true } } }, orderBy: { countyNumber: "asc" } },
      },
      orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    });
    return users.map((u) => ({ ...u, counties: u.counties.map((c) => ({ number: c.countyNumber, name: c.county.name })) }));
  });
}

export type TAdminUser = Awaited<ReturnType<typeof findUsers>>[number];

/** Counties to choose from for a county contact. */
export async function findCountyOptions(database: PrismaClient) {
  return database.county.findMany({ select: { number: true, name: true }, orderBy: { name: "asc" } });
}

/** "email: message" problems of createUser → per-field errors. */
function fieldErrorsOfUserInput(error: UserInputError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const problem of error.problems) {
    const match = problem.match(/^(\w+): (.*)$/s);
    const [field, message] = match ? [match[1], match[2]] : ["_form", problem];
    (errors[field] ??= []).push(message.replace(" (--county)", ""));
  }
  return errors;
}

/** Creates a user through lib/users/create-user.ts, in the same transaction as the check and the audit. */
export async function createUserAsAdmin(claims: TSessionClaims | null, input: z.input<typeof zUserCreate>, options: Options = {}) {
  const data = parse(zUserCreate, input);
  // Validate before hashing anything, so every field's problem is reported at once.
  const checked = zNewUser.safeParse(data);
  if (!checked.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of checked.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message.replace(" (--county)", ""));
    throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", fieldErrors);
  }
  return asAdmin(options.db ?? defaultDb, claims, "user.create", null, async (tx, actor) => {
    try {
      // createUser takes a client; the transaction client has every model it uses.
      // One audit row, written by createUser and attributed to the administrator.
      return await createUser(tx as unknown as PrismaClient, { ...data, role: checked.data.role }, actor.id);
    } catch (error) {
      if (error instanceof UserInputError) throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", fieldErrorsOfUserInput(error));
      throw error;
    }
  });
}

/** Changes role and counties. An administrator cannot take away their own admin role. */
export async function updateUserRole(claims: TSessionClaims | null, input: z.input<typeof zUserUpdate>, options: Options = {}) {
  const data = parse(zUserUpdate, input);
  return asAdmin(options.db ?? defaultDb, claims, "user.update", data.id, async (tx, actor) => {
    const before = await requireUser(tx, data.id);
    if (before.id === actor.id && data.role !== "admin") throw validationError("Du kan ikke fjerne din egen administratorrolle.", { role: ["du kan ikke fjerne din egen administratorrolle"] });
    const known = await tx.county.findMany({ where: { number: { in: data.counties } }, select: { number: true } });
    const unknown = data.counties.filter((c) => !known.some((k) => k.number === c));
    if (unknown.length) throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", { counties: [`ukjent fylke: ${unknown.join(", ")}`] });
    const counties = [...new Set(data.counties)].sort();
    await tx.user.update({ where: { id: data.id }, data: { role: data.role } });
    await tx.userCounty.deleteMany({ where: { userId: data.id } });
    await tx.userCounty.createMany({ data: counties.map((countyNumber) => ({ userId: data.id, countyNumber })) });
    await writeAudit(tx, {
      userId: actor.id,
      action: "user.update",
      outcome: "success",
      entityType: "user",
      entityId: data.id,
      details: { before: { role: before.role, counties: before.counties.map((c) => c.countyNumber).sort() }, after: { role: data.role, counties } },
    });
    return { id: data.id, email: before.email };
  });
}

/** Disables or enables a user; either way their existing sessions stop working. */
export async function setUserDisabled(claims: TSessionClaims | null, input: z.input<typeof zUserDisable>, options: Options = {}) {
  const data = parse(zUserDisable, input);
  const action = data.disabled ? "user.disable" : "user.enable";
  return asAdmin(options.db ?? defaultDb, claims, action, data.id, async (tx, actor) => {
    const user = await requireUser(tx, data.id);
    if (user.id === actor.id && data.disabled) throw validationError("Du kan ikke deaktivere deg selv.");
    await tx.user.update({ where: { id: data.id }, data: { disabledAt: data.disabled ? (user.disabledAt ?? new Date()) : null, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { userId: actor.id, action, outcome: "success", entityType: "user", entityId: data.id, details: { email: user.email } });
    return { id: data.id, email: user.email, disabled: data.disabled };
  });
}

/** «Logg ut på alle enheter» for another user: bumps their sessionVersion. */
export async function signOutUserEverywhere(claims: TSessionClaims | null, input: z.input<typeof zUserId>, options: Options = {}) {
  const data = parse(zUserId, input);
  return asAdmin(options.db ?? defaultDb, claims, "user.sign_out_everywhere", data.id, async (tx, actor) => {
    const user = await requireUser(tx, data.id);
    await tx.user.update({ where: { id: data.id }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { userId: actor.id, action: "user.sign_out_everywhere", outcome: "success", entityType: "user", entityId: data.id, details: { email: user.email, by: "admin" } });
    return { id: data.id, email: user.email };
  });
}
