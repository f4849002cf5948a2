import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject, setProjectState } from "@/lib/projects/commands";
import { createTestUsers, signIn, type TTestUser } from "@/tests/support/e2e-users";

/**
 * Issue 14 in a real Chromium: what the sources do not say is one sentence on the public page and
 * an editable field for curators; every pillar has factors; focus-area pages list their sources.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const users = {
  admin: { email: `admin-hull-${run}@example.no`, name: `Hanne Hull ${run}`, role: "admin" },
  adviser: { email: `radgiver-hull-${run}@example.no`, name: `Rune Rådgiver ${run}`, role: "adviser" },
} satisfies Record<string, TTestUser>;
let db: PrismaClient;
let claims: TSessionClaims;
let adviserId: number;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  const created = await createTestUsers(db, users);
  claims = created.admin;
  adviserId = created.adviser.userId;
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test("a project page says what the sources do not say in one sentence, not as prose", async ({ page }) => {
  await page.goto("/prosjekter/spire-gratangen");
  await expect(page.getByText(/^Kildene sier ikke noe om: hvilket år de 4 millionene ble bevilget, .*resultatene sluttevalueringen fant\.$/)).toBeVisible();
  await expect(page.getByText(/Kildene oppgir ikke/)).toHaveCount(0);
  // The curator's note stays in the admin.
  await expect(page.getByText(/den lagrede kopien/i)).toHaveCount(0);
  await page.goto("/rapporter/hatten-av");
  await expect(page.getByText("Kildene sier ikke noe om: rapportnummeret.")).toBeVisible();
});

test("every pillar on /suksessfaktorer has factors of its own", async ({ page }) => {
  await page.goto("/suksessfaktorer");
  await expect(page.getByText("Ingen av suksessfaktorene er knyttet til denne pilaren ennå.")).toHaveCount(0);
  for (const pillar of ["fokus", "folk", "ramme", "verktoy"]) {
    expect(await page.locator(`section#${pillar} h3 a`).count(), pillar).toBeGreaterThan(0);
  }
  await expect(page.locator("section#verktoy h3 a")).toHaveCount(10);
  await page.getByRole("link", { name: "Prosjektlederkompetanse" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Prosjektlederkompetanse" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Propell i Gratangen/ }).first()).toBeVisible();
});

test("a focus-area page lists its own sources and passes axe", async ({ page }) => {
  await page.goto("/fokusomrader/naringshager");
  await expect(page.getByRole("heading", { level: 2, name: "Kilder" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Næringshagene/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a curator sees and edits the gaps in the project form, and the public page follows", async ({ page }) => {
  const slug = `hull-${run}`;
  const created = await createProject(
    claims,
    {
      slug,
      title: `E2E ${slug}`,
      summary: "Et prosjekt laget av e2e-testene.",
      municipalities: ["5501"],
      status: "pagar",
      focusAreas: ["bredband"],
      sources: [{ title: "Testkilde", url: "https://example.no" }],
      gaps: [{ topic: "prosjektperioden", note: "bare «rundt 2012»" }],
    },
    { db },
  );
  const step = await setProjectState(claims, { id: created.id, version: created.version, state: "under_kartlegging", adviserId }, { db });
  await setProjectState(claims, { id: created.id, version: step.version, state: "publisert" }, { db });

  await signIn(page, users.admin);

  await page.goto(`/admin/prosjekter/${created.id}`);
  const gaps = page.getByRole("textbox", { name: "Kildene sier ikke noe om" });
  await expect(gaps).toHaveValue("prosjektperioden: bare «rundt 2012»");
  await gaps.fill("prosjektperioden: bare «rundt 2012»\nfinansiering");
  await page.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page.getByText(/Endringene er lagret/)).toBeVisible();

  await page.goto(`/prosjekter/${slug}`);
  await expect(page.getByText("Kildene sier ikke noe om: prosjektperioden, finansiering.")).toBeVisible();
  await expect(page.getByText("bare «rundt 2012»")).toHaveCount(0);
});
