import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { createPrismaClient } from "@/lib/db";
import type { TSessionClaims } from "@/lib/auth/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setAdviserFocusAreas } from "@/lib/mapping/commands";
import { e2eSmtpPort } from "../../playwright.config";
import { createTestUsers, signIn, type TTestUser } from "../support/e2e-users";
import { startTestSmtp, type TTestSmtp } from "../support/smtp";

/**
 * Issue 13's "Done when", in one run through a real Chromium and a real SMTP server: a visitor
 * with JavaScript off suggests a project in Karlsøy (Troms); the Troms county contact gets the
 * notice by e-mail, finds it in the queue with a duplicate hint (the published "Fiber til hele
 * øyriket Karlsøy" from content/), accepts it and assigns the adviser whose focus area matches
 * (proposed first); the adviser completes the mapping guide; the contact publishes; the example is
 * on /prosjekter?fylke=troms as «Kartlagt». A second suggestion is rejected, and its suggester's
 * personal data is gone from the database.
 *
 * Then the same in nynorsk: a suggestion made on the nynorsk form is rejected in the queue under
 * /nn/admin/innmeldinger (axe-checked; the actions sent without JavaScript, as plain forms), the
 * answers stay in nynorsk under /nn, and so does the suggester's mail.
 *
 * The web server sends to 127.0.0.1:E2E_PORT+3 (playwright.config.ts); this file listens there.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const users = {
  admin: { email: `e2e-flyt-admin-${run}@example.no`, name: `E2E Flyt Admin ${run}`, role: "admin" },
  troms: { email: `e2e-flyt-troms-${run}@example.no`, name: `E2E Flyt Troms ${run}`, role: "county_contact", counties: ["55"] },
  // Alphabetically first and with no load: only the focus area can put the matching one above it.
  other: { email: `e2e-flyt-a-${run}@example.no`, name: `AA E2E Flyt annen ${run}`, role: "adviser" },
  adviser: { email: `e2e-flyt-b-${run}@example.no`, name: `AB E2E Flyt kartlegger ${run}`, role: "adviser" },
} satisfies Record<string, TTestUser>;
const title = `Fiber i øyriket Karlsøy ${run}`;
const rejectedTitle = `Gatelys i Karlsøy ${run}`;
const suggesterEmail = `flyt-innmelder-${run}@example.no`;
const rejectedEmail = `flyt-avvist-${run}@example.no`;

let db: PrismaClient;
let smtp: TTestSmtp;
let claims: Record<keyof typeof users, TSessionClaims>;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  smtp = await startTestSmtp(e2eSmtpPort);
  claims = await createTestUsers(db, users);
  // An administrator gives the adviser the focus area «Infrastruktur», through the command the
  // admin screen uses. (Not «Bredbånd»: mapping.e2e.ts expects its own adviser first for that.)
  await setAdviserFocusAreas.fromUntrusted(claims.admin, { userId: claims.adviser.userId, focusAreas: ["infrastruktur"] }, { db });
  await setAdviserFocusAreas.fromUntrusted(claims.admin, { userId: claims.other.userId, focusAreas: ["omdomme"] }, { db });
});

test.afterAll(async () => {
  // These advisers must not be proposed first in the files that run after this one.
  for (const who of ["adviser", "other"] as const) {
    if (claims) await setAdviserFocusAreas.fromUntrusted(claims.admin, { userId: claims[who].userId, focusAreas: [] }, { db });
  }
  await smtp?.close();
  await db?.$disconnect();
});

const recipients = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).map((a) => a.text).join(", ");

/** The first mail to `address` whose subject matches, once it has arrived. */
async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect(() => {
    found = smtp.mails.find((m) => recipients(m).includes(address) && subject.test(m.subject ?? ""));
    expect(found, `e-post til ${address} med emne ${subject}`).toBeDefined();
  }).toPass({ timeout: 20_000 });
  return found!;
}

