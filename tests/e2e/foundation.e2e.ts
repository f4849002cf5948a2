import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test("the front page shows focus areas and the newest published projects from the database", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fokusområder" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bredbånd", exact: true })).toBeVisible();
  const newest = page.locator("section", { has: page.getByRole("heading", { name: "Nyeste eksempler" }) });
  const first = newest.locator('a[href^="/prosjekter/"]').first();
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!.trim());
  await page.goBack();
  await expectNoAxeViolations(page);
});

test("a project page shows the project with its place and sources", async ({ page }) => {
  await page.goto("/prosjekter/nord-troms-plankontor");
  await expect(page.getByRole("heading", { level: 1, name: "Nord-Troms plankontor" })).toBeVisible();
  await expect(page.getByText("Nordreisa kommune (5544)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kilder" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#hovedinnhold")).toBeFocused();
});

test("an unknown project gives a Norwegian 404 page", async ({ page }) => {
  for (const path of ["/prosjekter/finnes-ikke", "/prosjekter/%3Cscript%3E", "/finnes/ikke"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Fant ikke siden" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test("a database outage gives a Norwegian error page, not a stack trace", async ({ page }) => {
  const outage = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
  // A page whose data no one has read yet: both test servers run the same build and share its
  // data cache on disk (.next/cache), so the front page the other server has read would be served
  // from the cache even with the database down — as it would for readers during a short outage.
  await page.goto(`${outage}/prosjekter?q=utfall${Date.now()}`);
  await expect(page.getByRole("heading", { name: "Noe gikk galt" })).toBeVisible();
  await expect(page.getByText(/databasen er utilgjengelig/)).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/ECONNREFUSED|PrismaClient|at async|node_modules/);
});
