import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { defined } from "@/tests/support/defined";

/**
 * Qualities of every public page template: WCAG 2.1 AA by axe, one h1 and headings in order,
 * title/description/canonical, reflow at 320 CSS px, keyboard use, and filtering without
 * JavaScript. Runs in the desktop project and, except where noted, in the mobile project.
 */

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Template = { name: string; path: string; status?: number; canonical?: boolean };

const fixedTemplates: Template[] = [
  { name: "forsiden", path: "/" },
  { name: "prosjektlisten", path: "/prosjekter" },
  { name: "prosjektlisten med filtre", path: "/prosjekter?fokus=bredband&fylke=troms&status=avsluttet&fra=2005&til=2020" },
  { name: "prosjektlisten uten treff", path: "/prosjekter?q=xyzzyqqqvvv&fokus=bredband" },
  { name: "rapportlisten", path: "/rapporter" },
  { name: "rapportlisten med filtre", path: "/rapporter?q=bolyst&fokus=luk-og-bolyst" },
  { name: "suksessfaktorer", path: "/suksessfaktorer" },
  { name: "fokusområder", path: "/fokusomrader" },
  { name: "fylker", path: "/fylker" },
  { name: "kommuner", path: "/kommuner" },
  { name: "en kommune", path: "/kommuner/1835" },
  { name: "prosjektlisten etter folketall og utvikling", path: "/prosjekter?innbyggere=under-2000&utvikling=nedgang" },
  { name: "fylkeskart over kommunene", path: "/fylker/troms" },
  { name: "hva virker", path: "/hva-virker" },
  { name: "prosjektlisten etter dokumentasjon", path: "/prosjekter?dokumentasjon=kartlagt" },
  { name: "søk", path: "/sok?q=ungdom" },
  { name: "førstehjelpsmappen", path: "/forstehjelp" },
  { name: "om", path: "/om" },
  { name: "tilgjengelighetserklæringen", path: "/tilgjengelighet" },
  { name: "meld inn et prosjekt", path: "/meld-inn-prosjekt" },
  { name: "personvern", path: "/personvern" },
  { name: "404-siden", path: "/prosjekter/finnes-ikke", status: 404, canonical: false },
];

/** The detail templates take their first URL from the sitemap, so the test follows the content. */
const detailPrefixes = ["/prosjekter/", "/rapporter/", "/suksessfaktorer/", "/fokusomrader/", "/fylker/"];

/** The URLs of every file the sitemap index (/sitemap.xml) lists. */
async function readSitemapPaths(request: APIRequestContext): Promise<string[]> {
  const locs = async (path: string) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(defined(loc, "a sitemap <loc>")).pathname);
  };
  const files = await locs("/sitemap.xml");
  expect(files.every((file) => file.startsWith("/sitemaps/"))).toBe(true);
  return (await Promise.all(files.map(locs))).flat();
}

async function findTemplates(request: APIRequestContext): Promise<Template[]> {
  const paths = await readSitemapPaths(request);
  const details = detailPrefixes.map((prefix) => {
    const path = paths.find((p) => p.startsWith(prefix) && p.length > prefix.length);
    expect(path, `the sitemap lists a page under ${prefix}`).toBeDefined();
    return { name: `${prefix}[slug]`, path: path! };
  });
  return [...fixedTemplates, ...details];
}

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(violations, label).toEqual([]);
}

/** Exactly one h1, it comes first, and no level is skipped on the way down (h2 → h4). */
async function expectHeadingsInOrder(page: Page, label: string) {
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading][aria-level]")]
      .filter((el) => el.getClientRects().length > 0 && !el.closest("[aria-hidden=true]"))
      .map((el) => Number(el.getAttribute("aria-level") ?? el.tagName.slice(1))),
  );
  expect(levels.filter((level) => level === 1), `${label}: one h1`).toHaveLength(1);
  expect(levels[0], `${label}: the h1 is the first heading`).toBe(1);
  const skips = levels.flatMap((level, i) => {
    const before = levels[i - 1];
    return before !== undefined && level > before + 1 ? [`h${before} → h${level}`] : [];
  });
  expect(skips, `${label}: heading levels in order (${levels.join(" ")})`).toEqual([]);
}