/** The public form, filled and sent in a browser with JavaScript off. */
async function suggest(browser: Browser, fields: { title: string; email: string; name: string }) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/meld-inn-prosjekt");
  await page.getByLabel("Navnet på prosjektet *").fill(fields.title);
  await page.getByLabel("Kommune *").selectOption({ label: "Karlsøy" });
  await page.getByLabel("Kort beskrivelse *").fill("Kommunen bygde fiber ut til øyene, i samarbeid med fylket og med statlig støtte.");
  await page.getByLabel("Status *").selectOption({ label: "Avsluttet" });
  await page.getByRole("checkbox", { name: "Infrastruktur" }).check();
  await page.getByLabel("Lenker").fill("https://www.karlsoy.kommune.no/");
  await page.getByLabel("Navnet ditt *").fill(fields.name);
  await page.getByLabel("E-postadresse").fill(fields.email);
  await page.getByLabel("Din rolle").fill("Rådgiver i kommunen");
  await page.getByRole("checkbox", { name: /Dere kan kontakte meg/ }).check();
  const answer = page.waitForResponse((r) => r.url().endsWith("/meld-inn-prosjekt/send"));
  await page.getByRole("button", { name: "Send inn forslaget" }).click();
  expect((await answer).status()).toBe(303);
  await expect(page.getByRole("heading", { level: 1, name: "Takk for forslaget" })).toBeVisible();
  await context.close();
}

async function signedIn(browser: Browser, who: keyof typeof users): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, users[who]);
  return page;
}

