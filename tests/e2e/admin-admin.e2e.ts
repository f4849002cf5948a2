import crypto from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import { expectNoAxeViolations } from "@/tests/support/axe";
import { createTestUsers, signIn, TEST_PASSWORD, type TTestUser } from "@/tests/support/e2e-users";

// The administrator's pages: taxonomy, synonyms, users, reports. The users are made directly in
// the e2e database (DATABASE_URL), with addresses unique to this run.
const run = crypto.randomBytes(4).toString("hex");
const users = {
  admin: { email: `e2e-admin-${run}@example.no`, name: "E2E Administrator", role: "admin" },
  troms: { email: `e2e-troms-${run}@example.no`, name: "E2E Troms", role: "county_contact", counties: ["55"] },
} satisfies Record<string, TTestUser>;

test.describe.configure({ mode: "serial", timeout: 90_000 });
// Saving re-renders the whole page; give a slow machine time.
const expect = baseExpect.configure({ timeout: 15_000 });


test.beforeAll(async () => {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  try {
    await createTestUsers(db, users);
  } finally {
    await db.$disconnect();
  }
});

test("an administrator adds two focus areas and merges one into the other", async ({ page }) => {
  await signIn(page, users.admin);
  await page.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Taksonomi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Taksonomi" })).toBeVisible();
  await expectNoAxeViolations(page);

  const create = page.locator("form", { has: page.getByRole("heading", { name: "Legg til fokusområde" }) });
  for (const [name, slug] of [
    [`E2E fokus A ${run}`, `e2e-fokus-a-${run}`],
    [`E2E fokus B ${run}`, `e2e-fokus-b-${run}`],
  ] as const) {
    await create.getByLabel("Navn").fill(name);
    await create.getByLabel("Adresse (slug)").fill(slug);
    await create.getByLabel("Sammendrag").fill("Laget av en ende-til-ende-test.");
    await create.getByRole("button", { name: "Legg til" }).click();
    await expect(create.getByText(`Fokusområdet «${name}» er lagt til.`)).toBeVisible();
  }

  // A bad slug is explained beside the field, and what was typed stays.
  await create.getByLabel("Navn").fill("Ugyldig");
  await create.getByLabel("Adresse (slug)").fill("Ikke en slug");
  await create.getByRole("button", { name: "Legg til" }).click();
  const slugField = create.getByLabel("Adresse (slug)");
  await expect(slugField).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await slugField.getAttribute("id")}-feil`)).toContainText("små bokstaver");
  await expect(slugField).toHaveValue("Ikke en slug");

  const merge = page.locator("form", { has: page.getByRole("heading", { name: "Slå sammen fokusområde" }) });
  const from = merge.getByLabel(/^Slå sammen/);
  const into = merge.getByLabel(/^Inn i/);
  await from.selectOption((await from.locator("option", { hasText: `E2E fokus A ${run}` }).getAttribute("value"))!);
  await into.selectOption((await into.locator("option", { hasText: `E2E fokus B ${run}` }).getAttribute("value"))!);
  await merge.getByRole("button", { name: "Slå sammen" }).click();
  await expect(merge.getByText(`«e2e-fokus-a-${run}» er slått sammen med «e2e-fokus-b-${run}»`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`E2E fokus B ${run} – 0 prosjekter`)).toBeVisible();
  await expect(page.getByText(`E2E fokus A ${run} –`)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an administrator adds a search synonym", async ({ page }) => {
  await signIn(page, users.admin);
  await page.goto("/admin/synonymer");
  await expect(page.getByRole("heading", { level: 1, name: "Søkesynonymer" })).toBeVisible();
  await page.getByLabel("Ord", { exact: true }).fill(`heimbygd${run}`);
  await page.getByLabel("Betyr det samme som").fill(`hjembygd${run}`);
  await page.getByRole("button", { name: "Legg til synonym" }).click();
  await expect(page.getByText(`«heimbygd${run}» = «hjembygd${run}» er lagt til.`)).toBeVisible();
  await expect(page.getByRole("cell", { name: `hjembygd${run}`, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an administrator creates a user, who can then sign in", async ({ page, browser }) => {
  await signIn(page, users.admin);
  await page.goto("/admin/brukere");
  await expect(page.getByRole("heading", { level: 1, name: "Brukere" })).toBeVisible();
  await expectNoAxeViolations(page);
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Opprett bruker" }) });
  const email = `e2e-ny-${run}@example.no`;
  await form.getByLabel("E-postadresse").fill(email);
  await form.getByLabel("Navn").fill("E2E Ny Rådgiver");
  await form.getByLabel("Rolle").selectOption("adviser");
  await form.getByLabel("Startpassord").fill("kort");
  await form.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(form.getByLabel("Startpassord")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("må være minst 12 tegn", { exact: true })).toBeVisible();
  await expect(form.getByLabel("E-postadresse")).toHaveValue(email);

  await form.getByLabel("Startpassord").fill(TEST_PASSWORD);
  await form.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(form.getByText(`Brukeren ${email} er opprettet.`)).toBeVisible();
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signIn(newcomer, { email });
  await expect(newcomer.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Brukere" })).toHaveCount(0);
  await context.close();
});

test("the report pages are accessible to an administrator", async ({ page }) => {
  await signIn(page, users.admin);
  await page.goto("/admin/rapporter");
  await expect(page.getByRole("heading", { level: 1, name: /^Rapporter/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Ny rapport" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny rapport" })).toBeVisible();
  await page.getByRole("button", { name: "Opprett rapport" }).click();
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("a county contact is refused the administrator's pages", async ({ page }) => {
  await signIn(page, users.troms);
  const nav = page.getByRole("navigation", { name: "Administrasjon" });
  await expect(nav.getByRole("link", { name: "Rapporter" })).toBeVisible();
  for (const name of ["Brukere", "Taksonomi", "Synonymer", "Logg"]) await expect(nav.getByRole("link", { name })).toHaveCount(0);
  for (const path of ["/admin/brukere", "/admin/taksonomi", "/admin/synonymer"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Fant ikke siden" })).toBeVisible();
  }
});
