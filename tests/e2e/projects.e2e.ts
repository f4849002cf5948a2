import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("a newcomer picks Bredbånd and finds the examples, with the filter in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Bredbånd", exact: true }).click();
  await expect(page).toHaveURL(/\/prosjekter\?fokus=bredband/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('a[href="/prosjekter/breiband-numedal"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("search works without JavaScript", async ({ browser, page: scriptedPage }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/prosjekter?q=plankontor");
  await expect(page.locator('a[href="/prosjekter/nord-troms-plankontor"]').first()).toBeVisible();
  await page.goto("/sok?q=bredb%C3%A5nd");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('a[href^="/prosjekter/"]').first()).toBeVisible();
  await context.close();
  // axe runs as a script in the page, so it checks the same page with JavaScript on.
  await scriptedPage.goto("/sok?q=bredb%C3%A5nd");
  const results = await new AxeBuilder({ page: scriptedPage }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("hostile or malformed query values give a normal page, never a 500", async ({ request }) => {
  const long = "a".repeat(10_000);
  for (const query of [
    "side=-1",
    "side=99999999999999999999",
    "fokus=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    `q=${long}`,
    "fylke=atlantis",
    "fylke=99",
    "kommune=abcd",
    "status=ferdig",
    "fra=abc&til=-5",
    "q=%27%3B%20DROP%20TABLE%20project%3B--",
    "q=%26%7C%21%3A*()",
    "fokus=bredband&fokus=bredband&fokus[]=x",
  ]) {
    for (const path of ["/prosjekter", "/sok"]) {
      const response = await request.get(`${path}?${query}`);
      expect(response.status(), `${path}?${query.slice(0, 60)}`).toBe(200);
      const body = await response.text();
      expect(body).not.toContain("<script>alert(1)</script>");
    }
  }
});

test("hostile or malformed report filters and NUL bytes give a normal page, never a 500", async ({ request }) => {
  for (const path of [
    "/rapporter?q=%00",
    "/rapporter?q=a%00b",
    "/rapporter?utgiver=%00",
    "/rapporter?ar=abc&type=%3Cscript%3E",
    "/rapporter?ar=99999999999999999999",
    `/rapporter?q=${"a".repeat(5_000)}`,
    "/rapporter?fokus=%00&fokus=x",
    "/prosjekter?q=%00&kommune=%00&fylke=%00&fokus=%00",
    "/sok?q=a%00b",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path.slice(0, 60)).toBe(200);
    expect(await response.text()).toContain("</h1>");
  }
});

// Issue 12: result cards did not say why a project worked, and "newest" did not say what it meant.
test("result cards name the success factors the example notes, linking to them", async ({ page }) => {
  await page.goto("/prosjekter?fokus=bredband");
  const card = page.locator("article", { has: page.locator('a[href="/prosjekter/breiband-numedal"]') }).first();
  await expect(card.getByText("Hva som virket:")).toBeVisible();
  const factor = card.locator('a[href^="/suksessfaktorer/"]').first();
  const href = await factor.getAttribute("href");
  await factor.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goto("/prosjekter");
  await expect(page.getByText(/Sortert etter når de ble lagt til i Kunnskapsbanken/)).toBeVisible();
});

// Issue 12: offer sorting by project period as well as by when the example was added.
test("the list sorts by project period, newest first, without JavaScript", async ({ browser, page: scriptedPage }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/prosjekter?fokus=bredband");
  const sort = page.getByRole("form", { name: "Sortering" });
  await expect(sort.getByLabel("Sorter etter")).toHaveValue("lagt-til");
  await sort.getByLabel("Sorter etter").selectOption({ label: "Prosjektperiode, nyeste først" });
  await sort.getByRole("button", { name: "Sorter" }).click();
  await expect(page).toHaveURL(/[?&]fokus=bredband/);
  await expect(page).toHaveURL(/[?&]sortering=periode/);
  await expect(page.getByText(/Sortert etter prosjektperioden, nyeste startår først/)).toBeVisible();
  const order = await page.locator("article a[href^='/prosjekter/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const karlsoy = order.indexOf("/prosjekter/fiber-karlsoy"); // 2017–2021
  const rossfjord = order.indexOf("/prosjekter/rossfjordfiber"); // 2004–2005
  expect(karlsoy).toBeGreaterThanOrEqual(0);
  expect(rossfjord).toBeGreaterThan(karlsoy);
  // A filter changed afterwards keeps the order.
  await page.getByRole("button", { name: "Vis eksempler" }).first().click();
  await expect(page).toHaveURL(/[?&]sortering=periode/);
  await context.close();
  await scriptedPage.goto("/prosjekter?fokus=bredband&sortering=periode");
  const results = await new AxeBuilder({ page: scriptedPage }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
