/**
 * `npm run bench`: how the site holds up with many examples. It
 *
 *  1. creates its own database `kb_bench_<random>` on the server in DATABASE_URL (or on an
 *     embedded PostgreSQL when it is unset), applies the migrations and imports content/;
 *  2. adds N synthetic projects (default 100,000, 90 % published; tests/bench/synthetic.ts);
 *  3. creates a county contact (Troms) and an administrator with the project's own user code;
 *  4. builds when stale and starts the production build against that database on BENCH_PORT
 *     (default 3410) with the floor page /bench/gulv switched on;
 *  5. measures each page: p50/p95 latency one request at a time, HTML weight, and requests per
 *     second at 32 connections (autocannon) as a share of the floor's;
 *  6. EXPLAIN (ANALYZE)s the queries the search and list pages run, for their database time;
 *  7. prints the tables (Markdown) and drops the database.
 *
 * It prints figures and asserts no timing. Options: --n 1000 (or --n 1000,100000: one run per
 * size in one invocation, then a table of how each page grew from the smallest to the largest),
 * --seconds 3 (load per page), --keep (leave the databases for a look afterwards).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import os from "node:os";
import "dotenv/config";
import autocannon from "autocannon";
import { PrismaPg } from "@prisma/adapter-pg";
import { buildIfStale } from "@/lib/cli/build";
import { bin, dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "@/lib/cli/database";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { PAGE_SIZE } from "@/lib/projects/page-size";
import { databaseTimes, percentile, type TDatabaseTime } from "@/tests/bench/database-times";
import { fillSynthetic } from "@/tests/bench/synthetic";
import { sweepWeights, type TWeight } from "@/tests/bench/weights";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** `--n 1000,100000`: one run per size, in one invocation, then how each page grew between them. */
function sizes(): number[] {
  const index = process.argv.indexOf("--n");
  const list = (index >= 0 ? (process.argv[index + 1] ?? "") : "100000")
    .split(",")
    .map((part) => Math.floor(Number(part.replace(/_/g, ""))))
    .filter((n) => Number.isFinite(n) && n > 0);
  return list.length > 0 ? [...new Set(list)].sort((a, b) => a - b) : [100_000];
}

const loadSeconds = option("seconds", 3);
const keep = process.argv.includes("--keep");
const port = Number(process.env.BENCH_PORT ?? 3410);
const baseUrl = `http://127.0.0.1:${port}`;
const PASSWORD = crypto.randomBytes(18).toString("base64url");
const CONNECTIONS = 32;
const DEEP_PAGE_PATH = "/prosjekter?side=200";
/** The deep page for a database with `published` examples: 200, or the last full page. */
const deepPage = (published: number) => Math.max(1, Math.min(200, Math.floor(published / PAGE_SIZE)));
// Enough runs that p95 is not simply the slowest of a handful.
const EXPLAIN_RUNS = 20;

const publicPages: { label: string; path: string }[] = [
  { label: "floor (/bench/gulv)", path: "/bench/gulv" },
  { label: "front page", path: "/" },
  { label: "list", path: "/prosjekter" },
  { label: "list, q=bredbånd", path: "/prosjekter?q=bredb%C3%A5nd" },
  { label: "list, q=næringshage", path: "/prosjekter?q=n%C3%A6ringshage" },
  { label: "list, focus area", path: "/prosjekter?fokus=bolig" },
  { label: "list, focus + county", path: "/prosjekter?fokus=bredband&fylke=troms" },
  { label: "list, every filter group (filtre=alle)", path: "/prosjekter?filtre=alle" },
  // Page 200, or the last full page where there are fewer (at 1,000 examples page 200 would be
  // an empty page past the end, and the growth table would compare unlike pages).
  { label: "list, deep page", path: DEEP_PAGE_PATH },
  { label: "list, typo q=bredbånnd", path: "/prosjekter?q=bredb%C3%A5nnd" },
  { label: "site search /sok?q=ungdom", path: "/sok?q=ungdom" },
  { label: "project page", path: "/prosjekter/nord-troms-plankontor" },
  { label: "county /fylker/troms", path: "/fylker/troms" },
  { label: "focus area /fokusomrader/bredband", path: "/fokusomrader/bredband" },
  { label: "success factor /suksessfaktorer/forankring", path: "/suksessfaktorer/forankring" },
  { label: "what works /hva-virker", path: "/hva-virker" },
  { label: "reports /rapporter", path: "/rapporter" },
  { label: "sitemap /sitemap.xml", path: "/sitemap.xml" },
];
/**
 * Filter combinations measured for their database time only (their pages are cached like the
 * rest): a pair project_tally counts, and ones no row counts, whose totals are walks (see
 * ARCHITECTURE.md).
 */
