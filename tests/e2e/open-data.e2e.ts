import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { defined } from "@/tests/support/defined";

/**
 * Open data as a person and a client meet it on the running site: the CSV link gives the same
 * examples as the page, /api is accessible, the pages advertise their feeds, and the API's
 * headers (CORS, ETag, licence, JSON errors) survive the real server.
 */

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Splits CSV text (semicolons, quoted fields with doubled quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

/** Every example the list shows, following its pages: [slug, title] in order. */
async function readListedExamples(page: Page, path: string): Promise<string[][]> {
  const shown: string[][] = [];
  let next: string | null = path;
  while (next) {
    await page.goto(next);
    const links = page.locator('section[aria-labelledby="resultater-heading"] article h3 a');
    for (const link of await links.all()) {
      shown.push([(await link.getAttribute("href"))!.replace("/prosjekter/", ""), (await link.textContent())!.trim()]);
    }
    const nextLink = page.locator('a[rel="next"]');
    next = (await nextLink.count()) > 0 ? await nextLink.first().getAttribute("href") : null;
  }
  return shown;
}

test("the CSV of /prosjekter?fokus=bredband&fylke=troms holds the same examples as the page", async ({ page }) => {
  const path = "/prosjekter?fokus=bredband&fylke=troms";
  const shown = await readListedExamples(page, path);
  expect(shown.length).toBeGreaterThan(0);

  await page.goto(path);
  const status = await page.getByRole("status").first().textContent();
  expect(status).toContain(`${shown.length} eksempl`);
  const link = page.getByRole("link", { name: "Last ned som CSV" });
  await expect(link).toHaveAttribute("href", "/api/v1/prosjekter.csv?fokus=bredband&fylke=troms");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("prosjekteksempler.csv");
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.subarray(3).toString("utf8"));
  const header = defined(rows[0], "the CSV header");
  expect(header).toEqual(expect.arrayContaining(["slug", "tittel", "kommunenummer", "kommuner", "fylker", "fokusområder", "suksessfaktorer", "status", "url"]));
  const data = rows.slice(1);
  expect(data).toHaveLength(shown.length);
  expect(data.map((r) => [r[header.indexOf("slug")], r[header.indexOf("tittel")]])).toEqual(shown);
  for (const row of data) {
    expect(row[header.indexOf("fylker")]).toContain("Troms");
    expect(row[header.indexOf("fokusområder")]).toContain("Bredbånd");
  }
});

test("/rapporter offers its filtered list as CSV", async ({ page, request }) => {
  await page.goto("/rapporter?fokus=bredband");
  const href = await page.getByRole("link", { name: "Last ned som CSV" }).getAttribute("href");
  expect(href).toBe("/api/v1/rapporter.csv?fokus=bredband");
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  const listed = await page.locator('a[href^="/rapporter/"]').count();
  expect(rows.length - 1).toBe(listed);
});

test("/api explains the open data, is reachable from the footer and passes axe", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: /Åpne data/ }).click();
  await expect(page).toHaveURL(/\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "Åpne data og API" })).toBeVisible();
  await expect(page.getByText("curl '").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "OpenAPI-dokumentet" })).toHaveAttribute("href", "/api/v1/openapi.json");
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scrolling at 320 px").toBeLessThanOrEqual(1);
});

test("the matching pages advertise their Atom feeds, and the feeds answer", async ({ page, request }) => {
  const expected: [string, string[]][] = [
    ["/", ["/feed/prosjekter.xml", "/feed/rapporter.xml"]],
    ["/prosjekter", ["/feed/prosjekter.xml"]],
    ["/rapporter", ["/feed/rapporter.xml"]],
    ["/fokusomrader/bredband", ["/feed/prosjekter.xml?fokus=bredband", "/feed/rapporter.xml?fokus=bredband"]],
    ["/fylker/troms", ["/feed/prosjekter.xml?fylke=troms"]],
  ];
  for (const [path, feeds] of expected) {
    await page.goto(path);
    const hrefs = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) =>
      links.map((l) => new URL((l as HTMLLinkElement).href).pathname + new URL((l as HTMLLinkElement).href).search),
    );
    expect(hrefs, path).toEqual(feeds);
    for (const feed of feeds) {
      const response = await request.get(feed);
      expect(response.status(), feed).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/atom+xml");
      expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    }
  }
});

test("the API over HTTP: JSON, CORS, licence, ETag and JSON errors from the real server", async ({ request }) => {
  const response = await request.get("/api/v1/prosjekter?fokus=bredband", { headers: { Origin: "https://example.org" } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["link"]).toContain('rel="license"');
  expect(headers["cache-control"]).toContain("max-age=60");
  const body = await response.json();
  expect(body.lisens.url).toBe("https://data.norge.no/nlod/no/2.0");

  const again = await request.get("/api/v1/prosjekter?fokus=bredband", { headers: { "If-None-Match": defined(headers["etag"], "the ETag") } });
  expect(again.status()).toBe(304);

  const preflight = await request.fetch("/api/v1/prosjekter", {
    method: "OPTIONS",
    headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");

  const bad = await request.get("/api/v1/prosjekter?fylke=atlantis&antall=1000");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/json");
  const error = await bad.json();
  expect(error.feil.parametere.map((p: { navn: string }) => p.navn).sort()).toEqual(["antall", "fylke"]);

  const missing = await request.get("/api/v1/prosjekter/finnes-ikke");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).feil.status).toBe(404);

  const openapi = await request.get("/api/v1/openapi.json");
  expect(openapi.status()).toBe(200);
  expect((await openapi.json()).openapi).toBe("3.1.0");
});
