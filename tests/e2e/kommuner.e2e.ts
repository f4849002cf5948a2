import { PAGE_SIZE } from "@/lib/projects/page-size";
import { expect, test } from "@playwright/test";

/**
 * Municipality pages (issue 15): Træna's population from SSB's figures, its trend, the chart with
 * its data table and attribution, links to its examples; the population filters on /prosjekter;
 * and "like my municipality" remembered in a cookie, without JavaScript.
 */

test("/kommuner/1835 shows Træna's population, trend, chart, data table, SSB and its examples", async ({ page }) => {
  const response = await page.goto("/kommuner/1835");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Træna");
  await expect(page.getByTestId("folketall")).toHaveText("443");
  await expect(page.getByTestId("utvikling")).toContainText("Nedgang");
  await expect(page.getByText("−7,3 % (fra 478)")).toBeVisible();
  await expect(page.getByText("Kilde: Statistisk sentralbyrå").first()).toBeVisible();

  const chart = page.getByRole("img", { name: "Folketall i Træna 1986–2026" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("desc")).toContainText("og 443 i 2026");

  await page.getByText("Tallene i diagrammet (tabell)").click();
  const table = page.getByRole("table", { name: /Folketall i Træna/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(42);
  await expect(table.getByRole("row", { name: "2026 443" })).toBeVisible();
  await expect(table.getByRole("row", { name: "1986 537" })).toBeVisible();

  const examples = page.locator('section[aria-labelledby="eksempler-heading"]');
  await expect(examples.locator('a[href="/prosjekter/traena-livskraft-gjennom-mangfold"]')).toBeVisible();
  await expect(examples.locator('a[href="/prosjekter?kommune=1835"]')).toBeVisible();
  const like = page.locator('section[aria-labelledby="som-heading"]');
  await expect(like.locator('a[href="/prosjekter?innbyggere=under-2000&utvikling=nedgang"]')).toBeVisible();
});

test("a former municipality number leads to today's municipality", async ({ page }) => {
  await page.goto("/kommuner/1902");
  await expect(page).toHaveURL(/\/kommuner\/5501$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tromsø");
  await expect(page.getByText("1902 Tromsø (til og med 2019)")).toBeVisible();
});

test("/kommuner lists municipalities by county, linked to their pages and to their county's table of figures", async ({ page }) => {
  await page.goto("/kommuner");
  const nordland = page.locator('section[aria-labelledby="fylke-18"]');
  await expect(nordland.getByRole("heading", { level: 2 })).toHaveText("Nordland");
  // The number of examples, from project_tally, in parentheses as the filters show theirs.
  await expect(nordland.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Træna", exact: true }) })).toHaveText(/^Træna \(\d+\)$/);
  await nordland.getByRole("link", { name: "Folketall, utvikling og eksempler for kommunene i Nordland" }).click();
  await expect(page).toHaveURL(/\/fylker\/nordland#kommunene$/);
  const table = page.getByRole("table", { name: /Kommunene i Nordland\. Kilde: Statistisk sentralbyrå/ });
  const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Træna", exact: true }) });
  await expect(row).toContainText("443");
  await expect(row).toContainText("−7,3 %");
  await expect(row).toContainText("nedgang");
  await expect(row.getByRole("link", { name: /^Træna: \d+ eksemp/ })).toHaveAttribute("href", "/prosjekter?kommune=1835");
  await row.getByRole("link", { name: "Træna", exact: true }).click();
  await expect(page).toHaveURL(/\/kommuner\/1835$/);
  await page.goto("/kommuner");
  await page.locator('section[aria-labelledby="fylke-18"]').getByRole("link", { name: "Træna", exact: true }).click();
  await expect(page).toHaveURL(/\/kommuner\/1835$/);
});

test("a project names its municipalities with links to their pages", async ({ page }) => {
  await page.goto("/prosjekter/traena-livskraft-gjennom-mangfold");
  await page.getByRole("link", { name: "Træna kommune", exact: true }).click();
  await expect(page).toHaveURL(/\/kommuner\/1835$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/prosjekter?innbyggere=under-2000&utvikling=nedgang lists only such examples, with matching counts", async ({ page }) => {
    await page.goto("/prosjekter?innbyggere=under-2000&utvikling=nedgang");
    await expect(page.locator("#innbyggere-under-2000")).toBeChecked();
    await expect(page.locator("#utvikling-nedgang")).toBeChecked();
    const status = await page.getByRole("status").textContent();
    const total = Number(/(\d+) eksempler|(1) eksempel/.exec(status ?? "")?.slice(1).find(Boolean));
    expect(total).toBeGreaterThan(0);
    // The facet counts of both chosen values equal the number listed.
    await expect(page.locator('label[for="innbyggere-under-2000"]')).toContainText(`(${total})`);
    await expect(page.locator('label[for="utvikling-nedgang"]')).toContainText(`(${total})`);
    // Every example listed has a municipality under 2,000 and shrinking: its page links all its
    // municipalities (a card names at most three), and /kommuner gives each one's figures.
    const listed = await page.locator('section[aria-labelledby="resultater-heading"] article').evaluateAll((articles) =>
      articles.map((article) => ({
        title: article.querySelector("h3")?.textContent ?? "",
        href: article.querySelector("h3 a")?.getAttribute("href") ?? "",
      })),
    );
    const cards: { title: string; places: string[] }[] = [];
    for (const { title, href } of listed) {
      await page.goto(href);
      const places = await page.locator('main a[href^="/kommuner/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      cards.push({ title, places });
    }
    expect(cards.length).toBe(Math.min(total, PAGE_SIZE));
    // Each county's page has the table of its municipalities' figures; /kommuner links them all.
    await page.goto("/kommuner");
    const countyPages = await page.locator('main h2 a[href^="/fylker/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(countyPages).toHaveLength(15);
    const figures = new Map<string, { population: number; trend: string | undefined }>();
    for (const href of countyPages) {
      await page.goto(href);
      const rows = await page.locator("#kommunene tbody tr").evaluateAll((trs) =>
        trs.map((row) => {
          const cells = [...row.querySelectorAll("td")].map((td) => td.textContent ?? "");
          return [row.querySelector("a")!.getAttribute("href")!, { population: Number((cells[0] ?? "").replace(/\D/g, "")), trend: cells[2] }] as const;
        }),
      );
      for (const [place, figure] of rows) figures.set(place, figure);
    }
    expect(figures.size).toBe(357);
    for (const card of cards) {
      const like = card.places.some((href) => {
        const f = figures.get(href);
        return f !== undefined && f.population < 2000 && f.trend === "nedgang";
      });
      expect(like, `${card.title} has a municipality under 2,000 and shrinking`).toBe(true);
    }
  });

  test("a reader remembers their municipality, narrows the list to places like it, and forgets it", async ({ page }) => {
    await page.goto("/kommuner");
    await page.locator("#min-kommune-valg").selectOption("1835");
    await page.getByRole("button", { name: "Husk kommunen" }).click();
    await expect(page).toHaveURL(/\/prosjekter$/);
    const box = page.locator('section[aria-labelledby="min-kommune-heading"]');
    await expect(box).toContainText("Din kommune: Træna");
    await box.getByRole("link", { name: "Vis eksempler fra kommuner som Træna" }).click();
    await expect(page).toHaveURL(/\/prosjekter\?innbyggere=under-2000&utvikling=nedgang$/);
    await expect(box).toContainText("Listen viser eksempler fra kommuner som Træna");
    await box.getByRole("button", { name: "Glem kommunen min" }).click();
    await expect(page).toHaveURL(/\/prosjekter\?innbyggere=under-2000&utvikling=nedgang$/);
    await expect(box).toContainText("velg kommunen din");
    expect((await page.context().cookies()).find((c) => c.name === "min-kommune")).toBeUndefined();
  });
});
