import { expectNoAxeViolations } from "@/tests/support/axe";
import crypto from "node:crypto";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";

/**
 * Assignment and mapping (issue 13), in Chromium: an administrator gives an adviser the focus area
 * «Bredbånd»; the Troms county contact sees that adviser proposed first for a Troms candidate about
 * broadband and assigns them; the adviser fills in the mapping guide; the contact publishes; the
 * example is on /prosjekter?fylke=troms with the level «Kartlagt». Axe on every new screen.
 */
const run = crypto.randomBytes(4).toString("hex");
const PASSWORD = "et-langt-e2e-passord";
const users = {
  admin: { email: `e2e-kart-admin-${run}@example.no`, name: `E2E Admin ${run}`, role: "admin" },
  troms: { email: `e2e-kart-troms-${run}@example.no`, name: `E2E Troms ${run}`, role: "county_contact" },
  // Alphabetically first, so only the focus area can put the other one first.
  other: { email: `e2e-kart-a-${run}@example.no`, name: `A E2E Rådgiver ${run}`, role: "adviser" },
  adviser: { email: `e2e-kart-b-${run}@example.no`, name: `B E2E Rådgiver ${run}`, role: "adviser" },
} as const;
const title = `Fiber til Tromsø-bygdene ${run}`;
let projectId = 0;
/** A second project, already assigned to the adviser, for the guide without JavaScript. */
let secondId = 0;
let factors: string[] = [];

