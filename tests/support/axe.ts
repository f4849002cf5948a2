import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA: the level the law asks of Norwegian public bodies. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Fails naming each axe violation on the page (rule, help, up to three elements). */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
  // After a server action the page is re-rendered in place, and for a moment the new document may
  // not have its <title> yet: axe would report a missing title that the page does have.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(violations, label).toEqual([]);
}