async function expectSeoBasics(page: Page, template: Template) {
  expect((await page.title()).trim(), `${template.name}: <title>`).not.toBe("");
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description?.trim().length ?? 0, `${template.name}: meta description`).toBeGreaterThan(20);
  if (template.canonical === false) return;
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical, `${template.name}: one canonical link`).toHaveCount(1);
  const href = new URL((await canonical.getAttribute("href"))!);
  expect(href.pathname, `${template.name}: canonical path`).toBe(new URL(template.path, "http://x").pathname);
}

test.describe("every public page template", () => {
  let templates: Template[] = [];
  test.beforeAll(async ({ request }) => {
    templates = await findTemplates(request);
  });

  test("meets WCAG 2.1 AA (axe), has one h1 with headings in order, and a title, description and canonical link", async ({ page }) => {
    // axe on ~25 templates, some long (/kommuner lists 357 municipalities), on a shared 2-core machine.
    test.setTimeout(300_000);
    for (const template of templates) {
      const response = await page.goto(template.path);
      expect(response?.status(), template.path).toBe(template.status ?? 200);
      await expectHeadingsInOrder(page, template.path);
      await expectSeoBasics(page, template);
      await expectNoAxeViolations(page, template.path);
    }
  });

  test("reflows at 320 CSS px (400 % zoom of 1280): no horizontal scrolling", async ({ page }, testInfo) => {
    // Skipped on the phone project on purpose: the test sets a 320 px viewport itself, so a second
    // run on the phone project would repeat the same check.
    test.skip(testInfo.project.name !== "desktop", "the viewport is set here; once is enough");
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const overflowing: string[] = [];
    for (const template of templates) {
      await page.goto(template.path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth + 1) overflowing.push(`${template.path}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(overflowing).toEqual([]);
  });
});

test("the main navigation links to every section, including Fylker", async ({ page }, testInfo) => {
  // Skipped on the phone project on purpose: the menu's links are the same at every width; the
  // phone layout of the header is checked by the header test below (320 px and up).
  test.skip(testInfo.project.name !== "desktop", "one viewport is enough");
  await page.goto("/");
  const navigation = page.getByRole("navigation", { name: "Hovedmeny" });
  for (const name of ["Prosjekter", "Rapporter", "Suksessfaktorer", "Fokusområder", "Fylker"]) {
    await expect(navigation.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await navigation.getByRole("link", { name: "Fylker", exact: true }).click();
  await expect(page).toHaveURL(/\/fylker$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the header keeps the site's name on one line at every width", async ({ page }, testInfo) => {
  // Skipped on the phone project on purpose: the test sets each viewport itself (reason in the message).
  test.skip(testInfo.project.name !== "desktop", "the test sets its own viewports");
  for (const width of [320, 390, 640, 768, 1024, 1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/om");
    const name = page.locator("header").getByText("Kunnskapsbanken", { exact: true });
    const box = defined((await name.boundingBox()) ?? undefined, `the name's box at ${width} px`);
    const lineHeight = await name.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    // Once a grid column squeezed the name to one letter a line at desktop widths.
    expect(box.height, `the name is one line at ${width} px`).toBeLessThan(lineHeight * 1.5);
    const menu = defined((await page.getByRole("navigation", { name: "Hovedmeny" }).boundingBox()) ?? undefined, `the menu at ${width} px`);
    expect(menu.x + menu.width, `the menu fits at ${width} px`).toBeLessThanOrEqual(width);
  }
});

/** The focused element shows a focus indicator: an outline or box-shadow on the element, or
 *  (Designsystemet's checkboxes and radios) on the .ds-field around it. */
async function expectVisibleFocus(page: Page, label: string) {
  const style = await page.evaluate(() => {
    const el = document.activeElement!;
    const indicator = (node: Element) => {
      const cs = getComputedStyle(node);
      return (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== "none";
    };
    const field = el.matches("input[type=checkbox], input[type=radio]") ? el.closest(".ds-field") : null;
    return { focusVisible: el.matches(":focus-visible"), shown: indicator(el) || (field !== null && indicator(field)) };
  });
  expect(style.focusVisible, `${label} matches :focus-visible`).toBe(true);
  expect(style.shown, `${label} shows a focus outline or box-shadow`).toBe(true);
}

test("the project filters can be used with the keyboard alone, with visible focus", async ({ page }, testInfo) => {
  // Skipped on the phone project on purpose: it walks the form with the Tab key, which a phone
  // does not have; the phone's folded filters have their own test at the end of this file.
  test.skip(testInfo.project.name !== "desktop", "a phone has no Tab key");
  test.setTimeout(60_000);
  await page.goto("/prosjekter");
  let checkedBredband = false;
  let reachedSubmit = false;
  for (let presses = 0; presses < 120 && !reachedSubmit; presses++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement!;
      const form = el.closest('form[action="/prosjekter"]');
      const buttons = form ? [...form.querySelectorAll('button[type="submit"]')] : [];
      return {
        tag: el.tagName.toLowerCase(),
        id: el.classList.contains("ds-skip-link") ? "skip" : el.id,
        inForm: form !== null,
        isLastSubmit: buttons.length > 0 && buttons[buttons.length - 1] === el,
        label: el.textContent?.trim().slice(0, 40) ?? "",
      };
    });
    if (info.id === "prosjekter-q") await page.keyboard.type("bredbånd");
    // The skip link's indicator is that it appears; everything else must show a focus ring.
    if (info.inForm || (info.tag === "a" && info.id !== "skip")) await expectVisibleFocus(page, `${info.tag}#${info.id} ${info.label}`);
    if (info.id === "fokus-bredband") {
      await page.keyboard.press("Space");
      await expect(page.locator("#fokus-bredband")).toBeChecked();
      checkedBredband = true;
    }
    reachedSubmit = checkedBredband && info.isLastSubmit;
  }
  expect(checkedBredband, "Tab reached the Bredbånd checkbox").toBe(true);
  expect(reachedSubmit, "Tab reached the last submit button").toBe(true);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/prosjekter\?.*fokus=bredband/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("fokus")).toEqual(["bredband"]);
  expect(url.searchParams.get("q")).toBe("bredbånd");
  await expect(page.locator("#fokus-bredband")).toBeChecked();
  await expect(page.locator('a[href="/prosjekter/breiband-numedal"]').first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the project list filters by focus area", async ({ page }, testInfo) => {
    // Skipped on the phone project on purpose: filtering without JavaScript is the same server
    // round trip at every width; the phone's own layout of the filters is tested at the end of the file.
    test.skip(testInfo.project.name !== "desktop", "once is enough");
    await page.goto("/prosjekter");
    const all = await page.locator('section[aria-labelledby="resultater-heading"] li a[href^="/prosjekter/"]').count();
    await page.locator("#fokus-bredband").check();
    await page.getByRole("button", { name: "Vis eksempler" }).first().click();
    await expect(page).toHaveURL(/\/prosjekter\?.*fokus=bredband/);
    await expect(page.locator("#fokus-bredband")).toBeChecked();
    await expect(page.locator('a[href="/prosjekter/breiband-numedal"]').first()).toBeVisible();
    expect(await page.getByRole("status").textContent()).toMatch(/^\d+ eksemp/);
    const filtered = await page.locator('section[aria-labelledby="resultater-heading"] li a[href^="/prosjekter/"]').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(all);
  });

  // Issue 10: the rarely used groups are left out of the page until asked for, by a plain link.
  test("the project list shows the rarely used filters on request and keeps them while filtering", async ({ page }, testInfo) => {
    // Skipped on the phone project on purpose: filtering without JavaScript is the same server
    // round trip at every width; the phone's own layout of the filters is tested at the end of the file.
    test.skip(testInfo.project.name !== "desktop", "once is enough");
    await page.goto("/prosjekter?fokus=bredband");
    await expect(page.locator('input[name="faktor"]')).toHaveCount(0);
    await page.getByRole("link", { name: /^Flere filtre: suksessfaktor/ }).click();
    await expect(page).toHaveURL(/\/prosjekter\?fokus=bredband&filtre=alle#flere-filtre$/);
    await expect(page.locator("#fokus-bredband")).toBeChecked();
    const factor = page.locator('input[name="faktor"]').first();
    const value = await factor.getAttribute("value");
    await factor.check();
    await page.locator("#prosjekter-fra").fill("2000");
    await page.getByRole("button", { name: "Vis eksempler" }).last().click();
    await expect(page).toHaveURL(new RegExp(`faktor=${value}`));
    await expect(page).toHaveURL(/fra=2000/);
    // In use, the groups stay on the page without being asked for.
    await expect(page.locator(`#faktor-${value}`)).toBeChecked();
    await expect(page.locator("#prosjekter-fra")).toHaveValue("2000");
    await expect(page.getByRole("link", { name: /^Flere filtre: suksessfaktor/ })).toHaveCount(0);
  });

  test("the report list filters by kind and focus area", async ({ page }, testInfo) => {
    // Skipped on the phone project on purpose: filtering without JavaScript is the same server
    // round trip at every width; the phone's own layout of the filters is tested at the end of the file.
    test.skip(testInfo.project.name !== "desktop", "once is enough");
    await page.goto("/rapporter");
    await expect(page.getByRole("status")).toContainText(/\d+ rapporter?/);
    const kind = await page.locator("#rapport-type option:not([value=''])").first().getAttribute("value");
    expect(kind).toBeTruthy();
    await page.locator("#rapport-type").selectOption(kind!);
    await page.getByRole("button", { name: "Vis rapporter" }).click();
    await expect(page).toHaveURL(new RegExp(`/rapporter\\?.*type=${kind}`));
    await expect(page.getByRole("status")).toContainText(/passer med filtrene/);
    await expect(page.locator("#rapport-type")).toHaveValue(kind!);
    await expect(page.locator('a[href^="/rapporter/"]').first()).toBeVisible();
  });
});

test.describe("for search engines", () => {
  // Skipped on the phone project on purpose: the sitemap, robots.txt and JSON-LD are the same bytes
  // whatever the device, so the phone project would fetch and check them a second time.
  test.skip(({ isMobile }) => isMobile, "once is enough");

  test("the sitemap lists the project URLs and robots.txt keeps crawlers out of /admin", async ({ request }) => {
    const paths = await readSitemapPaths(request);
    expect(paths).toContain("/prosjekter");
    expect(paths).toContain("/prosjekter/nord-troms-plankontor");
    expect(paths.filter((p) => p.startsWith("/prosjekter/")).length).toBeGreaterThan(5);
    expect(paths.some((p) => p.startsWith("/admin"))).toBe(false);

    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
  });

  test("project and report pages carry valid JSON-LD", async ({ page, request }) => {
    const paths = await readSitemapPaths(request);
    const report = paths.find((p) => p.startsWith("/rapporter/"));
    expect(report).toBeDefined();
    for (const [path, type] of [
      ["/prosjekter/nord-troms-plankontor", "Project"],
      [report!, "Report"],
    ] as const) {
      await page.goto(path);
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts.length, path).toBeGreaterThan(0);
      const data = scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
      const main = data.find((d) => d["@type"] === type);
      expect(main, `${path}: a schema.org ${type}`).toBeDefined();
      expect(main!["@context"]).toBe("https://schema.org");
      expect(String(main!.name).length).toBeGreaterThan(3);
      expect(new URL(String(main!.url)).pathname).toBe(path);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(String(main!.name).slice(0, 20));
    }
  });
});

