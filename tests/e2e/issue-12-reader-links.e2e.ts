import crypto from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "@/tests/support/axe";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject } from "@/lib/projects/commands";
import { createUser } from "@/lib/users/create-user";

/**
 * Issue 12, reader items held in Chromium, in bokmål and nynorsk: a municipality outside the
 * chosen county is explained, not silently emptied (item 8); the toolkit links the examples it
 * names and a project without a contact person points to the county contact (item 9); the
 * mapping forms under /nn/admin stay in nynorsk after a save.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const PASSWORD = `langt-passord-${run}`;
const users = {
  admin: { email: `reader-admin-${run}@example.no`, name: `Reader Admin ${run}` },
  adviser: { email: `reader-radgivar-${run}@example.no`, name: `Reader Rådgivar ${run}` },
};
let db: PrismaClient;
let projectId = 0;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  const admin = await createUser(db, { ...users.admin, role: "admin", password: PASSWORD, counties: [] });
  await createUser(db, { ...users.adviser, role: "adviser", password: PASSWORD, counties: [] });
  const created = await createProject(
    { userId: admin.id, sessionVersion: 1 },
    {
      slug: `reader-kartlegging-${run}`,
      title: `Reader kartlegging ${run}`,
      summary: "Eit prosjekt laga av e2e-testane for kartlegging på nynorsk.",
      municipalities: ["5501"],
      status: "pagar",
      focusAreas: ["bredband"],
      sources: [{ title: "Testkjelde", url: "https://example.no" }],
    },
    { db },
  );
  projectId = created.id;
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** The municipality choice's options as [value, count], "Alle" left out. */
async function municipalityOptions(page: Page): Promise<[string, number][]> {
  return page.locator("#prosjekter-kommune option").evaluateAll((options) =>
    options
      .map((o) => [(o as HTMLOptionElement).value, Number(/\((\d+)\)\s*$/.exec(o.textContent ?? "")?.[1] ?? -1)] as [string, number])
      .filter(([value]) => value !== ""),
  );
}

test("a municipality outside the chosen county is explained, and the county's municipalities with examples come first", async ({ page, request }) => {
  for (const [prefix, text] of [
    ["", "Bodø ligger i Nordland, ikke i Troms; kommunefilteret er ikke brukt."],
    ["/nn", "Bodø ligg i Nordland, ikkje i Troms; kommunefilteret er ikkje brukt."],
  ] as const) {
    await page.goto(`${prefix}/prosjekter?fylke=troms&kommune=1804`);
    await expect(page.locator(".ds-alert").getByText(text)).toBeVisible();
    // The county is in force: Troms' examples, not an empty list.
    await expect(page.getByRole("status").filter({ hasText: /\d+ eksemp/ })).toBeVisible();
    await expect(page.locator("main article").first()).toBeVisible();
    await expect(page.locator("#prosjekter-kommune")).toHaveValue("");
    const options = await municipalityOptions(page);
    expect(options.map(([value]) => value)).not.toContain("1804");
    expect(options.every(([value]) => value.startsWith("55"))).toBe(true);
    const firstEmpty = options.findIndex(([, count]) => count === 0);
    expect(firstEmpty).toBeGreaterThan(0);
    expect(options.slice(firstEmpty).every(([, count]) => count === 0)).toBe(true);
    await expectNoAxeViolations(page, `${prefix}/prosjekter?fylke=troms&kommune=1804`);
  }
  // The JSON API refuses the pair with a 400 naming the filter, as it does every other notice.
  const api = await request.get("/api/v1/prosjekter?fylke=troms&kommune=1804");
  expect(api.status()).toBe(400);
  expect(JSON.stringify(await api.json())).toContain("Bodø ligger i Nordland");
});

