import { z } from "zod";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { roles } from "@/lib/users/roles";

export const zNewUser = z
  .object({
    email: z.email({ error: "må være en gyldig e-postadresse" }).trim().toLowerCase(),
    name: z.string({ error: "må være tekst" }).trim().min(1, "kan ikke være tomt").max(200, "er for langt (høyst 200 tegn)"),
    role: z.enum(roles, { error: `må være en av: ${roles.join(", ")}` }),
    password: z.string({ error: "mangler" }).min(MIN_PASSWORD_LENGTH, `må være minst ${MIN_PASSWORD_LENGTH} tegn`).max(1000, "er for langt"),
    /** County numbers ("55") or slugs ("troms"). */
    counties: z.array(z.string().trim().min(1)).default([]),
  })
  .refine((u) => u.role !== "county_contact" || u.counties.length > 0, {
    path: ["counties"],
    message: "en fylkeskontakt må ha minst ett fylke (--county)",
  });
export type TNewUser = z.input<typeof zNewUser>;

export class UserInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "UserInputError";
  }
}

/** Creates a user with an argon2id password hash. Throws UserInputError with Norwegian problems. */
/**
 * `createdBy` is the administrator who made the user, or null on the command line: the audit row
 * names who created the account, never the new account itself.
 */
export async function createUser(db: PrismaClient, input: TNewUser, createdBy: number | null = null): Promise<{ id: number; email: string; counties: string[] }> {
  const parsed = zNewUser.safeParse(input);
  if (!parsed.success) {
    throw new UserInputError(parsed.error.issues.map((i) => `${i.path.join(".") || "bruker"}: ${i.message}`));
  }
  const user = parsed.data;
  const known = await db.county.findMany({ select: { number: true, slug: true } });
  const counties: string[] = [];
  const unknown: string[] = [];
  for (const wanted of user.counties) {
    const key = wanted.toLowerCase();
    const county = known.find((c) => c.number === key.padStart(2, "0") || c.slug === key);
    if (county) counties.push(county.number);
    else unknown.push(wanted);
  }
  if (unknown.length) throw new UserInputError([`counties: ukjent fylke: ${unknown.join(", ")} (bruk fylkesnummer, f.eks. 55, eller navn som troms)`]);
  if (user.role !== "county_contact" && counties.length) throw new UserInputError(["counties: bare fylkeskontakter har fylker"]);
  if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) {
    throw new UserInputError([`email: det finnes allerede en bruker med ${user.email}`]);
  }
  const passwordHash = await hashPassword(user.password);
  const created = await db.user.create({
    data: {
      email: user.email,
      name: user.name,
      role: user.role,
      passwordHash,
      counties: { create: [...new Set(counties)].map((countyNumber) => ({ countyNumber })) },
    },
    select: { id: true, email: true },
  });
  await writeAudit(db, {
    userId: createdBy,
    action: "user.create",
    outcome: "success",
    entityType: "user",
    entityId: created.id,
    details: { email: created.email, role: user.role, counties: [...new Set(counties)], ...(createdBy === null ? { via: "kommandolinjen" } : {}) },
  });
  return { ...created, counties: [...new Set(counties)] };
}
