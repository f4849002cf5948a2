import crypto from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { submitSuggestion } from "@/lib/intake/submit";
import { createTestUsers, signIn, type TTestUser } from "../support/e2e-users";

/**
 * The triage queue's actions in nynorsk with JavaScript on (tests/e2e/intake-to-published.e2e.ts
 * sends them as plain forms): each action answers with a redirect that the router follows itself,
 * and the page it then draws must still be the nynorsk queue, with the language switcher leading
 * to the same queue in bokmål. Next fetches the redirect's target itself and may be sent on to the
 * unprefixed path (proxy.ts): there the address's language must win over a remembered bokmål.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const users = {
  troms: { email: `e2e-nnko-troms-${run}@example.no`, name: `E2E Nynorsk-kø Troms ${run}`, role: "county_contact", counties: ["55"] },
} satisfies Record<string, TTestUser>;
const title = `Lyspunkt i Tromsø ${run}`;

let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  await createTestUsers(db, users);
  const outcome = await submitSuggestion(
    db,
    {
      title,
      municipalities: ["5501"],
      summary: "Kommunen skifta gatelyset til LED og styrer det no frå eitt system.",
      status: "avsluttet",
      name: `Nina Nynorsk ${run}`,
    },
    { clientAddress: null, language: "nn" },
  );
  if (!outcome.ok || outcome.projectId === null) throw new Error(`ikkje lagra: ${JSON.stringify(outcome)}`);
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** The nynorsk queue: its address, <html lang>, its heading and a switcher that leads to the bokmål queue. */
async function expectNynorskQueue(page: Page, label: string) {
  await expect(page, label).toHaveURL(/\/nn\/admin\/innmeldinger(#innmelding-\d+)?$/);
  await expect(page.locator("html"), label).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("heading", { level: 1 }), label).toHaveText("Innmelde prosjekt");
  await expect(page.getByRole("heading", { name: "Varsel om nye innmeldingar" }), label).toBeVisible();
  const switcher = page.getByRole("navigation", { name: "Språk / Mål" });
  await expect(switcher.getByRole("link", { name: "Bokmål" }), label).toHaveAttribute("href", `/sprak/nb?${new URLSearchParams({ til: "/admin/innmeldinger" })}`);
  await expect(switcher.getByText("Nynorsk", { exact: true }), label).toHaveAttribute("aria-current", "true");
}

test("the queue's actions keep the page in nynorsk when the router follows their redirect", async ({ page }) => {
  await signIn(page, users.troms);
  await page.goto("/nn/admin/innmeldinger");
  await expectNynorskQueue(page, "opened");
  // Meanwhile bokmål was chosen in another tab: the remembered choice no longer matches this page,
  // whose address (/nn/…) must still decide its language.
  const base = new URL(page.url());
  await page.context().addCookies([{ name: "kb-sprak", value: "nb", domain: base.hostname, path: "/", sameSite: "Lax" }]);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  const reason = card.getByLabel("Grunngiving (blir send til innmeldaren)");

  // A refused action: the redirect carries the suggestion's fragment.
  await reason.fill("kort");
  await card.getByRole("button", { name: "Avvis innmeldinga" }).click();
  await expect(card.getByRole("alert")).toContainText("Skriv ei grunngiving (minst 5 teikn).");
  await expectNynorskQueue(page, "after a refused rejection");

  // The notice preference.
  await page.getByRole("radio", { name: "Éi oppsummering om dagen" }).check();
  await page.getByRole("button", { name: "Lagre valet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No får du éi oppsummering om dagen." })).toBeVisible();
  await expectNynorskQueue(page, "after the notice preference");

  // A rejection that goes through.
  await reason.fill("Prosjektet er for nytt til å bli kartlagt enno.");
  await card.getByRole("button", { name: "Avvis innmeldinga" }).click();
  await expect(page.getByRole("status").filter({ hasText: `«${title}» er avvist` })).toBeVisible();
  await expectNynorskQueue(page, "after a rejection");
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
});
