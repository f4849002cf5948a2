import crypto from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject, setProjectState } from "@/lib/projects/commands";
import { createTestUsers, signIn, type TTestUser } from "@/tests/support/e2e-users";

/**
 * A county contact who opens another county's project (published or not) is told plainly that
 * it belongs to that county and who curates it — not a 404 that says "ikke publisert" — and is
 * shown nothing of it beyond its title (issue 12).
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const users = {
  troms: { email: `annet-troms-${run}@example.no`, name: `Tove Tromsø ${run}`, role: "county_contact", counties: ["55"] },
  nordland: { email: `annet-nordland-${run}@example.no`, name: `Nils Nordland ${run}`, role: "county_contact", counties: ["18"] },
  admin: { email: `annet-admin-${run}@example.no`, name: `Ada Admin ${run}`, role: "admin" },
  adviser: { email: `annet-radgiver-${run}@example.no`, name: `Rolf Rådgiver ${run}`, role: "adviser" },
} satisfies Record<string, TTestUser>;
let claims: Record<keyof typeof users, TSessionClaims>;
let db: PrismaClient;
const ids = { published: 0, mapping: 0 };
const SUMMARY = `Et prosjekt som bare Troms skal se i redigeringen ${run}.`;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  claims = await createTestUsers(db, users);
  for (const [key, publish] of [
    ["published", true],
    ["mapping", false],
  ] as const) {
    const created = await createProject(
      claims.admin,
      {
        slug: `annet-fylke-${key}-${run}`,
        title: `Tromsprosjekt ${key} ${run}`,
        summary: SUMMARY,
        municipalities: ["5501"],
        status: "pagar",
        focusAreas: ["bredband"],
        sources: [{ title: "Testkilde", url: "https://example.no" }],
      },
      { db },
    );
    const mapped = await setProjectState(claims.admin, { id: created.id, version: 1, state: "under_kartlegging", adviserId: claims.adviser.userId }, { db });
    if (publish) await setProjectState(claims.admin, { id: created.id, version: mapped.version, state: "publisert" }, { db });
    ids[key] = created.id;
  }
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test("another county's project says whose it is and who curates it, published or not", async ({ page }) => {
  await signIn(page, users.nordland);
  for (const key of ["published", "mapping"] as const) {
    const response = await page.goto(`/admin/prosjekter/${ids[key]}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: `Tromsprosjekt ${key} ${run}` })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Prosjektet hører til Troms, som du ikke er fylkeskontakt for");
    await expect(page.getByRole("listitem").filter({ hasText: users.troms.name })).toContainText("Troms: fylkeskontakt");
    await expect(page.locator("main")).not.toContainText("ikke publisert");
    // Authorised: nothing of the project beyond its title, county and curators.
    await expect(page.locator("body")).not.toContainText(SUMMARY);
    await expect(page.locator("body")).not.toContainText(users.adviser.name);
    await expect(page.getByRole("button", { name: /Lagre/ })).toHaveCount(0);
  }
  // A project that does not exist is still a plain 404.
  const missing = await page.goto("/admin/prosjekter/999999999");
  expect(missing?.status()).toBe(404);
});

test("the county's own contact still gets the editor", async ({ page }) => {
  await signIn(page, users.troms);
  await page.goto(`/admin/prosjekter/${ids.mapping}`);
  await expect(page.getByRole("heading", { level: 2, name: "Arbeidsflyt" })).toBeVisible();
  await expect(page.getByText("som du ikke er fylkeskontakt for")).toHaveCount(0);
});
