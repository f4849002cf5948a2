import crypto from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "@/tests/support/axe";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProject } from "@/lib/projects/commands";
import { createUser } from "@/lib/users/create-user";

/**
 * The admin in nynorsk (issue 12): /nn/admin/… signs in, lists, edits and shows the log in
 * nynorsk, with <html lang="nn">, links that stay in nynorsk, the server's error messages in
 * nynorsk and zero axe violations. The language switcher's target stays on this site.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const PASSWORD = `langt-passord-${run}`;
const users = {
  admin: { email: `nn-admin-${run}@example.no`, name: `Nils Nynorsk ${run}` },
  troms: { email: `nn-troms-${run}@example.no`, name: `Torunn Troms ${run}` },
};
let db: PrismaClient;
let projectId: number;

// Bokmål spellings nynorsk does not use: none may be left in the admin's own words.
const bokmal = /\b(ikke|hva|hvem|hvordan|endringer|prosjekter|rapporter|brukere|kilder|lagret|innlogget|endret|sjekket|fylker|kommuner|rådgiver|navn|hendelser|noen|siden)\b/i;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  const admin = await createUser(db, { ...users.admin, role: "admin", password: PASSWORD, counties: [] });
  const troms = await createUser(db, { ...users.troms, role: "county_contact", password: PASSWORD, counties: ["55"] });
  void admin;
  const created = await createProject(
    { userId: troms.id, sessionVersion: 1 },
    {
      slug: `nynorsk-${run}`,
      title: `E2E nynorsk ${run}`,
      summary: "Eit prosjekt laga av e2e-testane.",
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

/** lang="nn", the admin's links in nynorsk, and no bokmål in the interface's headings, labels and buttons. */
async function expectNynorskAdmin(page: Page, label: string) {
  await expect(page.locator("html"), label).toHaveAttribute("lang", "nn");
  const hrefs = await page.locator("main a[href^='/admin'], header a[href^='/admin']").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs, `${label}: admin links without /nn`).toEqual([]);
  // Interface words only: names of projects, users and places (content) are left out.
  const words = await page
    .locator("main h1, main h2, main h3, main th, main label, main legend, main button, main nav a")
    .evaluateAll((nodes) =>
      nodes
        // Check boxes are named by content (focus areas, success factors, reports, places).
        .filter((n) => !(n instanceof HTMLLabelElement && (n.control as HTMLInputElement | null)?.type === "checkbox"))
        .map((n) => (n as HTMLElement).innerText.trim())
        .filter((text) => text && !text.includes("«")),
    );
  expect(words.length, label).toBeGreaterThan(0);
  expect(words.filter((w) => bokmal.test(w) && !/E2E|Nynorsk|Troms|@/.test(w)), `${label}: bokmål words`).toEqual([]);
}

async function signIn(page: Page, who: keyof typeof users) {
  await page.goto("/nn/admin/logg-inn");
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await page.getByLabel("E-postadresse").fill(users[who].email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/nn\/admin$/);
}

