import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { checkUrl } from "@/lib/links/check-url";
import { createTestUsers, signIn, type TTestUser } from "@/tests/support/e2e-users";

/**
 * The curators' dashboard lists broken sources by county: a source of a Troms project is checked
 * against a local server that answers 404, the result stored as `npm run links:check` stores it,
 * and the Troms contact sees it on /admin (with no axe violations); the Nordland contact does not.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const users = {
  troms: { email: `lenker-troms-${run}@example.no`, name: `Tove Lenke ${run}`, role: "county_contact", counties: ["55"] },
  nordland: { email: `lenker-nordland-${run}@example.no`, name: `Nils Lenke ${run}`, role: "county_contact", counties: ["18"] },
} satisfies Record<string, TTestUser>;
const title = `Lenkeprosjekt ${run}`;
let db: PrismaClient;
let server: http.Server;
let projectId = 0;
let url = "";

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  server = http.createServer((_req, res) => res.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/borte-${run}`;
  await createTestUsers(db, users);
  const project = await db.project.create({
    data: {
      slug: `lenkeprosjekt-${run}`,
      title,
      summary: "Et prosjekt laget av e2e-testene.",
      status: "pagar",
      sources: [{ title: "Kilde som er borte", url }],
      municipalities: { create: { municipalityNumber: "5501" } },
    },
  });
  projectId = project.id;
  const result = await checkUrl(url, { timeoutMs: 2000, budgetMs: 4000, maxRedirects: 5, allowPrivate: true });
  expect(result).toMatchObject({ ok: false, status: 404 });
  await db.sourceLinkCheck.create({ data: { entityType: "project", entityId: project.id, url, ...result, checkedAt: new Date() } });
});

test.afterAll(async () => {
  await db?.sourceLinkCheck.deleteMany({ where: { entityId: projectId, entityType: "project" } });
  await db?.$disconnect();
  await new Promise((resolve) => server?.close(resolve));
});

test("the county contact sees the broken source of their county's project; another county's does not", async ({ page }) => {
  await signIn(page, users.troms);
  const section = page.getByRole("region", { name: /Brutte kildelenker/ });
  await expect(section).toBeVisible();
  await expect(section).toContainText(/Per fylke: Troms \d+/);
  const row = section.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("HTTP 404");
  await expect(row).toContainText(url);
  await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", `/admin/prosjekter/${projectId}`);
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await page.context().clearCookies();
  await signIn(page, users.nordland);
  await expect(page.getByRole("heading", { level: 1, name: "Mitt arbeid" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});
