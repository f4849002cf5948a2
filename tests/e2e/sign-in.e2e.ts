import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";

// Throttling: after 10 failed sign-ins in 15 minutes the account is told to wait, even with the
// right password. Only this account is held for 127.0.0.1 (lib/auth/throttle.ts), so the other
// tests' sign-ins from the same address go on; X-Forwarded-For is not believed here.
const run = crypto.randomBytes(4).toString("hex");
const email = `sperret-${run}@example.no`;
const PASSWORD = "riktig-passord-som-er-langt";
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  await createUser(db, { email, name: "Sperret Testbruker", role: "adviser", password: PASSWORD, counties: [] });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test("ten failed sign-ins lock the account for a while, with a clear Norwegian message", async ({ page }) => {
  // Eleven real sign-ins, each with an argon2id verification: more than the default 30 s.
  test.setTimeout(120_000);
  const attempt = async (password: string) => {
    await page.goto("/admin/logg-inn");
    await page.getByLabel("E-postadresse").fill(email);
    await page.getByLabel("Passord").fill(password);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(/\/admin/);
  };
  for (let i = 0; i < 10; i++) {
    await attempt(`feil-passord-${i}-som-er-langt`);
    await expect(page.locator("#innlogging-feil")).toBeVisible();
  }
  await attempt(PASSWORD);
  await expect(page.getByText("For mange mislykkede innlogginger. Vent 15 minutter før du prøver igjen.")).toBeVisible();
  await expect(page).not.toHaveURL(/\/admin$/);
  const failures = await db.auditLog.count({ where: { action: "sign_in", outcome: "failure", details: { path: ["email"], equals: email } } });
  expect(failures).toBeGreaterThanOrEqual(10);
});
