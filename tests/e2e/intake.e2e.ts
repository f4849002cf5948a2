import crypto from "node:crypto";
import { expect as baseExpect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "@/tests/support/axe";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";

/**
 * Issue 13, parts 1–2 in a real Chromium: a visitor with JavaScript off suggests a project in a
 * Troms municipality and gets the receipt; the Troms county contact finds it in the queue with a
 * duplicate hint (the published "Fiber til hele øyriket Karlsøy" from content/) and accepts it for
 * mapping; another suggestion is rejected and its suggester's personal data is gone from the
 * database. Axe on the new pages in both languages.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const PASSWORD = `langt-passord-${run}`;
const contact = { email: `innmelding-troms-${run}@example.no`, name: `Tove Triage ${run}` };
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  await createUser(db, { ...contact, role: "county_contact", password: PASSWORD, counties: ["55"] });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** Fills and sends the public form in a browser without JavaScript; returns the status of the POST's answer. */
async function suggest(browser: Browser, fields: { title: string; municipality: string; email: string; name: string }) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/meld-inn-prosjekt");
  await page.getByLabel("Navnet på prosjektet *").fill(fields.title);
  await page.getByLabel("Kommune *").selectOption({ label: fields.municipality });
  await page.getByLabel("Kort beskrivelse *").fill("Kommunen bygde fiber ut til øyene, i samarbeid med fylket og med statlig støtte.");
  await page.getByLabel("Status *").selectOption({ label: "Avsluttet" });
  await page.getByRole("checkbox", { name: "Bredbånd" }).check();
  await page.getByLabel("Lenker").fill("https://www.karlsoy.kommune.no/");
  await page.getByLabel("Navnet ditt *").fill(fields.name);
  await page.getByLabel("E-postadresse").fill(fields.email);
  await page.getByLabel("Din rolle").fill("Rådgiver i kommunen");
  await page.getByRole("checkbox", { name: /Dere kan kontakte meg/ }).check();
  const answer = page.waitForResponse((r) => r.url().endsWith("/meld-inn-prosjekt/send"));
  await page.getByRole("button", { name: "Send inn forslaget" }).click();
  return { page, context, status: (await answer).status() };
}

test.describe("a visitor without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is told what is wrong, in Norwegian, with a 400 and what they typed kept", async ({ page }) => {
    await page.goto("/meld-inn-prosjekt");
    await page.getByLabel("Navnet på prosjektet *").fill(`Nesten tomt ${run}`);
    await page.getByLabel("E-postadresse").fill("ikke-en-adresse");
    const answer = page.waitForResponse((r) => r.url().endsWith("/meld-inn-prosjekt/send"));
    await page.getByRole("button", { name: "Send inn forslaget" }).click();
    expect((await answer).status()).toBe(400);
    const summary = page.getByRole("alert").filter({ hasText: "Forslaget ble ikke sendt" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /Kommune: Velg minst én kommune/ })).toHaveAttribute("href", "#innmelding-municipalities");
    await expect(page.getByLabel("Navnet på prosjektet *")).toHaveValue(`Nesten tomt ${run}`);
    await expect(page.getByLabel("E-postadresse")).toHaveValue("ikke-en-adresse");
    await expect(page.getByLabel("E-postadresse")).toHaveAttribute("aria-invalid", "true");
    expect(await db.project.count({ where: { title: `Nesten tomt ${run}` } })).toBe(0);
  });

  test("finds the way in from the front page and the lists, and the form and privacy page in nynorsk", async ({ page }) => {
    await page.goto("/personvern");
    await expect(page.getByText(/12 måneder etter at du meldte inn/)).toBeVisible();
    await page.goto("/");
    await page.getByRole("link", { name: /Meld det inn/ }).first().click();
    await expect(page).toHaveURL(/\/meld-inn-prosjekt$/);
    await page.goto("/prosjekter");
    await expect(page.getByRole("link", { name: /Meld det inn/ }).first()).toHaveAttribute("href", "/meld-inn-prosjekt");
    // Opening a nynorsk address remembers the choice, so these come last.
    await page.goto("/nn/meld-inn-prosjekt");
    await expect(page.getByRole("heading", { level: 1, name: "Meld inn eit prosjekt" })).toBeVisible();
    await expect(page.locator("form[method=post]")).toHaveAttribute("action", "/nn/meld-inn-prosjekt/send");
    await page.goto("/nn/personvern");
    await expect(page.getByRole("heading", { level: 1, name: "Personvern" })).toBeVisible();
    await expect(page.getByText(/sletta med ein gong/)).toBeVisible();
  });
});

test("hostile posts get a clear 4xx, never a 500, and store nothing", async ({ request }) => {
  const before = await db.project.count();
  const huge = await request.post("/meld-inn-prosjekt/send", { form: { title: "x".repeat(100_000), sprak: "nb" }, maxRedirects: 0 });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain("Skjemaet kunne ikke leses");
  const garbage = await request.post("/meld-inn-prosjekt/send", { headers: { "content-type": "multipart/form-data; boundary=x" }, data: "--y\r\nnonsense", maxRedirects: 0 });
  expect(garbage.status()).toBe(400);
  const wrongTypes = await request.post("/meld-inn-prosjekt/send", { form: { title: "Fiber", municipalities: "'; DROP TABLE project; --", status: "x", nettsted: "" }, maxRedirects: 0 });
  expect(wrongTypes.status()).toBe(400);
  expect(await wrongTypes.text()).toContain("Velg kommunen fra listen.");
  expect(await db.project.count()).toBe(before);
});

