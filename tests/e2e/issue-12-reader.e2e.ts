import { expect, test, type Page } from "@playwright/test";

/**
 * Reader fixes of issue 12 that no other test held: tags wrap inside their card (item 7), large
 * headings do not break a word on a phone (item 6), printed pages give a link's address after its
 * text (item 9).
 */

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

async function tagsOutsideTheirCard(page: Page) {
  return page.locator("main article").evaluateAll((cards) =>
    cards.flatMap((card) => {
      const edge = card.getBoundingClientRect().right;
      return [...card.querySelectorAll<HTMLElement>(".ds-tag")]
        .filter((tag) => tag.getBoundingClientRect().right > edge + 0.5 || tag.scrollWidth > tag.clientWidth + 1)
        .map((tag) => tag.innerText);
    }),
  );
}

for (const [name, size] of [["desktop", desktop], ["phone", phone]] as const) {
  test(`a long focus-area tag wraps inside its card (${name})`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto("/prosjekter?fokus=omdomme");
    const long = page.locator("main article .ds-tag", { hasText: "Omdømmebygging og kollektivt framsnakk" }).first();
    await expect(long).toBeVisible();
    expect(await tagsOutsideTheirCard(page)).toEqual([]);
  });
}

test("on a phone, no large heading has a word wider than the heading (no break mid-word)", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(phone);
  const paths = ["/", "/prosjekter", "/rapporter", "/suksessfaktorer", "/fokusomrader", "/hva-virker", "/forstehjelp", "/fylker", "/kommuner"];
  await page.goto("/fokusomrader");
  const areas = await page.locator("main a[href^='/fokusomrader/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const broken: string[] = [];
  for (const path of [...paths, ...new Set(areas)]) {
    await page.goto(path);
    const words = await page.locator("main h1, main h2").evaluateAll((headings) =>
      headings.flatMap((heading) => {
        const style = getComputedStyle(heading);
        const width = heading.getBoundingClientRect().width;
        return (heading as HTMLElement).innerText.split(/\s+/).filter((word) => {
          const probe = document.createElement("span");
          probe.textContent = word;
          probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${style.font};letter-spacing:${style.letterSpacing}`;
          document.body.append(probe);
          const wide = probe.getBoundingClientRect().width > width + 0.5;
          probe.remove();
          return wide;
        });
      }),
    );
    broken.push(...words.map((word) => `${path}: ${word}`));
  }
  expect(broken).toEqual([]);
});

test("a printed page writes each link's address after its text", async ({ page, baseURL }) => {
  await page.goto("/prosjekter?fokus=bredband");
  const internal = page.locator("main article h3 a").first();
  const href = await internal.getAttribute("href");
  await page.goto(href!);
  await page.emulateMedia({ media: "print" });
  const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, "::after").content);
  // An internal link names the site's full address; an external one its own.
  const own = await after("main a[href^='/']");
  expect(own).toMatch(/https?:\/\//);
  expect(own).toMatch(/attr\(href\)|\/[a-z]/);
  const external = page.locator("main a[href^='http']").first();
  if ((await external.count()) > 0) {
    const url = await external.getAttribute("href");
    expect(await after("main a[href^='http']")).toContain(url!);
  }
  // The screen shows nothing extra.
  await page.emulateMedia({ media: "screen" });
  expect(await after("main a[href^='/']")).toMatch(/^(none|normal)$/);
  expect(baseURL).toBeTruthy();
});
