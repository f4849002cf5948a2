import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import type { TSessionClaims } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject, setProjectState } from "@/lib/projects/commands";
import { createTestUsers, signIn, type TTestUser } from "@/tests/support/e2e-users";

/**
 * Curation of projects in a real Chromium, per role. The users (and a few projects) are made
 * directly in the e2e database; everything else goes through the pages as a person would.
 */
// Saves go through a transaction with a revision and an audit row; allow them a moment.
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const users = {
  troms: { email: `troms-${run}@example.no`, name: `Tove Troms ${run}`, role: "county_contact", counties: ["55"] },
  admin: { email: `admin-${run}@example.no`, name: `Anne Admin ${run}`, role: "admin" },
  adviser: { email: `radgiver-${run}@example.no`, name: `Rita Rådgiver ${run}`, role: "adviser" },
} satisfies Record<string, TTestUser>;
let claims: Record<keyof typeof users, TSessionClaims>;
let db: PrismaClient;
let traenaId: number;
/** A Troms project for the forged-id and conflict tests. */
let sharedId: number;

const tromsoInput = (slug: string) => ({
  slug,
  title: `E2E ${slug}`,
  summary: "Et prosjekt laget av e2e-testene.",
  municipalities: ["5501"],
  status: "pagar" as const,
  focusAreas: ["bredband"],
  sources: [{ title: "Testkilde", url: "https://example.no" }],
});

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  claims = await createTestUsers(db, users);
  traenaId = (await db.project.findUniqueOrThrow({ where: { slug: "traena-livskraft-gjennom-mangfold" }, select: { id: true } })).id;
  // A Troms project assigned to the adviser.
  const assigned = await createProject(claims.admin, tromsoInput(`tildelt-${run}`), { db });
  await setProjectState(claims.admin, { id: assigned.id, version: assigned.version, state: "under_kartlegging", adviserId: claims.adviser.userId }, { db });
  sharedId = (await createProject(claims.troms, tromsoInput(`delt-${run}`), { db })).id;
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** Opens a project form and waits until it is hydrated (the municipality filter needs JavaScript). */
async function openForm(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByLabel("Finn kommune (navn eller nummer)")).toBeVisible();
}

async function signedInPage(browser: Browser, who: keyof typeof users) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, users[who]);
  return { context, page };
}

