import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write-audit";
import { CommandError, FORM_HAS_ERRORS, fieldErrorsOf, validationError } from "@/lib/commands/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { zNewUser, type TNewUser, type TNewUserData } from "@/lib/users/schemas";

/**
 * Writing a new user, shared by the administrators' command (lib/users/commands.ts) and the
 * command line (npm run user:create): the same checks, one row, one audit row.
 */

/**
 * Creates a user with an argon2id password hash and writes the one user.create audit row.
 * `createdBy` is the administrator who made the user, or null on the command line: the audit row
 * names who created the account, never the new account itself. Throws a validation error.
 */
export async function insertUser(tx: Prisma.TransactionClient, user: TNewUserData, createdBy: number | null): Promise<{ id: number; email: string; counties: string[] }> {
  const known = await tx.county.findMany({ select: { number: true, slug: true } });
  const counties: string[] = [];
  const unknown: string[] = [];
  for (const wanted of user.counties) {
    const key = wanted.toLowerCase();
    const county = known.find((c) => c.number === key.padStart(2, "0") || c.slug === key);
    if (county) counties.push(county.number);
    else unknown.push(wanted);
  }
  if (unknown.length) throw validationError(FORM_HAS_ERRORS, { counties: [`ukjent fylke: ${unknown.join(", ")} (bruk fylkesnummer, f.eks. 55, eller navn som troms)`] });
  if (user.role !== "county_contact" && counties.length) throw validationError(FORM_HAS_ERRORS, { counties: ["bare fylkeskontakter har fylker"] });
  if (await tx.user.findUnique({ where: { email: user.email }, select: { id: true } })) {
    throw validationError(FORM_HAS_ERRORS, { email: [`det finnes allerede en bruker med ${user.email}`] });
  }
  const passwordHash = await hashPassword(user.password);
  const unique = [...new Set(counties)];
  const created = await tx.user.create({
    data: { email: user.email, name: user.name, role: user.role, passwordHash, counties: { create: unique.map((countyNumber) => ({ countyNumber })) } },
    select: { id: true, email: true },
  });
  await writeAudit(tx, {
    userId: createdBy,
    action: "user.create",
    outcome: "success",
    entityType: "user",
    entityId: created.id,
    details: { email: created.email, role: user.role, counties: unique, ...(createdBy === null ? { via: "kommandolinjen" } : {}) },
  });
  return { ...created, counties: unique };
}

/** Problems with a user given on the command line, one "field: message" line each. */
export class UserInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "UserInputError";
  }
}

const problemLines = (fieldErrors: Record<string, string[]>) =>
  Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((m) => `${field}: ${m}${field === "counties" && /minst ett fylke/.test(m) ? " (--county)" : ""}`));

/**
 * A user made outside the site (the command line, tests, the benchmark): no administrator, so
 * no permission check. The values are checked here (the command line passes them as typed).
 * Throws UserInputError with Norwegian problems.
 */
export async function createUser(db: PrismaClient, input: { [K in keyof TNewUser]?: unknown }): Promise<{ id: number; email: string; counties: string[] }> {
  const parsed = zNewUser.safeParse(input);
  if (!parsed.success) throw new UserInputError(problemLines(fieldErrorsOf(parsed.error)));
  try {
    return await db.$transaction((tx) => insertUser(tx, parsed.data, null));
  } catch (error) {
    if (error instanceof CommandError && error.fieldErrors) throw new UserInputError(problemLines(error.fieldErrors));
    throw error;
  }
}