test("a suggestion from a Troms municipality becomes a published, mapped example", async ({ browser }) => {
  // 1. The visitor suggests the project, without JavaScript; a second one comes in too.
  await suggest(browser, { title, email: suggesterEmail, name: "Kari Innmelder" });
  await suggest(browser, { title: rejectedTitle, email: rejectedEmail, name: `Per Avvist ${run}` });
  const project = await db.project.findFirstOrThrow({ where: { title }, select: { id: true, slug: true, state: true } });
  expect(project.state).toBe("kandidat");

  // 2. The Troms contact is told by e-mail, through the SMTP server.
  const notice = await mailTo(users.troms.email, new RegExp(`nytt innmeldt prosjekt – ${title}`));
  expect(notice.text).toContain("Karlsøy");
  expect(notice.text).toContain("/admin/innmeldinger");

  // 3. … finds it in the queue with a duplicate hint, and accepts it for mapping.
  const troms = await signedIn(browser, "troms");
  await troms.goto("/admin/innmeldinger");
  const card = troms.getByRole("listitem").filter({ has: troms.getByRole("heading", { name: title }) });
  await expect(card.getByText(suggesterEmail)).toBeVisible();
  const hints = card.locator("section").filter({ has: troms.getByRole("heading", { name: "Mulige dubletter" }) });
  await expect(hints.getByRole("link", { name: "Fiber til hele øyriket Karlsøy" })).toHaveAttribute("href", "/prosjekter/fiber-karlsoy");
  await card.getByRole("button", { name: "Ta videre til kartlegging" }).click();
  await expect(troms).toHaveURL(new RegExp(`/admin/prosjekter/${project.id}\\?innmelding=akseptert$`));
  const accepted = await mailTo(suggesterEmail, /.+/);
  expect(accepted.text).toContain(title);

  // 4. … sees the adviser whose focus area matches proposed first, and assigns them.
  const proposals = troms.getByTestId("adviser-proposals").getByRole("listitem");
  await expect(proposals.first()).toContainText(users.adviser.name);
  await expect(proposals.first()).toContainText("passer: Infrastruktur");
  await troms.getByRole("radio", { name: new RegExp(users.adviser.name) }).check();
  await troms.getByRole("button", { name: "Tildel rådgiver" }).click();
  await expect(troms.getByText(new RegExp(`Kartlegges av ${users.adviser.name}, tildelt`))).toBeVisible();
  const assignmentMail = await mailTo(users.adviser.email, /.+/);
  expect(assignmentMail.text).toContain(title);

  // 5. The adviser completes the mapping guide: all ten success factors.
  const factors = (
    await db.successFactor.findMany({ where: { pillar: { slug: "verktoy" } }, orderBy: { position: "asc" }, select: { name: true } })
  ).map((f) => f.name);
  expect(factors).toHaveLength(10);
  const adviser = await signedIn(browser, "adviser");
  await adviser.getByTestId("mapping-work").getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: "kartleggingsguide" }).click();
  await expect(adviser.getByRole("heading", { level: 1, name: `Kartlegging: ${title}` })).toBeVisible();
  for (const [i, factor] of factors.entries()) {
    const shown = i % 4 !== 3;
    await adviser.getByRole("group", { name: `Viste prosjektet «${factor}»?` }).getByRole("radio", { name: shown ? "Vist" : "Ikke vist", exact: true }).check();
    await adviser.getByRole("textbox", { name: `Hvordan viste prosjektet «${factor}», eller hvorfor ikke?` }).fill(shown ? `Flyt: slik viste prosjektet ${factor}.` : `Flyt: ${factor} ble ikke vist.`);
  }
  await adviser.getByRole("button", { name: "Lagre kartleggingen" }).click();
  await expect(adviser.getByTestId("mapping-progress")).toContainText("10 av 10 suksessfaktorer kartlagt. Kartleggingen er fullført.");

  // 6. The contact publishes.
  await troms.goto(`/admin/prosjekter/${project.id}`);
  await troms.getByRole("button", { name: "Publiser" }).click();
  await expect(troms.getByText("Redaksjonell status er nå «publisert».")).toBeVisible();

  // 7. The example is on the Troms list, documented as «Kartlagt» (read again if a cache still holds the old list).
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await expect(async () => {
    await visitor.goto("/prosjekter?fylke=troms");
    const item = visitor.locator("article, li").filter({ has: visitor.getByRole("link", { name: title }) }).last();
    await expect(item.locator('[data-documentation-level="kartlagt"]')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000, intervals: [1_000, 3_000, 5_000] });

  // 8. The other suggestion is rejected: the suggester is told, and their personal data is gone.
  await troms.goto("/admin/innmeldinger");
  const other = troms.getByRole("listitem").filter({ has: troms.getByRole("heading", { name: rejectedTitle }) });
  await other.getByLabel("Begrunnelse (sendes til innmelderen)").fill("Prosjektet er for nytt til å kartlegges ennå.");
  await other.getByRole("button", { name: "Avvis innmeldingen" }).click();
  await expect(troms.getByRole("status").filter({ hasText: "er avvist" })).toBeVisible();
  const rejection = await mailTo(rejectedEmail, /.+/);
  expect(rejection.text).toContain("Prosjektet er for nytt til å kartlegges ennå.");
  const rejectedId = (await db.project.findFirstOrThrow({ where: { title: rejectedTitle }, select: { id: true } })).id;
  expect(await db.intakeSuggestion.findUniqueOrThrow({ where: { projectId: rejectedId }, select: { status: true } })).toEqual({ status: "rejected" });
  const traces = await db.$queryRaw<{ n: bigint }[]>`
    SELECT (SELECT count(*) FROM intake_contact WHERE project_id = ${rejectedId} OR email = ${rejectedEmail} OR name = ${`Per Avvist ${run}`})
         + (SELECT count(*) FROM audit_log WHERE details::text LIKE ${`%${rejectedEmail}%`} OR details::text LIKE ${`%Per Avvist ${run}%`})
         + (SELECT count(*) FROM revision WHERE snapshot::text LIKE ${`%${rejectedEmail}%`} OR snapshot::text LIKE ${`%Per Avvist ${run}%`}) AS n`;
  expect(Number(traces[0]!.n)).toBe(0);
  // The accepted one's suggester is still on record, for the curators of Troms.
  expect(await db.intakeContact.count({ where: { projectId: project.id, email: suggesterEmail } })).toBe(1);
});

