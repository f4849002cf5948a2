import { z } from "zod";
import { writeAudit } from "@/lib/audit/write-audit";
import { defineCommand, type Tx } from "@/lib/commands/define-command";
import { FORM_HAS_ERRORS, notFoundError, validationError } from "@/lib/commands/errors";
import { insertUser } from "@/lib/users/create-user";
import { zNewUser, zUserDisable, zUserId, zUserUpdate } from "@/lib/users/schemas";

/**
 * User administration: administrators only (permission user.manage), each change a command
 * (lib/commands/define-command.ts). Disabling a user or signing them out bumps their
 * sessionVersion, so their next request is refused.
 */

const asAdmin = { permission: "user.manage", entityType: "user" } as const;
const byId = (input: { id: number }) => input.id;

async function requireUser(tx: Tx, id: number) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabledAt: true, counties: { select: { countyNumber: true } } } });
  if (!user) throw notFoundError("Fant ikke brukeren.");
  return user;
}

/** A new user; the one user.create audit row names the administrator (lib/users/create-user.ts). */
export const createUserAsAdmin = defineCommand({ ...asAdmin, name: "user.create", input: zNewUser }, (tx, actor, user) => insertUser(tx, user, actor.id));

/** Changes role and counties. An administrator cannot take away their own admin role. */
export const updateUserRole = defineCommand({ ...asAdmin, name: "user.update", input: zUserUpdate, entityId: byId }, async (tx, actor, data) => {
  const before = await requireUser(tx, data.id);
  if (before.id === actor.id && data.role !== "admin") throw validationError("Du kan ikke fjerne din egen administratorrolle.", { role: ["du kan ikke fjerne din egen administratorrolle"] });
  const known = await tx.county.findMany({ where: { number: { in: data.counties } }, select: { number: true } });
  const unknown = data.counties.filter((c) => !known.some((k) => k.number === c));
  if (unknown.length) throw validationError(FORM_HAS_ERRORS, { counties: [`ukjent fylke: ${unknown.join(", ")}`] });
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
  return { id: data.id, email: before.email, role: data.role };
});

/** Disables or enables a user; either way their existing sessions stop working. */
export const setUserDisabled = defineCommand({ ...asAdmin, name: "user.disable", input: zUserDisable, entityId: byId }, async (tx, actor, data) => {
  const action = data.disabled ? "user.disable" : "user.enable";
  const user = await requireUser(tx, data.id);
  if (user.id === actor.id && data.disabled) throw validationError("Du kan ikke deaktivere deg selv.");
  await tx.user.update({ where: { id: data.id }, data: { disabledAt: data.disabled ? (user.disabledAt ?? new Date()) : null, sessionVersion: { increment: 1 } } });
  await writeAudit(tx, { userId: actor.id, action, outcome: "success", entityType: "user", entityId: data.id, details: { email: user.email } });
  return { id: data.id, email: user.email, disabled: data.disabled };
});

/** «Logg ut på alle enheter» for another user: bumps their sessionVersion. */
export const signOutUserEverywhere = defineCommand({ ...asAdmin, name: "user.sign_out_everywhere", input: zUserId, entityId: byId }, async (tx, actor, data) => {
  const user = await requireUser(tx, data.id);
  await tx.user.update({ where: { id: data.id }, data: { sessionVersion: { increment: 1 } } });
  await writeAudit(tx, { userId: actor.id, action: "user.sign_out_everywhere", outcome: "success", entityType: "user", entityId: data.id, details: { email: user.email, by: "admin" } });
  return { id: data.id, email: user.email };
});

/** «Logg ut overalt» for oneself: bumps the user's sessionVersion, so every token they hold stops working. */
export const signOutEverywhere = defineCommand({ name: "user.sign_out_everywhere", input: z.object({}) }, async (tx, actor) => {
  await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
  await writeAudit(tx, { userId: actor.id, action: "user.sign_out_everywhere", outcome: "success", entityType: "user", entityId: actor.id });
});