test.describe.configure({ mode: "serial", timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

async function signedIn(browser: Browser, who: keyof typeof users): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/admin/logg-inn");
  await page.getByLabel("E-postadresse").fill(users[who].email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mitt arbeid" })).toBeVisible();
  return page;
}

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const ids: Record<string, number> = {};
    for (const [key, user] of Object.entries(users)) {
      const { rows } = await client.query<{ id: number }>(
        "INSERT INTO app_user (email, name, role, password_hash, updated_at) VALUES ($1, $2, $3::role, $4, now()) RETURNING id",
        [user.email, user.name, user.role, passwordHash],
      );
      ids[key] = rows[0]!.id;
      if (user.role === "county_contact") await client.query("INSERT INTO user_county (user_id, county_number) VALUES ($1, '55')", [rows[0]!.id]);
    }
    // A candidate in Tromsø about broadband, as a county contact would have registered it.
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO project (slug, title, summary, status, state, sources, updated_at)
       VALUES ($1, $2, 'Fiber til bygdene rundt Tromsø, bygd ut av kommunen og et lokalt kraftlag.', 'avsluttet', 'kandidat', $3::jsonb, now()) RETURNING id`,
      [`e2e-fiber-${run}`, title, JSON.stringify([{ title: "Tromsø kommune", url: "https://www.tromso.kommune.no" }])],
    );
    projectId = rows[0]!.id;
    await client.query("INSERT INTO project_municipality (project_id, municipality_number) VALUES ($1, '5501')", [projectId]);
    await client.query("INSERT INTO project_focus_area (project_id, focus_area_id) SELECT $1, id FROM focus_area WHERE slug = 'bredband'", [projectId]);
    const second = await client.query<{ id: number }>(
      `INSERT INTO project (slug, title, summary, status, state, adviser_id, updated_at)
       VALUES ($1, $2, 'Et prosjekt under kartlegging.', 'pagar', 'under_kartlegging', $3, now()) RETURNING id`,
      [`e2e-uten-js-${run}`, `Kartlegging uten JavaScript ${run}`, ids.adviser],
    );
    secondId = second.rows[0]!.id;
    await client.query("INSERT INTO project_municipality (project_id, municipality_number) VALUES ($1, '5501')", [secondId]);
    const factorRows = await client.query<{ name: string }>(
      "SELECT f.name FROM success_factor f JOIN pillar p ON p.id = f.pillar_id WHERE p.slug = 'verktoy' ORDER BY f.position",
    );
    factors = factorRows.rows.map((r) => r.name);
  } finally {
    await client.end();
  }
});

test("admin sets a focus area, the Troms contact assigns, the adviser maps, the contact publishes", async ({ browser }) => {
  expect(factors).toHaveLength(10);

  // 1. The administrator gives the adviser the focus area «Bredbånd».
  const admin = await signedIn(browser, "admin");
  await admin.goto("/admin/brukere");
  await admin.getByText(`Endre ${users.adviser.name} (${users.adviser.email})`).click();
  const focus = admin.getByRole("group", { name: `Fokusområder for ${users.adviser.name}` });
  await focus.getByRole("checkbox", { name: "Bredbånd", exact: true }).check();
  await admin.getByRole("button", { name: "Lagre fokusområder" }).first().click();
  await expect(admin.getByText(`Fokusområdene til ${users.adviser.name} er lagret (1).`)).toBeVisible();
  await expectNoAxeViolations(admin);

  // 2. The Troms contact sees the matching adviser proposed first and assigns them.
  const troms = await signedIn(browser, "troms");
  await troms.goto(`/admin/prosjekter/${projectId}`);
  const proposals = troms.getByTestId("adviser-proposals").getByRole("listitem");
  await expect(proposals.first()).toContainText(users.adviser.name);
  await expect(proposals.first()).toContainText("foreslått");
  await expect(proposals.first()).toContainText("passer: Bredbånd");
  // The match outweighs the load: the adviser already has the second project, the other none.
  await expect(proposals.first()).toContainText("1 åpent oppdrag");
  await expect(proposals.filter({ hasText: users.other.name })).toContainText("ingen felles fokusområder; ingen åpne oppdrag");
  await expectNoAxeViolations(troms);
  await troms.getByRole("radio", { name: new RegExp(users.adviser.name) }).check();
  await troms.getByRole("button", { name: "Tildel rådgiver" }).click();
  await expect(troms.getByText("Rådgiveren er tildelt og har fått beskjed på e-post.")).toBeVisible();
  await expect(troms.getByText(new RegExp(`Kartlegges av ${users.adviser.name}, tildelt`))).toBeVisible();
  await expect(troms.getByTestId("mapping-progress")).toContainText("0 av 10 suksessfaktorer kartlagt");

  // 3. The adviser finds the assignment on their dashboard and fills in the mapping guide.
  const adviser = await signedIn(browser, "adviser");
  await expect(adviser.getByRole("heading", { name: "Dine oppdrag (2)" })).toBeVisible();
  const assignment = adviser.getByTestId("mapping-work").getByRole("listitem").filter({ hasText: title });
  await expect(assignment).toContainText("0 av 10 suksessfaktorer kartlagt");
  await assignment.getByRole("link", { name: "kartleggingsguide" }).click();
  await expect(adviser.getByRole("heading", { level: 1, name: `Kartlegging: ${title}` })).toBeVisible();
  await expect(adviser.getByText("Spørsmål fra modellen").first()).toBeVisible();
  await expectNoAxeViolations(adviser);
  for (const [i, factor] of factors.entries()) {
    const shown = i % 3 !== 2;
    await adviser.getByRole("group", { name: `Viste prosjektet «${factor}»?` }).getByRole("radio", { name: shown ? "Vist" : "Ikke vist", exact: true }).check();
    await adviser.getByRole("textbox", { name: `Hvordan viste prosjektet «${factor}», eller hvorfor ikke?` }).fill(shown ? `E2E: slik viste prosjektet ${factor}.` : `E2E: ${factor} ble ikke vist.`);
  }
  await adviser.getByRole("button", { name: "Lagre kartleggingen" }).click();
  await expect(adviser.getByText(/Kartleggingen er lagret \(versjon \d+\)\./)).toBeVisible();
  await expect(adviser.getByTestId("mapping-progress")).toContainText("10 av 10 suksessfaktorer kartlagt. Kartleggingen er fullført.");
  await expect(adviser.getByRole("textbox", { name: `Hvordan viste prosjektet «${factors[0]}», eller hvorfor ikke?` })).toHaveValue(`E2E: slik viste prosjektet ${factors[0]}.`);

  // 4. The contact sees the progress and publishes.
  await troms.goto("/admin");
  await expect(troms.getByTestId("mapping-work").getByRole("listitem").filter({ hasText: title })).toContainText("10 av 10 suksessfaktorer kartlagt");
  await troms.goto(`/admin/prosjekter/${projectId}`);
  await troms.getByRole("button", { name: "Publiser" }).click();
  await expect(troms.getByText("Redaksjonell status er nå «publisert».")).toBeVisible();

  // 5. The example is public in Troms, documented as «Kartlagt».
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/prosjekter?fylke=troms");
  const card = visitor.locator("article, li").filter({ has: visitor.getByRole("link", { name: title }) }).last();
  await expect(card.locator('[data-documentation-level="kartlagt"]')).toBeVisible();
  await card.getByRole("link", { name: title }).click();
  await expect(visitor.getByText(`E2E: slik viste prosjektet ${factors[0]}.`)).toBeVisible();
});

test("the guide works without JavaScript: a refused save keeps what was typed", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/admin/logg-inn");
  await page.getByLabel("E-postadresse").fill(users.adviser.email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.goto(`/admin/prosjekter/${secondId}/kartlegging`);
  const note = page.getByRole("textbox", { name: `Hvordan viste prosjektet «${factors[0]}», eller hvorfor ikke?` });
  await page.getByRole("group", { name: `Viste prosjektet «${factors[0]}»?` }).getByRole("radio", { name: "Uklart", exact: true }).check();
  await note.fill("Skrevet uten JavaScript.");
  // Someone saves the project meanwhile: the guide's save is refused, nothing is lost.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("UPDATE project SET version = version + 1 WHERE id = $1", [secondId]);
  await client.end();
  await page.getByRole("button", { name: "Lagre kartleggingen" }).click();
  await expect(page.getByText(/Ikke lagret: prosjektet er endret/)).toBeVisible();
  await expect(note).toHaveValue("Skrevet uten JavaScript.");
  await expect(page.getByRole("group", { name: `Viste prosjektet «${factors[0]}»?` }).getByRole("radio", { name: "Uklart", exact: true })).toBeChecked();
  // (axe needs JavaScript in the page: the guide is checked with it in the test above.)
  // Opened afresh, it saves.
  await page.goto(`/admin/prosjekter/${secondId}/kartlegging`);
  await page.getByRole("group", { name: `Viste prosjektet «${factors[0]}»?` }).getByRole("radio", { name: "Uklart", exact: true }).check();
  await note.fill("Skrevet uten JavaScript.");
  await page.getByRole("button", { name: "Lagre kartleggingen" }).click();
  await expect(page.getByText(/Kartleggingen er lagret/)).toBeVisible();
  await expect(page.getByTestId("mapping-progress")).toContainText("1 av 10 suksessfaktorer kartlagt.");
});