test("in nynorsk: the queue under /nn/admin, its answers and the suggester's mail", async ({ browser }) => {
  const nnTitle = `Fiber til Karlsøy-øyane ${run}`;
  const nnEmail = `flyt-nynorsk-${run}@example.no`;
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const form = await visitor.newPage();
  await form.goto("/nn/meld-inn-prosjekt");
  await form.getByLabel("Namnet på prosjektet *").fill(nnTitle);
  await form.getByLabel("Kommune *").selectOption({ label: "Karlsøy" });
  await form.getByLabel("Kort skildring *").fill("Kommunen bygde fiber ut til øyane, saman med fylket og med statleg støtte.");
  await form.getByLabel("Status *").selectOption({ label: "Avslutta" });
  await form.getByLabel("Namnet ditt *").fill(`Nils Nynorsk ${run}`);
  await form.getByLabel("E-postadresse").fill(nnEmail);
  await form.getByRole("checkbox", { name: /De kan kontakte meg/ }).check();
  await form.getByRole("button", { name: "Send inn forslaget" }).click();
  await expect(form).toHaveURL(/\/nn\/meld-inn-prosjekt\/takk$/);
  await visitor.close();

  // Axe runs as page script: the queue is checked with JavaScript on.
  const looking = await signedIn(browser, "troms");
  await looking.goto("/nn/admin/innmeldinger");
  await expect(looking.getByRole("heading", { level: 1, name: "Innmelde prosjekt" })).toBeVisible();
  await expect(looking.locator("html")).toHaveAttribute("lang", "nn");
  const shown = looking.getByRole("listitem").filter({ has: looking.getByRole("heading", { name: nnTitle }) });
  await expect(shown.getByRole("heading", { name: "Moglege dublettar" })).toBeVisible();
  await expect(shown.getByRole("button", { name: "Ta vidare til kartlegging" })).toBeVisible();
  const results = await new AxeBuilder({ page: looking }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // The actions are plain forms: without JavaScript they answer with a 303 that keeps /nn.
  const troms = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(troms, users.troms);
  await troms.goto("/nn/admin/innmeldinger");
  const card = troms.getByRole("listitem").filter({ has: troms.getByRole("heading", { name: nnTitle }) });
  // A refused action answers in nynorsk, beside the suggestion, and the queue stays under /nn.
  await card.getByLabel("Grunngiving (blir send til innmeldaren)").fill("kort");
  await card.getByRole("button", { name: "Avvis innmeldinga" }).click();
  await expect(troms).toHaveURL(/\/nn\/admin\/innmeldinger#innmelding-\d+$/);
  await expect(card.getByRole("alert")).toContainText("Skriv ei grunngiving (minst 5 teikn).");

  await card.getByLabel("Grunngiving (blir send til innmeldaren)").fill("Prosjektet er for nytt til å bli kartlagt enno.");
  await card.getByRole("button", { name: "Avvis innmeldinga" }).click();
  // (A redirect without a fragment keeps the one the form was sent from.)
  await expect(troms).toHaveURL(/\/nn\/admin\/innmeldinger(#innmelding-\d+)?$/);
  await expect(troms.getByRole("status").filter({ hasText: `«${nnTitle}» er avvist, og innmeldaren har fått e-post. Opplysningane om innmeldaren er sletta.` })).toBeVisible();
  const mail = await mailTo(nnEmail, /.+/);
  expect(mail.text).toContain(`Takk for at du melde inn «${nnTitle}». Vi tek det ikkje med i kunnskapsbanken no.`);
  expect(mail.text).toContain("Helsing Kunnskapsbanken");
  expect(await db.intakeContact.count({ where: { email: nnEmail } })).toBe(0);

  // The notice preference answers in nynorsk too.
  await troms.getByRole("radio", { name: "Éi oppsummering om dagen" }).check();
  await troms.getByRole("button", { name: "Lagre valet" }).click();
  await expect(troms).toHaveURL(/\/nn\/admin\/innmeldinger(#innmelding-\d+)?$/);
  await expect(troms.getByRole("status").filter({ hasText: "No får du éi oppsummering om dagen." })).toBeVisible();
});