test("a Troms contact adds a project in Tromsø, tags it, publishes it and finds it on the public list", async ({ page }) => {
  const title = `Fiber til alle ${run}`;
  await signIn(page, users.troms);
  await page.goto("/admin/prosjekter");
  await page.getByRole("link", { name: "Nytt prosjekt" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt prosjekt" })).toBeVisible();
  await expect(page.getByLabel("Finn kommune (navn eller nummer)")).toBeVisible();

  await page.getByRole("textbox", { name: "Tittel", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Sammendrag" }).fill("Utbygging av fiber i Tromsø.");
  await page.getByRole("textbox", { name: "Beskrivelse" }).fill("Fiber kom.\n\n<script>window.__x=1</script>\n\n[x](javascript:alert(1))");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("pagar");
  await page.getByLabel("Finn kommune (navn eller nummer)").fill("5501");
  await page.getByRole("checkbox", { name: "Tromsø (5501)" }).check();
  await page.getByRole("checkbox", { name: "Bredbånd", exact: true }).check();
  await page.getByRole("checkbox", { name: "Forankring", exact: true }).check();
  await page.getByRole("textbox", { name: "Hvordan viste prosjektet «Forankring»?" }).fill("Vedtatt i kommunestyret.");
  await page.getByRole("checkbox", { name: "Samarbeid", exact: true }).check();
  await page.getByRole("textbox", { name: "Hvordan viste prosjektet «Samarbeid»?" }).fill("Kommune og næringsliv sammen.");
  await page.getByRole("textbox", { name: "Stikkord" }).fill("fiber, test");
  const source = page.getByRole("group", { name: "Kilde 1" });
  await source.getByRole("textbox", { name: "Tittel på kilden" }).fill("Tromsø kommune");
  await source.getByRole("textbox", { name: "Nettadresse" }).fill("https://tromso.kommune.no");

  // The preview uses the public page's renderer: the script and the javascript: link are gone.
  await page.getByRole("button", { name: "Forhåndsvis tekst" }).click();
  const preview = page.getByRole("region", { name: "Forhåndsvisning av beskrivelse" });
  await expect(preview).toContainText("Fiber kom.");
  expect(await preview.innerHTML()).not.toMatch(/<script|javascript:/);

  await page.getByRole("button", { name: "Opprett prosjekt" }).click();
  await expect(page.getByText("Prosjektet er opprettet som kandidat.")).toBeVisible();
  await page.getByRole("combobox", { name: "Rådgiver som kartlegger" }).selectOption({ label: users.adviser.name });
  await page.getByRole("button", { name: "Send til kartlegging" }).click();
  await expect(page.getByText("Redaksjonell status er nå «under kartlegging».")).toBeVisible();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Redaksjonell status er nå «publisert».")).toBeVisible();

  await page.goto("/prosjekter?fokus=bredband&fylke=troms");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Vedtatt i kommunestyret.")).toBeVisible();
  // The XSS payload typed into the body stays inert on the public page.
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});

test("invalid input gets Norwegian errors beside the fields and a summary, and keeps what was typed", async ({ page }) => {
  await signIn(page, users.troms);
  await openForm(page, "/admin/prosjekter/ny");
  await page.getByRole("textbox", { name: "Sammendrag" }).fill("Noe jeg skrev.");
  await page.getByRole("textbox", { name: "Startår" }).fill("tjue");
  await page.getByRole("button", { name: "Opprett prosjekt" }).click();
  const summary = page.locator(".ds-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Tittel: kan ikke være tom" })).toBeVisible();
  const title = page.getByRole("textbox", { name: "Tittel", exact: true });
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await title.getAttribute("aria-describedby")}`)).toHaveText("kan ikke være tom");
  await expect(page.getByRole("textbox", { name: "Sammendrag" })).toHaveValue("Noe jeg skrev.");
  await expect(page.getByRole("textbox", { name: "Startår" })).toHaveValue("tjue");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test("a Troms contact cannot edit a Nordland project, by link, by URL or by a forged id", async ({ page }) => {
  await signIn(page, users.troms);
  await page.goto("/admin/prosjekter?q=Træna");
  await expect(page.getByText("Ingen prosjekter passer.")).toBeVisible();
  // By URL: told whose project it is, with no form to edit it (admin-other-county.e2e.ts says more).
  await page.goto(`/admin/prosjekter/${traenaId}`);
  await expect(page.getByRole("status")).toContainText("som du ikke er fylkeskontakt for");
  await expect(page.getByRole("button", { name: /Lagre/ })).toHaveCount(0);

  // Their own project's form, with the hidden id changed to the Nordland project's.
  await openForm(page, `/admin/prosjekter/${sharedId}`);
  const content = page.getByRole("region", { name: "Innhold" });
  await content.locator('input[name="id"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), traenaId);
  await content.getByRole("textbox", { name: "Tittel", exact: true }).fill("Kapret");
  await content.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page.getByText("Du har ikke tilgang til å gjøre dette.")).toBeVisible();
  const traena = await db.project.findUniqueOrThrow({ where: { id: traenaId }, select: { title: true } });
  expect(traena.title).not.toBe("Kapret");
});

test("an adviser can edit an assigned project but cannot publish it", async ({ page }) => {
  await signIn(page, users.adviser);
  await page.goto("/admin/prosjekter");
  await page.getByRole("link", { name: `E2E tildelt-${run}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `E2E tildelt-${run}` })).toBeVisible();
  await expect(page.getByLabel("Finn kommune (navn eller nummer)")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publiser" })).toHaveCount(0);
  await expect(page.getByText("Du kan ikke endre den redaksjonelle statusen")).toBeVisible();
  await page.getByRole("textbox", { name: "Resultater" }).fill("Alle husstander fikk tilbud om fiber.");
  await page.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page.getByText(/Endringene er lagret/)).toBeVisible();
});

test("two editors save the same project: the second is told who changed what, and keeps their text", async ({ browser }) => {
  const first = await signedInPage(browser, "troms");
  const second = await signedInPage(browser, "admin");
  try {
    for (const { page } of [first, second]) await openForm(page, `/admin/prosjekter/${sharedId}`);
    await first.page.getByRole("textbox", { name: "Sammendrag" }).fill(`Første ${run}`);
    await second.page.getByRole("textbox", { name: "Sammendrag" }).fill(`Andre ${run}`);
    await first.page.getByRole("button", { name: "Lagre endringer" }).click();
    await expect(first.page.getByText(/Endringene er lagret/)).toBeVisible();
    await second.page.getByRole("button", { name: "Lagre endringer" }).click();
    const message = second.page.locator("#skjema-melding");
    await expect(message).toContainText(`Ikke lagret: ${users.troms.name} lagret prosjektet`);
    await expect(message).toContainText("sammendrag");
    await expect(message.getByRole("link", { name: "Åpne den lagrede versjonen i en ny fane" })).toBeVisible();
    await expect(second.page.getByRole("textbox", { name: "Sammendrag" })).toHaveValue(`Andre ${run}`);
    const stored = await db.project.findUniqueOrThrow({ where: { id: sharedId }, select: { summary: true } });
    expect(stored.summary).toBe(`Første ${run}`);
  } finally {
    await first.context.close();
    await second.context.close();
  }
});