// Issue 12: on a phone the results started about 2,400 px down, after the whole filter form.
test("the project filters fold away on a phone, results first; on a desktop they stay open", async ({ page }, testInfo) => {
  await page.goto("/prosjekter?fokus=bredband");
  const firstResult = page.locator('section[aria-labelledby="resultater-heading"] article').first();
  await expect(firstResult).toBeVisible();
  const box = await firstResult.boundingBox();
  const viewport = page.viewportSize()!;
  if (testInfo.project.name === "mobile") {
    // The first result card starts within the first screen.
    expect(box!.y).toBeLessThan(viewport.height);
    await expect(page.locator("#fokus-bredband")).toBeHidden();
    await page.getByText(/^Filtrer eksemplene/).click();
    await expect(page.locator("#fokus-bredband")).toBeVisible();
    await expect(page.locator("#fokus-bredband")).toBeChecked();
    // The order is chosen among the folded filters on a phone (issue 12).
    await expect(page.locator("#filter-sortering")).toBeVisible();
    await expect(page.getByRole("form", { name: "Sortering" })).toBeHidden();
  } else {
    await expect(page.getByRole("form", { name: "Sortering" })).toBeVisible();
    await expect(page.getByText(/^Filtrer eksemplene/)).toBeHidden();
    await expect(page.locator("#fokus-bredband")).toBeVisible();
  }
});
