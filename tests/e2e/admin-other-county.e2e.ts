import crypto from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject, setProjectState } from "@/lib/projects/commands";
import { createUser } from "@/lib/users/create-user";

/**
 * A county contact who opens another county's project (published or not) is told plainly that
 * it belongs to that county and who curates it — not a 404 that says "ikke publisert" — and is
 * shown nothing of it beyond its title (issue 12).
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const PASSWORD = `langt-passord-${run}`;
const users = {
  troms: { email: `annet-troms-${run}@example.no`, name: `Tove Tromsø ${run}` },
  nordland: { email: `annet-nordland-${run}@example.no`, name: `Nils Nordland ${run}` },
  admin: { email: `annet-admin-${run}@example.no`, name: `Ada Admin ${run}` },
  adviser: { email: `annet-radgiver-${run}@example.no`, name: `Rolf Rådgiver ${run}` },
};
const claims = {} as Record<keyof typeof users, TSessionClaims>;
let db: PrismaClient;
const ids = { published: 0, mapping: 0 };
const SUMMARY = `Et prosjekt som bare Troms skal se i redigeringen ${run}.`;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  for (const [key, role, counties] of [
    ["troms", "county_contact", ["55"]],
    ["nordland", "county_contact", ["18"]],
    ["admin", "admin", []],
    ["adviser", "adviser", []],
  ] as const) {
    const user = await createUser(db, { ...users[key], role, password: PASSWORD, counties: [...counties] });
    claims[key] = { userId: user.id, sessionVersion: 1 };
  }
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

async function signIn(page: Page, who: keyof typeof users) {
  await page.goto("/admin/logg-inn");
  await page.getByLabel("E-postadresse").fill(users[who].email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

test("another county's project says whose it is and who curates it, published or not", async ({ page }) => {
  await signIn(page, "nordland");
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
  await signIn(page, "troms");
  await page.goto(`/admin/prosjekter/${ids.mapping}`);
  await expect(page.getByRole("heading", { level: 2, name: "Arbeidsflyt" })).toBeVisible();
  await expect(page.getByText("som du ikke er fylkeskontakt for")).toHaveCount(0);
});
