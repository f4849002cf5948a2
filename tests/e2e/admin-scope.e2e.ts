import crypto from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject, setProjectState } from "@/lib/projects/commands";
import { createReport } from "@/lib/reports/commands";
import type { TReportInput } from "@/lib/reports/schemas";
import { createTestUsers, signIn, type TTestUser } from "@/tests/support/e2e-users";

/**
 * The admin offers only what the permission table allows: a county contact is linked to the
 * reports they created and not to others' (whose edit pages answer 404); an adviser is not linked
 * to a published project assigned to them. The data layer refuses the same (integration tests).
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const users = {
  troms: { email: `scope-troms-${run}@example.no`, name: `Siri Scope ${run}`, role: "county_contact", counties: ["55"] },
  admin: { email: `scope-admin-${run}@example.no`, name: `Arne Scope ${run}`, role: "admin" },
  adviser: { email: `scope-radgiver-${run}@example.no`, name: `Randi Scope ${run}`, role: "adviser" },
} satisfies Record<string, TTestUser>;
let claims: Record<keyof typeof users, TSessionClaims>;
let db: PrismaClient;
const ids = { adminReport: 0, tromsReport: 0, published: 0, mapping: 0 };

const report = (slug: string, title: string): TReportInput => ({
  slug,
  title,
  authors: ["Kari Forsker"],
  publishers: ["Distriktssenteret"],
  year: 2015,
  kind: "evaluering",
  summary: "En rapport laget av e2e-testene.",
  focusAreas: ["bredband"],
  successFactors: [],
  sources: [{ title: "Testkilde", url: "https://example.no" }],
  state: "kandidat",
});

const project = (slug: string) => ({
  slug,
  title: `Omfang ${slug}`,
  summary: "Et prosjekt laget av e2e-testene.",
  municipalities: ["5501"],
  status: "pagar" as const,
  focusAreas: ["bredband"],
  sources: [{ title: "Testkilde", url: "https://example.no" }],
});

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  claims = await createTestUsers(db, users);
  ids.adminReport = (await createReport(claims.admin, report(`admins-${run}`, `Administratorens rapport ${run}`), { db })).id;
  ids.tromsReport = (await createReport(claims.troms, report(`troms-${run}`, `Tromsrapporten ${run}`), { db })).id;
  for (const [key, publish] of [
    ["published", true],
    ["mapping", false],
  ] as const) {
    const created = await createProject(claims.admin, project(`${key}-${run}`), { db });
    const mapped = await setProjectState(claims.admin, { id: created.id, version: 1, state: "under_kartlegging", adviserId: claims.adviser.userId }, { db });
    if (publish) await setProjectState(claims.admin, { id: created.id, version: mapped.version, state: "publisert" }, { db });
    ids[key] = created.id;
  }
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test("a county contact is offered their own reports to edit, not an administrator's", async ({ page }) => {
  await signIn(page, users.troms);
  await page.goto("/admin/rapporter");
  await expect(page.getByRole("link", { name: `Tromsrapporten ${run}` })).toHaveAttribute("href", `/admin/rapporter/${ids.tromsReport}`);
  const adminRow = page.getByRole("row").filter({ hasText: `Administratorens rapport ${run}` });
  await expect(adminRow).toContainText("kan ikke redigeres av deg");
  await expect(adminRow.getByRole("link")).toHaveCount(0);
  expect(await page.locator(`a[href="/admin/rapporter/${ids.adminReport}"]`).count()).toBe(0);

  const refused = await page.goto(`/admin/rapporter/${ids.adminReport}`);
  expect(refused?.status()).toBe(404);

  await page.goto(`/admin/rapporter/${ids.tromsReport}`);
  const states = page.getByRole("group", { name: "Tilstand" });
  await expect(states.getByRole("radio")).toHaveCount(3);
  await expect(states.getByRole("radio", { name: "Publisert" })).toBeVisible();
});

test("an adviser is not offered a published project, nor reports", async ({ page }) => {
  await signIn(page, users.adviser);
  await expect(page.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Rapporter" })).toHaveCount(0);
  await page.goto("/admin/prosjekter");
  await expect(page.getByRole("link", { name: `Omfang mapping-${run}` })).toHaveAttribute("href", `/admin/prosjekter/${ids.mapping}`);
  // The published one is listed, linked to its public page, not to the editor.
  await expect(page.getByRole("link", { name: `Omfang published-${run}` })).toHaveAttribute("href", `/prosjekter/published-${run}`);
  const refused = await page.goto(`/admin/prosjekter/${ids.published}`);
  expect(refused?.status()).toBe(404);
});