test("an anonymous visit to /nn/admin is sent to the nynorsk sign-in page, and back in nynorsk", async ({ page }) => {
  await page.goto("/nn/admin/prosjekter");
  expect(new URL(page.url()).pathname).toBe("/nn/admin/logg-inn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logg inn");
  await page.getByLabel("E-postadresse").fill(users.admin.email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/nn\/admin\/prosjekter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prosjekt");
});

test("dashboard, project list, users and log in nynorsk, with zero axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mitt arbeid");
  await expect(page.getByText(`Innlogga som ${users.admin.name} (administrator).`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Siste endringar" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Administrasjon" });
  await expect(nav.getByRole("link", { name: "Brukarar" })).toHaveAttribute("href", "/nn/admin/brukere");
  await expectNynorskAdmin(page, "/nn/admin");
  await expectNoAxeViolations(page, "/nn/admin");

  await nav.getByRole("link", { name: "Prosjekt", exact: true }).click();
  await expect(page).toHaveURL(/\/nn\/admin\/prosjekter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prosjekt");
  await expect(page.getByRole("status").first()).toContainText(/\d+ prosjekt\b/);
  await expectNynorskAdmin(page, "/nn/admin/prosjekter");
  await expectNoAxeViolations(page, "/nn/admin/prosjekter");

  await page.goto("/nn/admin/brukere");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brukarar");
  await expectNynorskAdmin(page, "/nn/admin/brukere");
  await expectNoAxeViolations(page, "/nn/admin/brukere");
  // A refused form speaks nynorsk, from the server's validation.
  const create = page.getByRole("form", { name: "Opprett brukar" });
  await create.getByLabel("E-postadresse").fill("ikkje-ei-adresse");
  await create.getByLabel("Namn").fill("Test");
  await create.getByLabel("Startpassord").fill("kort");
  await create.getByRole("button", { name: "Opprett brukar" }).click();
  await expect(create.getByText("må vere ei gyldig e-postadresse").first()).toBeVisible();
  await expect(create.getByText("må vere minst 12 teikn").first()).toBeVisible();
  await expect(create.getByText("Skjemaet har feil. Rett dei og prøv igjen.")).toBeVisible();
  await expectNoAxeViolations(page, "/nn/admin/brukere with errors");

  // The administrator's other pages, in nynorsk and accessible too.
  for (const [path, heading] of [
    ["/nn/admin/prosjekter/ny", "Nytt prosjekt"],
    ["/nn/admin/rapporter", /^Rapportar \(\d+\)$/],
    ["/nn/admin/rapporter/ny", "Ny rapport"],
    ["/nn/admin/taksonomi", "Taksonomi"],
    ["/nn/admin/synonymer", "Søkjesynonym"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    await expectNynorskAdmin(page, path);
    await expectNoAxeViolations(page, path);
  }

  await page.goto("/nn/admin/logg");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisjonslogg");
  await expect(page.getByText(/\d+ hending(ar)?\. Side 1 av \d+\./)).toBeVisible();
  await expect(page.getByRole("cell", { name: "vellukka" }).first()).toBeVisible();
  await expectNynorskAdmin(page, "/nn/admin/logg");
  await expectNoAxeViolations(page, "/nn/admin/logg");
});

test("a county contact edits a project in nynorsk: the server's errors come back in nynorsk, then it saves", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "troms");
  await page.goto(`/nn/admin/prosjekter/${projectId}`);
  await expect(page.getByLabel("Finn kommune (namn eller nummer)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Arbeidsflyt" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lagre endringar" })).toBeVisible();
  await expectNynorskAdmin(page, "project form");
  await expectNoAxeViolations(page, "project form");

  await page.getByRole("textbox", { name: "Tittel", exact: true }).fill("");
  await page.getByRole("textbox", { name: "Startår" }).fill("2020");
  await page.getByRole("textbox", { name: "Sluttår" }).fill("2010");
  await page.getByRole("button", { name: "Lagre endringar" }).click();
  const summary = page.locator(".ds-error-summary");
  await expect(summary.getByRole("heading")).toHaveText("Skjemaet har feil. Rett dei og prøv igjen. Ingenting er lagra.");
  await expect(summary.getByRole("link", { name: "Tittel: kan ikkje vere tom" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Sluttår: kan ikkje vere før startåret" })).toBeVisible();
  await expect(page.locator("#felt-title-feil")).toHaveText("kan ikkje vere tom");
  await expectNoAxeViolations(page, "project form with errors");

  // Adding a row is announced in nynorsk too.
  await page.getByRole("button", { name: "Legg til kjelde" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Kjelde \d+ er lagd til\./ })).toHaveCount(1);

  await page.getByRole("textbox", { name: "Tittel", exact: true }).fill(`E2E nynorsk ${run} endra`);
  await page.getByRole("textbox", { name: "Sluttår" }).fill("2022");
  await page.getByRole("button", { name: "Lagre endringar" }).click();
  await expect(page).toHaveURL(new RegExp(`/nn/admin/prosjekter/${projectId}\\?lagret=2$`));
  await expect(page.getByText("Endringane er lagra (versjon 2).")).toBeVisible();

  // "Siste endringar" names the fields changed in words, not as the code names them (issue 12, item 3).
  await page.goto("/nn/admin");
  const change = page.getByRole("row").filter({ hasText: `E2E nynorsk ${run} endra` }).first();
  await expect(change).toContainText("Tittel");
  await expect(change).toContainText("Sluttår");
  await expect(change).not.toContainText("endYear");
  await page.goto(`/nn/admin/prosjekter/${projectId}`);

  await page.getByRole("link", { name: "Historikk" }).click();
  await expect(page).toHaveURL(new RegExp(`/nn/admin/prosjekter/${projectId}/historikk$`));
  await expect(page.getByRole("rowheader", { name: "Sluttår" }).first()).toBeVisible();
  await expectNynorskAdmin(page, "history");
  await expectNoAxeViolations(page, "history");

  // The switcher leads to the same admin page in bokmål.
  await page.getByRole("navigation", { name: "Språk / Mål" }).getByRole("link", { name: "Bokmål" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/prosjekter/${projectId}/historikk$`));
  expect(new URL(page.url()).pathname.startsWith("/nn/")).toBe(false);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Historikk:");
});

test("a reader who chose nynorsk gets the admin in nynorsk at its bokmål address", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nn-NO" });
  const page = await context.newPage();
  await page.goto("/admin/logg-inn");
  expect(new URL(page.url()).pathname).toBe("/nn/admin/logg-inn");
  await context.close();
});

test.describe("the language switcher never leads off the site", () => {
  const hostile = [
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "http:evil.example",
    "//evil.example/%2e%2e",
    "%2F%2Fevil.example",
    "%252F%252Fevil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "/nn//evil.example",
  ];
  for (const locale of ["nn", "nb"]) {
    for (const til of hostile) {
      test(`/sprak/${locale}?til=${JSON.stringify(til)}`, async ({ request, baseURL }) => {
        const response = await request.get(`/sprak/${locale}?til=${encodeURIComponent(til)}`, { maxRedirects: 0 });
        expect(response.status()).toBe(303);
        const location = response.headers()["location"] ?? "";
        const target = new URL(location, baseURL);
        expect(target.origin, location).toBe(new URL(baseURL!).origin);
        expect(target.pathname, location).toBe(locale === "nn" ? "/nn" : "/");
      });
    }
  }
  test("a path on this site is kept, query included", async ({ request, baseURL }) => {
    const response = await request.get(`/sprak/nn?til=${encodeURIComponent("/prosjekter?fokus=bredband")}`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    const target = new URL(response.headers()["location"] ?? "", baseURL);
    expect(target.origin).toBe(new URL(baseURL!).origin);
    expect(`${target.pathname}${target.search}`).toBe("/nn/prosjekter?fokus=bredband");
  });
});

test("the /api reference prose is in nynorsk on /nn/api and in bokmål on /api", async ({ page }) => {
  await page.goto("/nn/api");
  const main = page.locator("main");
  await expect(main.getByText(/Alle svar er JSON \(UTF-8\), berre lesing \(GET\)/)).toBeVisible();
  await expect(main.getByRole("cell", { name: "Prosjekteksempel, sidevis. Same filter som på /prosjekter." })).toBeVisible();
  await expect(main.getByText("Kommunenummer med fire siffer (dagens nummer).")).toBeVisible();
  // Nothing on the page is marked as bokmål any longer, and no bokmål prose is left.
  await expect(main.locator("[lang='nb']")).toHaveCount(0);
  // The parameter names in <code> ("fra, til") are the API's own.
  const prose = await main.locator("p, td:not(:has(code)), dd").evaluateAll((nodes) =>
    nodes.map((n) => {
      const copy = n.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("code").forEach((code) => code.remove());
      return copy.textContent ?? "";
    }),
  );
  expect(prose.filter((text) => /\b(ikke|bare|hvert|eksempler|kilden|fra|noe|endret)\b/.test(text))).toEqual([]);
  // Back to bokmål (opening /nn/api remembered nynorsk).
  await page.goto("/sprak/nb?til=/api");
  expect(new URL(page.url()).pathname).toBe("/api");
  await expect(page.locator("main").getByText(/Alle svar er JSON \(UTF-8\), bare lesing \(GET\)/)).toBeVisible();
});
