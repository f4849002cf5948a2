import crypto from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";

/**
 * The sign-in path as an attacker would try it, against the production build: spoofed and
 * over-long X-Forwarded-For, open redirects after sign-in, copied cookies after "Logg ut",
 * sessions kept alive by refreshing, and the headers of every page.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const run = crypto.randomBytes(4).toString("hex");
const PASSWORD = `langt-passord-${run}`;
let db: PrismaClient;
const accounts: Record<"guarded" | "admin" | "leaver", { email: string; id: number }> = {} as never;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  for (const key of ["guarded", "admin", "leaver"] as const) {
    const email = `${key}-${run}@example.no`;
    const user = await createUser(db, { email, name: `Sikkerhet ${key} ${run}`, role: "admin", password: PASSWORD, counties: [] });
    accounts[key] = { email, id: user.id };
  }
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/admin/logg-inn");
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/admin/);
}

async function signIn(page: Page, who: keyof typeof accounts) {
  await submitSignIn(page, accounts[who].email, PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
}

test("a forged, 5,000-character X-Forwarded-For neither switches the throttle off nor chooses the address", async ({ page }) => {
  test.setTimeout(120_000);
  for (let i = 0; i < 10; i++) {
    // A different invented chain each time: if the site believed it, every guess would be "new".
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `${crypto.randomBytes(2500).toString("hex")}, 203.0.113.${i}` });
    await submitSignIn(page, accounts.guarded.email, `feil-passord-${i}-som-er-langt`);
    await expect(page.locator("#innlogging-feil")).toContainText("Feil e-postadresse eller passord");
  }
  await submitSignIn(page, accounts.guarded.email, PASSWORD);
  await expect(page.getByText("For mange mislykkede innlogginger. Vent 15 minutter før du prøver igjen.")).toBeVisible();
  // No database error text in the address bar, ever.
  expect(decodeURIComponent(page.url())).not.toMatch(/sign_in|index|Prisma|relation|column/i);
  const rows = await db.auditLog.findMany({ where: { action: "sign_in", details: { path: ["email"], equals: accounts.guarded.email } }, select: { ip: true, outcome: true } });
  expect(rows.filter((r) => r.outcome === "failure")).toHaveLength(10);
  // Every row carries the socket's address, not the header's.
  expect(new Set(rows.map((r) => r.ip))).toEqual(new Set(["127.0.0.1"]));
});

test("after sign-in, callbackUrl cannot send anyone to another site", async ({ page }) => {
  await signIn(page, "admin");
  for (const hostile of ["/%09/evil.example/x", "//evil.example/x", "/%5Cevil.example", "https://evil.example/", "/%252F%252Fevil.example"]) {
    await page.goto(`/admin/logg-inn?callbackUrl=${hostile}`);
    const url = new URL(page.url());
    expect(url.host, hostile).toBe(new URL(test.info().project.use.baseURL!).host);
    expect(url.pathname, hostile).toBe("/admin");
  }
  // A path on this site is still honoured.
  await page.goto(`/admin/logg-inn?callbackUrl=${encodeURIComponent("/admin/logg")}`);
  await expect(page).toHaveURL(/\/admin\/logg$/);
});

test("«Logg ut» ends the session: a copied cookie no longer opens /admin", async ({ page, browser, baseURL }) => {
  await signIn(page, "leaver");
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name === "next-auth.session-token")).toBe(true);
  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/logg-inn/);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/admin");
  await expect(stolen).toHaveURL(/\/admin\/logg-inn/);
  expect(await (await thief.request.get("/api/auth/session")).json()).toEqual({});
  await thief.close();
});

test("a session ends 8 hours after sign-in, however often it was refreshed", async ({ browser, baseURL }) => {
  const secret = process.env.NEXTAUTH_SECRET!;
  const user = await db.user.findUniqueOrThrow({ where: { id: accounts.admin.id }, select: { sessionVersion: true } });
  const now = Math.floor(Date.now() / 1000);
  const cookieFor = async (signedInAt: number) => ({
    name: "next-auth.session-token",
    value: await encode({ token: { sub: String(accounts.admin.id), uid: accounts.admin.id, sv: user.sessionVersion, at: signedInAt }, secret, maxAge: 8 * 60 * 60 }),
    url: baseURL!,
  });

  // Signed in 7 hours ago and refreshed since: still valid, and refreshing keeps the sign-in time.
  const recent = await browser.newContext({ baseURL });
  await recent.addCookies([await cookieFor(now - 7 * 3600)]);
  const session = await recent.request.get("/api/auth/session");
  expect(await session.json()).toMatchObject({ userId: accounts.admin.id });
  const refreshed = (await recent.cookies()).find((c) => c.name === "next-auth.session-token")!;
  const { decode } = await import("next-auth/jwt");
  expect((await decode({ token: refreshed.value, secret }))?.at).toBe(now - 7 * 3600);
  await recent.close();

  // Signed in 8 hours and a minute ago, with a freshly re-encoded (unexpired) token: refused.
  const old = await browser.newContext({ baseURL });
  await old.addCookies([await cookieFor(now - 8 * 3600 - 60)]);
  expect(await (await old.request.get("/api/auth/session")).json()).toEqual({});
  const page = await old.newPage();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/logg-inn/);
  await old.close();
});

const expectedCsp = [/default-src 'self'/, /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/, /object-src 'none'/, /base-uri 'self'/, /form-action 'self'/, /frame-ancestors 'none'/];

function expectProtectiveHeaders(headers: Record<string, string>) {
  for (const pattern of expectedCsp) expect(headers["content-security-policy"]).toMatch(pattern);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Served over plain http here: no HSTS (it would be ignored, and misleads on localhost).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("public and admin pages carry a nonce CSP and the protective headers, with a new nonce each time", async ({ page, request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  expectProtectiveHeaders(first.headers());
  const nonce = (h: Record<string, string>) => /'nonce-([^']+)'/.exec(h["content-security-policy"] ?? "")?.[1];
  expect(nonce(first.headers())).not.toBe(nonce(second.headers()));
  // Next put the nonce on its own scripts.
  expect(await first.text()).toContain(`nonce="${nonce(first.headers())}"`);

  await signIn(page, "admin");
  const admin = await page.request.get("/admin/prosjekter/ny");
  expect(admin.status()).toBe(200);
  expectProtectiveHeaders(admin.headers());
});

test("the admin project form (client JavaScript) works under the CSP without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await signIn(page, "admin");
  await page.goto("/admin/prosjekter/ny");
  // The municipality filter exists only once React has hydrated: scripts ran.
  const finder = page.getByLabel("Finn kommune (navn eller nummer)");
  await expect(finder).toBeVisible();
  await finder.fill("5501");
  await expect(page.getByRole("checkbox", { name: "Tromsø (5501)" })).toBeVisible();
  await page.getByRole("textbox", { name: "Beskrivelse" }).fill("Tekst til forhåndsvisning.");
  await page.getByRole("button", { name: "Forhåndsvis tekst" }).click();
  await expect(page.getByRole("region", { name: "Forhåndsvisning av beskrivelse" })).toContainText("Tekst til forhåndsvisning.");
  await page.goto("/prosjekter");
  await page.goto("/");
  expect(violations).toEqual([]);
});

test("malformed paths and parameters get 4xx or a normal page, never 5xx", async ({ request, page }) => {
  for (const path of ["/prosjekter/%C0%AF", "/rapporter/%FF%FE", "/suksessfaktorer/%C0%AF", "/fokusomrader/%FF", "/fylker/%E0%A4%A", "/api/auth/%FF", "/%C0%AF"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  const csrf = await request.get("/api/auth/csrf?callbackUrl=foo", { maxRedirects: 0 });
  expect(csrf.status()).toBe(400);
  const forgedCookie = await request.get("/api/auth/csrf", { headers: { cookie: "next-auth.callback-url=foo" }, maxRedirects: 0 });
  expect(forgedCookie.status()).toBe(200);
  // A sign-in body larger than any form is refused unread.
  const huge = await request.post("/api/auth/callback/credentials", { form: { email: "a@example.no", password: "x".repeat(20_000) }, maxRedirects: 0 });
  expect(huge.status()).toBe(413);
  const badJson = await request.post("/api/auth/callback/credentials", { headers: { "content-type": "application/json" }, data: Buffer.from("{"), maxRedirects: 0 });
  expect(badJson.status()).toBe(400);

  await signIn(page, "admin");
  for (const path of ["/admin/logg?side=1e300", "/admin/logg?side=-1", "/admin/logg?side=99999999999999999999", "/admin/logg?side=%00", "/admin/prosjekter?status=%FF&fylke=1e300&q=" + "x".repeat(3000), "/admin/prosjekter/1e300", "/admin/prosjekter/-1/historikk", "/admin/rapporter/abc"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
  }
});