test("the toolkit and a success factor link the examples they name, in both languages", async ({ page }) => {
  await page.goto("/forstehjelp");
  await page.getByRole("main").getByRole("link", { name: "Nord-Troms plankontor" }).click();
  await expect(page).toHaveURL(/\/prosjekter\/nord-troms-plankontor$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nord-Troms plankontor");

  await page.goto("/nn/forstehjelp");
  await expect(page.getByRole("main").getByRole("link", { name: "Propell i Gratangen" })).toHaveAttribute("href", "/nn/prosjekter/propell-i-gratangen");
  await expect(page.getByRole("main").getByRole("link", { name: "Forankring" }).first()).toHaveAttribute("href", "/nn/suksessfaktorer/forankring");

  await page.goto("/suksessfaktorer/samarbeid");
  await page.getByRole("main").getByRole("link", { name: "Regionalt vertskap i Midt-Troms" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Regionalt vertskap i Midt-Troms");
});

test("a project without a contact person points to the county contact, in both languages", async ({ page }) => {
  // Bredbåndsfylket Troms names no contact person in content/.
  await page.goto("/prosjekter/bredbandsfylket-troms");
  const ask = page.getByTestId("ask-county-contact");
  await expect(ask).toContainText("Ingen kontaktperson er oppgitt for dette eksempelet. Spør fylkeskontakten for Troms i Distriktssenteret.");
  await expectNoAxeViolations(page, "/prosjekter/bredbandsfylket-troms");
  await ask.getByRole("link", { name: "fylkeskontakten for Troms" }).click();
  await expect(page).toHaveURL(/\/fylker\/troms#kontakt-heading$/);
  await expect(page.getByRole("heading", { name: "Fylkeskontakten" })).toBeVisible();

  await page.goto("/nn/prosjekter/bredbandsfylket-troms");
  await expect(page.getByTestId("ask-county-contact").getByRole("link", { name: "fylkeskontakten for Troms" })).toHaveAttribute("href", "/nn/fylker/troms#kontakt-heading");
  // A project with a contact person shows the person, not the county contact.
  await page.goto("/prosjekter/livoglyst");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LivOGLyst");
  await expect(page.getByTestId("ask-county-contact")).toHaveCount(0);
});

test("assigning an adviser and saving the mapping guide under /nn/admin stay in nynorsk", async ({ page }) => {
  test.setTimeout(120_000);
  const guide = `/nn/admin/prosjekter/${projectId}/kartlegging`;
  // Signed out, the guide sends to the nynorsk sign-in page and back.
  await page.goto(guide);
  expect(new URL(page.url()).pathname).toBe("/nn/admin/logg-inn");
  await page.getByLabel("E-postadresse").fill(users.admin.email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(new RegExp(`/nn/admin/prosjekter/${projectId}/kartlegging$`));

  await page.goto(`/nn/admin/prosjekter/${projectId}`);
  await page.getByRole("radio", { name: new RegExp(users.adviser.name) }).check();
  await page.getByRole("button", { name: "Tildel rådgivar" }).click();
  await expect(page).toHaveURL(new RegExp(`/nn/admin/prosjekter/${projectId}\\?tildelt=\\d+$`));
  await expect(page.getByText("Rådgivaren er tildelt og har fått melding på e-post.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");

  await expect(page.getByRole("link", { name: "Opne kartleggingsguiden" })).toHaveAttribute("href", guide);
  await page.goto(guide);
  await expect(page.getByRole("link", { name: "Tilbake til prosjektet" })).toHaveAttribute("href", `/nn/admin/prosjekter/${projectId}`);
  await page.getByRole("group", { name: /^Viste prosjektet/ }).first().getByRole("radio", { name: "Vist", exact: true }).check();
  await page.getByRole("textbox", { name: /^Korleis viste prosjektet/ }).first().fill(`E2E ${run}: prosjektet viste dette.`);
  await page.getByRole("button", { name: "Lagre kartlegginga" }).click();
  await expect(page).toHaveURL(new RegExp(`/nn/admin/prosjekter/${projectId}/kartlegging\\?lagret=\\d+$`));
  await expect(page.getByText(/Kartlegginga er lagra \(versjon \d+\)\./)).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expectNoAxeViolations(page, guide);
});