// axe runs its checks as page script, so these pages are checked with JavaScript on (they render the same).
test("the new public pages pass axe in bokmål and nynorsk, the refused form too", async ({ page }) => {
  for (const path of ["/meld-inn-prosjekt", "/nn/meld-inn-prosjekt", "/meld-inn-prosjekt/takk", "/nn/meld-inn-prosjekt/takk", "/personvern", "/nn/personvern"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectNoAxeViolations(page, path);
  }
  await page.goto("/nn/meld-inn-prosjekt");
  await page.getByLabel("Namnet på prosjektet *").fill("x");
  const answer = page.waitForResponse((r) => r.url().endsWith("/meld-inn-prosjekt/send"));
  await page.getByRole("button", { name: "Send inn forslaget" }).click();
  expect((await answer).status()).toBe(400);
  await expect(page.getByRole("alert").filter({ hasText: "Forslaget vart ikkje sendt" })).toBeVisible();
  await expect(page.getByText("Skriv namnet på prosjektet (minst 3 teikn).").first()).toBeVisible();
  await expectNoAxeViolations(page, "/nn/meld-inn-prosjekt with errors");
});

test("a Troms suggestion reaches the Troms contact's queue with a duplicate hint, and is accepted; a rejected one leaves no personal data", async ({ browser, page }) => {
  const acceptedTitle = `Fiber i øyriket Karlsøy ${run}`;
  const rejectedTitle = `Gatelys i Tromsø ${run}`;
  const rejectedEmail = `avvist-${run}@example.no`;

  const first = await suggest(browser, { title: acceptedTitle, municipality: "Karlsøy", email: `innmelder-${run}@example.no`, name: "Kari Innmelder" });
  expect(first.status).toBe(303);
  await expect(first.page).toHaveURL(/\/meld-inn-prosjekt\/takk$/);
  await expect(first.page.getByRole("heading", { level: 1, name: "Takk for forslaget" })).toBeVisible();
  await expect(first.page.getByRole("heading", { name: "Hva skjer nå?" })).toBeVisible();
  await first.context.close();
  const second = await suggest(browser, { title: rejectedTitle, municipality: "Tromsø", email: rejectedEmail, name: "Per Avvist" });
  expect(second.status).toBe(303);
  await second.context.close();
  // Never public before a curator publishes it.
  const stored = await db.project.findFirstOrThrow({ where: { title: acceptedTitle }, select: { id: true, slug: true, state: true } });
  expect(stored.state).toBe("kandidat");
  expect((await page.goto(`/prosjekter/${stored.slug}`))?.status()).toBe(404);

  await page.goto("/admin/logg-inn");
  await page.getByLabel("E-postadresse").fill(contact.email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: /Innmeldte prosjekter som venter/ }).click();
  await expect(page).toHaveURL(/\/admin\/innmeldinger$/);
  await expectNoAxeViolations(page, "/admin/innmeldinger");

  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: acceptedTitle }) });
  await expect(card.getByText(`innmelder-${run}@example.no`)).toBeVisible();
  const hints = card.getByRole("region", { name: "Mulige dubletter" }).or(card.locator("section").filter({ hasText: "Mulige dubletter" }));
  await expect(hints.getByRole("link", { name: "Fiber til hele øyriket Karlsøy" })).toHaveAttribute("href", "/prosjekter/fiber-karlsoy");
  await card.getByRole("button", { name: "Ta videre til kartlegging" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/prosjekter/${stored.id}\\?innmelding=akseptert$`));
  await expect(page.getByText("Innmeldingen er tatt videre til kartlegging.")).toBeVisible();
  expect(await db.intakeSuggestion.findUniqueOrThrow({ where: { projectId: stored.id }, select: { status: true } })).toEqual({ status: "accepted" });
  expect((await db.project.findUniqueOrThrow({ where: { id: stored.id }, select: { state: true } })).state).toBe("kandidat");

  await page.goto("/admin/innmeldinger");
  const rejected = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: rejectedTitle }) });
  await rejected.getByLabel("Begrunnelse (sendes til innmelderen)").fill("Prosjektet er for nytt til å kartlegges ennå.");
  await rejected.getByRole("button", { name: "Avvis innmeldingen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "er avvist" })).toBeVisible();
  const rejectedId = (await db.project.findFirstOrThrow({ where: { title: rejectedTitle }, select: { id: true } })).id;
  expect(await db.intakeSuggestion.findUniqueOrThrow({ where: { projectId: rejectedId }, select: { status: true } })).toEqual({ status: "rejected" });
  // The suggester's name and address are nowhere in the database any more.
  const traces = await db.$queryRaw<{ n: bigint }[]>`
    SELECT (SELECT count(*) FROM intake_contact WHERE email = ${rejectedEmail} OR name = 'Per Avvist')
         + (SELECT count(*) FROM audit_log WHERE details::text LIKE ${`%${rejectedEmail}%`})
         + (SELECT count(*) FROM revision WHERE snapshot::text LIKE ${`%${rejectedEmail}%`}) AS n`;
  expect(Number(traces[0]!.n)).toBe(0);
  await expect(page.getByRole("heading", { name: rejectedTitle })).toHaveCount(0);
});