test("the history shows what changed and restores an earlier version", async ({ page }) => {
  const project = await createProject(claims.troms, tromsoInput(`historikk-${run}`), { db });
  await signIn(page, users.troms);
  await openForm(page, `/admin/prosjekter/${project.id}`);
  await page.getByRole("textbox", { name: "Tittel", exact: true }).fill(`Ny tittel ${run}`);
  await page.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page.getByText(/Endringene er lagret/)).toBeVisible();
  await page.getByRole("link", { name: "Historikk" }).click();
  const latest = page.locator("li", { has: page.getByRole("heading", { name: "Versjon 2 (gjeldende)" }) });
  await expect(latest.getByRole("row", { name: new RegExp(`Tittel E2E historikk-${run} Ny tittel ${run}`) })).toBeVisible();
  const first = page.locator("li", { has: page.getByRole("heading", { name: "Versjon 1", exact: true }) });
  await first.getByRole("button", { name: "Gjenopprett denne versjonen" }).click();
  await expect(page.getByText("Versjonen er gjenopprettet som versjon 3.")).toBeVisible();
  await page.goto(`/admin/prosjekter/${project.id}`);
  await expect(page.getByRole("textbox", { name: "Tittel", exact: true })).toHaveValue(`E2E historikk-${run}`);
});

test("the form, its preview and its errors work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await signIn(page, users.troms);
    await page.goto("/admin/prosjekter/ny");
    await page.getByRole("textbox", { name: "Beskrivelse" }).fill("**Fet** tekst <script>window.__x=1</script>");
    await page.getByRole("button", { name: "Forhåndsvis tekst" }).click();
    const preview = page.getByRole("region", { name: "Forhåndsvisning av beskrivelse" });
    await expect(preview.locator("strong")).toHaveText("Fet");
    expect(await preview.innerHTML()).not.toContain("<script");
    await page.getByRole("button", { name: "Opprett prosjekt" }).click();
    await expect(page.locator(".ds-error-summary").getByRole("link", { name: "Tittel: kan ikke være tom" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Beskrivelse" })).toHaveValue("**Fet** tekst <script>window.__x=1</script>");
  } finally {
    await context.close();
  }
});

// Issue 12: each failed save added an empty funding row and an empty source row that could not be
// removed, and an error could land beside the wrong row.
for (const javaScriptEnabled of [false, true]) {
  test(`funding and source rows can be added and removed, and failed saves do not add rows (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    try {
      await signIn(page, users.troms);
      if (javaScriptEnabled) await openForm(page, "/admin/prosjekter/ny");
      else await page.goto("/admin/prosjekter/ny");
      const sources = page.getByRole("group", { name: /^Kilde \d+$/ });
      const funding = page.getByRole("group", { name: /^Finansiering \d+$/ });
      await expect(sources).toHaveCount(1);
      await expect(funding).toHaveCount(1);

      await page.getByRole("button", { name: "Legg til kilde" }).click();
      await expect(sources).toHaveCount(2);
      if (javaScriptEnabled) await expect(page.getByRole("group", { name: "Kilde 2" }).getByRole("textbox", { name: "Tittel på kilden" })).toBeFocused();
      await page.getByRole("group", { name: "Kilde 1" }).getByRole("textbox", { name: "Tittel på kilden" }).fill("Første kilde");
      await page.getByRole("group", { name: "Kilde 2" }).getByRole("textbox", { name: "Tittel på kilden" }).fill("Andre kilde");
      await page.getByRole("group", { name: "Kilde 2" }).getByRole("textbox", { name: "Nettadresse" }).fill("ikke en adresse");

      // Three failed saves (no title): the rows stay as they are, and the error stays on source 2.
      for (let i = 0; i < 3; i++) {
        await page.getByRole("button", { name: "Opprett prosjekt" }).click();
        await expect(page.locator(".ds-error-summary").getByRole("link", { name: "Tittel: kan ikke være tom" })).toBeVisible();
        await expect(sources).toHaveCount(3);
        await expect(funding).toHaveCount(1);
        const url = page.getByRole("group", { name: "Kilde 2" }).getByRole("textbox", { name: "Nettadresse" });
        await expect(url).toHaveValue("ikke en adresse");
        await expect(url).toHaveAttribute("aria-invalid", "true");
      }

      await page.getByRole("button", { name: "Fjern kilde 1" }).click();
      await expect(page.getByRole("group", { name: "Kilde 1" }).getByRole("textbox", { name: "Tittel på kilden" })).toHaveValue("Andre kilde");
      await expect(sources).toHaveCount(2);
      await page.getByRole("button", { name: "Legg til finansiering" }).click();
      await expect(funding).toHaveCount(2);
      await page.getByRole("button", { name: "Fjern finansiering 2" }).click();
      await expect(funding).toHaveCount(1);
      // Nothing was saved by any of this.
      expect(await db.project.count({ where: { sources: { array_contains: [{ title: "Andre kilde" }] } } })).toBe(0);
    } finally {
      await context.close();
    }
  });
}
