import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import { signIn } from "@/tests/support/e2e-users";

/**
 * The README's path for a new curator, with no other user (issue 12): `npm run user:create` makes
 * a Troms county contact, who signs in, registers and tags an example, publishes it directly
 * (no adviser exists) and finds it on the public list.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const email = `fylkeskontakt-${run}@example.no`;
const password = `et-langt-passord-${run}`;

test("the README's county contact registers, tags and publishes an example with no other user", async ({ page }) => {
  // The CLI, a sign-in (argon2id) and three saves on a shared 2-core machine.
  test.setTimeout(120_000);
  // Exactly the README's command (through tsx, as `npm run user:create --` runs it).
  execFileSync("node_modules/.bin/tsx", ["lib/cli/user-create.ts", "--email", email, "--name", `Kari Kontakt ${run}`, "--role", "county_contact", "--county", "troms"], {
    env: { ...process.env, USER_PASSWORD: password },
    stdio: "pipe",
  });

  await signIn(page, { email }, password);

  const title = `Kulturhuset i Lyngen ${run}`;
  await page.goto("/admin/prosjekter");
  await page.getByRole("link", { name: "Nytt prosjekt" }).first().click();
  await expect(page.getByLabel("Finn kommune (navn eller nummer)")).toBeVisible();
  await page.getByRole("textbox", { name: "Tittel", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Sammendrag" }).fill("Et kulturhus bygd på dugnad.");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("avsluttet");
  await page.getByLabel("Finn kommune (navn eller nummer)").fill("Lyngen");
  await page.getByRole("checkbox", { name: "Lyngen (5536)" }).check();
  await page.getByRole("checkbox", { name: "Kultur- og næringsprosjekter", exact: true }).check();
  await page.getByRole("checkbox", { name: "Samarbeid", exact: true }).check();
  await page.getByRole("textbox", { name: "Hvordan viste prosjektet «Samarbeid»?" }).fill("Lag og foreninger bygde sammen.");
  const source = page.getByRole("group", { name: "Kilde 1" });
  await source.getByRole("textbox", { name: "Tittel på kilden" }).fill("Lyngen kommune");
  await source.getByRole("textbox", { name: "Nettadresse" }).fill("https://www.lyngen.kommune.no");
  await page.getByRole("button", { name: "Opprett prosjekt" }).click();
  await expect(page.getByText("Prosjektet er opprettet som kandidat.")).toBeVisible();

  await expect(page.getByText("Har du kartlagt prosjektet selv, kan du publisere det direkte.")).toBeVisible();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Redaksjonell status er nå «publisert».")).toBeVisible();
  // Published: no adviser line, and no "Send til kartlegging".
  await expect(page.getByText(/kartlegges av/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send til kartlegging" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Arkiver" })).toBeVisible();

  await page.goto("/prosjekter?fylke=troms&fokus=kultur-og-naringsprosjekter");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Lag og foreninger bygde sammen.")).toBeVisible();
});