const databaseOnlyPages: { label: string; path: string }[] = [
  { label: "list, focus area + status (a tally pair)", path: "/prosjekter?fokus=bolig&status=pagar" },
  { label: "list, focus + county + status (no tally row)", path: "/prosjekter?fokus=bolig&fylke=troms&status=pagar" },
  { label: "list, population (innbyggere=under-2000)", path: "/prosjekter?innbyggere=under-2000" },
  { label: "list, documentation level (kartlagt)", path: "/prosjekter?dokumentasjon=kartlagt" },
  { label: "list, text + county + status", path: "/prosjekter?q=ungdom&fylke=troms&status=pagar" },
];
const adminPages = [
  { label: "admin dashboard", path: "/admin" },
  { label: "admin project list", path: "/admin/prosjekter" },
];

type TRow = { label: string; path: string; status: number; kb: number; p50: number; p95: number; rps: number; failed: number };

async function waitForSite(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/bench/gulv`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Nettstedet svarte ikke på ${baseUrl} innen ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keepCookies = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  keepCookies(csrf);
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/admin" }),
  });
  keepCookies(response);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`Innloggingen som ${email} ga ingen økt (svar ${response.status})`);
  }
  return cookieHeader();
}

async function measure(label: string, path: string, headers: Record<string, string> = {}): Promise<TRow> {
  const url = `${baseUrl}${path}`;
  // Once more if the first try fails: a kept-alive connection the server closed meanwhile (its
  // keep-alive timeout is 5 s, the previous page's load takes longer) fails the request it is reused for.
  const get = () => fetch(url, { headers, redirect: "manual" });
  const first = await get().catch(get);
  const body = Buffer.from(await first.arrayBuffer());
  // Warm-up, then latency one request at a time, then throughput at 32 connections.
  await autocannon({ url, connections: 2, amount: 6, headers });
  const times: number[] = [];
  const sequential = autocannon({ url, connections: 1, duration: Math.max(1, loadSeconds / 2), headers, timeout: 30 });
  sequential.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  await sequential;
  const loaded = await autocannon({ url, connections: CONNECTIONS, duration: loadSeconds, headers, timeout: 30 });
  return {
    label,
    path,
    status: first.status,
    kb: body.length / 1024,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: loaded.requests.total / (loaded.duration || loadSeconds),
    failed: loaded.non2xx + loaded.errors + loaded.timeouts,
  };
}

function stopServer(site: ChildProcess | undefined): Promise<void> {
  if (!site || site.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    site.once("exit", () => resolve());
    site.kill("SIGTERM");
  });
}

type TSizeRun = { count: number; rows: TRow[]; dbRows: TDatabaseTime[]; weights: TWeight[]; fillSeconds: number };

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

/** One size: its own database, filled, the built site started against it, measured, dropped. */
async function runSize(serverUrl: string, count: number): Promise<TSizeRun> {
  const name = `kb_bench_${crypto.randomBytes(5).toString("hex")}`;
  let site: ChildProcess | undefined;
  try {
    await ensureDatabase(serverUrl, name);
    const databaseUrl = withDatabase(serverUrl, name);
    console.log(`Database ${name}: migrerer og importerer content/ …`);
    await prepareDatabase(databaseUrl, () => undefined);
    console.log(`Lager ${count.toLocaleString("nb")} syntetiske prosjekter …`);
    const filled = await fillSynthetic(databaseUrl, count);
    console.log(`  ${filled.projects} prosjekter (${filled.published} publisert), ${filled.reports} rapporter på ${filled.seconds.toFixed(1)} s`);

    const users = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
    try {
      await createUser(users, { email: "benk-fylke@example.no", name: "Benk Fylkeskontakt", role: "county_contact", password: PASSWORD, counties: ["troms"] });
      await createUser(users, { email: "benk-admin@example.no", name: "Benk Administrator", role: "admin", password: PASSWORD });
    } finally {
      await users.$disconnect();
    }

    // An empty data cache, as lib/cli/serve.mjs starts with: entries from another run (another
    // database) would otherwise be served once.
    rmSync(path.resolve(".next", "cache", "fetch-cache"), { recursive: true, force: true });
    site = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: baseUrl,
        KB_BENCH_FLOOR: "1",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await waitForSite(60_000);

    const rows: TRow[] = [];
    const pages = publicPages.map((page) => (page.path === DEEP_PAGE_PATH ? { ...page, path: `/prosjekter?side=${deepPage(filled.published)}` } : page));
    console.log(`  Dyp side: ${pages.find((page) => page.label === "list, deep page")?.path}`);
    for (const page of pages) rows.push(await measure(page.label, page.path));
    for (const [role, email] of [
      ["county contact", "benk-fylke@example.no"],
      ["admin", "benk-admin@example.no"],
    ] as const) {
      const cookie = await signIn(email);
      for (const page of adminPages) rows.push(await measure(`${page.label} (${role})`, page.path, { cookie }));
    }
    const dbRows = await databaseTimes(databaseUrl, [...pages.filter((p) => p.path.startsWith("/prosjekter?")), ...databaseOnlyPages], EXPLAIN_RUNS);
    const weights = await sweepWeights(baseUrl, databaseUrl);
    return { count, rows, dbRows, weights, fillSeconds: filled.seconds };
  } finally {
    await stopServer(site);
    if (keep) console.log(`Databasen ${name} er beholdt (--keep).`);
    else await dropDatabase(serverUrl, name).catch((error: unknown) => console.error(`Kunne ikke slette ${name}:`, error));
  }
}

function printRun({ count, rows, dbRows, weights, fillSeconds }: TSizeRun) {
  const floor = rows[0]?.rps ?? Number.NaN;
  console.log(`\n${count.toLocaleString("en")} synthetic projects (+ content/, filled in ${fmt(fillSeconds, 1)} s), ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}`);
  console.log(`latency: one request at a time for ${fmt(Math.max(1, loadSeconds / 2), 1)} s; throughput: ${CONNECTIONS} connections for ${fmt(loadSeconds, 1)} s\n`);
  console.log("| page | status | p50 ms | p95 ms | HTML KB | req/s | % of floor |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    const failed = row.failed > 0 ? ` (${row.failed} failed)` : "";
    console.log(`| ${row.label} | ${row.status} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.kb, 1)} | ${fmt(row.rps)}${failed} | ${fmt((100 * row.rps) / floor)} % |`);
  }
  console.log(`\nDatabase time (EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) after one warm-up run, planning + execution, all of a page's queries, ${EXPLAIN_RUNS} runs; buffers: 8 KB blocks read, once, independent of the machine's load)\n`);
  console.log("| search | queries | p50 ms | p95 ms | buffers |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const row of dbRows) console.log(`| ${row.label} | ${row.queries} | ${fmt(row.p50, 1)} | ${fmt(row.p95, 1)} | ${row.buffers} |`);
  const over = weights.filter((w) => w.kb > 100);
  const failed = weights.filter((w) => w.status !== 200);
  console.log(`\nPage weight: ${weights.length} public pages (bokmål and nynorsk, every county, focus area and success factor, a sample of the rest); over 100 KB: ${over.length}${failed.length > 0 ? `; not 200: ${failed.map((w) => `${w.path} (${w.status})`).join(", ")}` : ""}. The heaviest:\n`);
  console.log("| page | status | HTML KB |");
  console.log("| --- | --- | --- |");
  for (const w of [...weights.slice(0, 6), ...over.slice(6)]) console.log(`| ${w.path} | ${w.status} | ${fmt(w.kb, 1)} |`);
}

/**
 * Growth from the smallest size to the largest, per page: latency and database time as
 * largest ÷ smallest, throughput as smallest ÷ largest (so above 1 is always "slower"), and
 * throughput's share of the floor, which cancels the machine's load between the two runs.
 */
function printGrowth(small: TSizeRun, large: TSizeRun) {
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  const floorOf = (run: TSizeRun) => run.rows[0]?.rps ?? Number.NaN;
  const n = (run: TSizeRun) => run.count.toLocaleString("en");
  console.log(`\nGrowth from ${n(small)} to ${n(large)} examples (× = ${n(large)} ÷ ${n(small)}; throughput and share of floor: ${n(small)} ÷ ${n(large)})\n`);
  console.log("| page | p50 × | p95 × | HTML × | req/s × | share of floor × | worst × |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of large.rows) {
    const before = small.rows.find((r) => r.label === row.label);
    if (!before) continue;
    const values = [
      ratio(row.p50, before.p50),
      ratio(row.p95, before.p95),
      ratio(row.kb, before.kb),
      ratio(before.rps, row.rps),
      ratio(before.rps / floorOf(small), row.rps / floorOf(large)),
    ];
    const worst = Math.max(...values.filter(Number.isFinite));
    console.log(`| ${row.label} | ${values.map((v) => fmt(v, 2)).join(" | ")} | ${fmt(worst, 2)} |`);
  }
  console.log("\n| search | DB p50 × | DB p95 × | buffers × |");
  console.log("| --- | --- | --- | --- |");
  for (const row of large.dbRows) {
    const before = small.dbRows.find((r) => r.label === row.label);
    if (before) console.log(`| ${row.label} | ${fmt(ratio(row.p50, before.p50), 2)} | ${fmt(ratio(row.p95, before.p95), 2)} | ${fmt(ratio(row.buffers, before.buffers), 2)} |`);
  }
}

async function main() {
  const started = Date.now();
  let embedded: EmbeddedServer | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ folder: "bench-postgres", port: Number(process.env.EMBEDDED_BENCH_PG_PORT ?? 54349), persistent: false });
    serverUrl = embedded.serverUrl;
  }
  try {
    if (await buildIfStale()) console.log("Bygget er oppdatert.");
    const runs: TSizeRun[] = [];
    for (const count of sizes()) {
      const run = await runSize(serverUrl, count);
      runs.push(run);
      printRun(run);
    }
    const [smallest, largest] = [runs[0], runs.at(-1)];
    if (smallest && largest && runs.length > 1) printGrowth(smallest, largest);
    console.log(`\nFerdig på ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
