import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import type { TSessionClaims } from "@/lib/auth/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";

/**
 * The e2e files' test users: made in the e2e database (DATABASE_URL) the way `npm run user:create`
 * makes them, each file with addresses unique to its run, all with one password unique to this
 * worker; signed in through the real form, as a person would.
 */
export const TEST_PASSWORD = `langt-passord-${crypto.randomBytes(4).toString("hex")}`;

export type TTestUser = { email: string; name: string; role: "admin" | "county_contact" | "adviser"; counties?: string[] };

/** Creates every user of `users` and returns the claims a command takes for each. */
export async function createTestUsers<K extends string>(db: PrismaClient, users: Record<K, TTestUser>): Promise<Record<K, TSessionClaims>> {
  const claims = {} as Record<K, TSessionClaims>;
  for (const [key, user] of Object.entries(users) as [K, TTestUser][]) {
    const created = await createUser(db, { ...user, counties: user.counties ?? [], password: TEST_PASSWORD });
    claims[key] = { userId: created.id, sessionVersion: 1 };
  }
  return claims;
}

/** Signs in through /admin/logg-inn and waits for the admin front page. */
export async function signIn(page: Page, user: { email: string }, password = TEST_PASSWORD) {
  await page.goto("/admin/logg-inn");
  await page.getByLabel("E-postadresse").fill(user.email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  // A sign-in hashes with argon2id: allow a slow, shared machine its time.
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
}
