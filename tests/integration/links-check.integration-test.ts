import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { checkUrl } from "@/lib/links/check-url";
import { checkAllSourceLinks, type TLinkRunOptions } from "@/lib/links/run";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

/**
 * A local HTTP server in the test (these machines have no internet): one path per case the link
 * checker must tell apart, including one that never answers.
 */
let server: http.Server;
let base: string;
const hits: string[] = [];
const hanging = new Set<http.ServerResponse>();

function startServer(): Promise<void> {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const path = new URL(req.url ?? "/", "http://x").pathname;
    switch (path) {
      case "/ok":
        res.writeHead(200, { "content-type": "text/html" }).end("<p>ok</p>");
        return;
      case "/flyttet":
        res.writeHead(301, { location: "/ok" }).end();
        return;
      case "/flyttet-to-ganger":
        res.writeHead(302, { location: `${base}/flyttet` }).end();
        return;
      case "/sirkel":
        res.writeHead(302, { location: "/sirkel" }).end();
        return;
      case "/mangler":
        res.writeHead(404).end("finnes ikke");
        return;
      case "/feil":
        res.writeHead(500).end("feil");
        return;
      case "/uten-head":
        if (req.method === "HEAD") res.writeHead(405, { allow: "GET" }).end();
        else res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
        return;
      case "/henger":
        // Never answers: the checker must give up on its own.
        hanging.add(res);
        return;
      default:
        res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

const options: TLinkRunOptions = { concurrency: 4, timeoutMs: 2000, budgetMs: 4000, maxRedirects: 3, allowPrivate: true, deadlineMs: 20_000 };

let db: PrismaClient;
let drop: () => Promise<void>;

beforeAll(async () => {
  await startServer();
  const isolated = await createIsolatedDatabase("links");
  drop = isolated.drop;
  db = createPrismaClient(isolated.url);
  await db.county.create({ data: { number: "55", name: "Troms", slug: "troms" } });
  await db.municipality.create({ data: { number: "5501", name: "Tromsø", countyNumber: "55" } });
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => server.close(resolve));
  await db?.$disconnect();
  await drop?.();
});

describe("checkUrl against a local server", () => {
  it("tells each answer apart, and gives up on the hanging one within its bound", async () => {
    const check = (path: string) => checkUrl(`${base}${path}`, options);
    const started = Date.now();
    const [ok, moved, twice, missing, failing, noHead, hang, circle] = await Promise.all(
      ["/ok", "/flyttet", "/flyttet-to-ganger", "/mangler", "/feil", "/uten-head", "/henger", "/sirkel"].map(check),
    );
    expect(Date.now() - started).toBeLessThan(options.budgetMs + 1000);
    expect(ok).toMatchObject({ ok: true, status: 200, method: "HEAD", redirects: 0, finalUrl: null, error: null });
    expect(moved).toMatchObject({ ok: true, status: 200, redirects: 1, finalUrl: `${base}/ok` });
    expect(twice).toMatchObject({ ok: true, status: 200, redirects: 2, finalUrl: `${base}/ok` });
    expect(missing).toMatchObject({ ok: false, status: 404, method: "GET", error: "HTTP 404" });
    expect(failing).toMatchObject({ ok: false, status: 500, error: "HTTP 500" });
    expect(noHead).toMatchObject({ ok: true, status: 200, method: "GET" });
    expect(hang).toMatchObject({ ok: false, status: null, error: "svarte ikke innen 2 s" });
    expect(circle).toMatchObject({ ok: false, status: 302, redirects: 3, error: "mer enn 3 videresendinger" });
    expect(hits).toContain("HEAD /uten-head");
    expect(hits).toContain("GET /uten-head");
  });

  it("refuses loopback and private targets unless allowed, without connecting", async () => {
    const before = hits.length;
    const strict = { ...options, allowPrivate: false };
    const literal = await checkUrl(`${base}/ok`, strict);
    expect(literal).toMatchObject({ ok: false, status: null });
    expect(literal.error).toMatch(/127\.0\.0\.1 er på et privat nett/);
    // A name is checked on the address it resolves to.
    const named = await checkUrl(`${base.replace("127.0.0.1", "localhost")}/ok`, strict);
    expect(named.ok).toBe(false);
    expect(named.error).toMatch(/privat nett eller denne maskinen/);
    for (const target of ["http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::ffff:127.0.0.1]/"]) {
      expect((await checkUrl(target, strict)).error).toMatch(/privat nett/);
    }
    expect(hits.length).toBe(before);
    expect((await checkUrl("ftp://example.org/fil", strict)).error).toBe("bare http- og https-adresser sjekkes");
    expect((await checkUrl("ikke en adresse", strict)).error).toBe("ikke en gyldig adresse");
  });
});

describe("npm run links:check", () => {
  it("checks every source of every project and report, stores one row per record and URL, and keeps within its deadline", async () => {
    const sources = (paths: string[]) => paths.map((path, i) => ({ title: `Kilde ${i + 1}`, url: `${base}${path}` }));
    const project = (slug: string, paths: string[]) =>
      db.project.create({
        data: { slug, title: slug, summary: "Test.", status: "avsluttet", sources: sources(paths), municipalities: { create: { municipalityNumber: "5501" } } },
      });
    const a = await project("lenke-a", ["/ok", "/flyttet", "/mangler", "/henger"]);
    const b = await project("lenke-b", ["/ok", "/feil", "/uten-head"]);
    await db.project.create({ data: { slug: "lenke-uten-kilder", title: "Uten kilder", summary: "Test.", status: "avsluttet" } });
    const report = await db.report.create({
      data: { slug: "lenke-rapport", title: "Rapport", year: 2020, kind: "rapport", summary: "Test.", url: `${base}/flyttet`, sources: [{ title: "Uten adresse" }] },
    });

    hits.length = 0;
    const started = Date.now();
    const summary = await checkAllSourceLinks(db, { ...options, batchSize: 2 });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(summary).toMatchObject({ records: 4, urls: 6, checked: 6, ok: 3, broken: 3, notChecked: 0, deadlineReached: false });
    // Each distinct URL is fetched once, however many records cite it.
    expect(hits.filter((h) => h === "HEAD /ok").length).toBe(2); // /ok itself, and the end of /flyttet

    const rows = await db.sourceLinkCheck.findMany({ orderBy: [{ entityType: "asc" }, { entityId: "asc" }, { url: "asc" }] });
    const byUrl = (entityId: number, path: string, entityType = "project") =>
      rows.find((r) => r.entityType === entityType && r.entityId === entityId && r.url === `${base}${path}`);
    expect(rows).toHaveLength(8);
    expect(byUrl(a.id, "/ok")).toMatchObject({ ok: true, status: 200, method: "HEAD", redirects: 0 });
    expect(byUrl(a.id, "/flyttet")).toMatchObject({ ok: true, status: 200, redirects: 1, finalUrl: `${base}/ok` });
    expect(byUrl(a.id, "/mangler")).toMatchObject({ ok: false, status: 404, error: "HTTP 404" });
    expect(byUrl(a.id, "/henger")).toMatchObject({ ok: false, status: null, error: "svarte ikke innen 2 s" });
    expect(byUrl(b.id, "/feil")).toMatchObject({ ok: false, status: 500 });
    expect(byUrl(b.id, "/uten-head")).toMatchObject({ ok: true, method: "GET" });
    expect(byUrl(report.id, "/flyttet", "report")).toMatchObject({ entityType: "report", ok: true, redirects: 1 });
    for (const row of rows) {
      expect(Math.abs(row.checkedAt.getTime() - Date.now())).toBeLessThan(60_000);
      expect(row.durationMs).toBeGreaterThanOrEqual(0);
    }

    // A source removed from a record loses its row on the next run; a deleted record loses all.
    await db.project.update({ where: { id: a.id }, data: { sources: sources(["/ok"]) } });
    await db.project.delete({ where: { id: b.id } });
    await checkAllSourceLinks(db, options);
    const after = await db.sourceLinkCheck.findMany({ select: { entityType: true, entityId: true, url: true } });
    expect(after.sort((x, y) => x.entityType.localeCompare(y.entityType))).toEqual([
      { entityType: "project", entityId: a.id, url: `${base}/ok` },
      { entityType: "report", entityId: report.id, url: `${base}/flyttet` },
    ]);
  });

  it("stops at the run's deadline however many hosts hang, and keeps earlier results of what it did not check", async () => {
    await db.project.create({
      data: {
        slug: "lenke-mange-heng",
        title: "Mange som henger",
        summary: "Test.",
        status: "avsluttet",
        sources: Array.from({ length: 12 }, (_, i) => ({ title: `Heng ${i}`, url: `${base}/henger?n=${i}` })),
      },
    });
    const started = Date.now();
    const summary = await checkAllSourceLinks(db, { ...options, concurrency: 2, timeoutMs: 5_000, budgetMs: 10_000, deadlineMs: 1_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2_500);
    expect(summary.deadlineReached).toBe(true);
    expect(summary.notChecked).toBeGreaterThan(0);
    // What the deadline cut off is not recorded as broken.
    expect(await db.sourceLinkCheck.count({ where: { url: { contains: "/henger?n=" } } })).toBe(0);
    // The earlier rows are still there.
    expect(await db.sourceLinkCheck.count()).toBeGreaterThanOrEqual(1);
  });
});

describe("the dashboard's broken sources", () => {
  it("lists them by county to whoever may edit there, pages them, and marks sources changed since the check", async () => {
    await db.county.create({ data: { number: "18", name: "Nordland", slug: "nordland" } });
    await db.municipality.create({ data: { number: "1804", name: "Bodø", countyNumber: "18" } });
    const user = (email: string, role: "admin" | "county_contact" | "adviser", counties: string[] = []) =>
      db.user.create({ data: { email, name: email, role, passwordHash: "x", counties: { create: counties.map((countyNumber) => ({ countyNumber })) } } });
    const [admin, troms, adviser] = await Promise.all([user("admin@l.test", "admin"), user("troms@l.test", "county_contact", ["55"]), user("rådgiver@l.test", "adviser")]);
    const actor = (u: { id: number; email: string; name: string; role: "admin" | "county_contact" | "adviser" }, counties: string[] = []) => ({ ...u, counties });

    // 25 broken sources in Troms (more than a page), one in Nordland, one in both.
    const mk = (slug: string, municipalities: string[], urls: string[]) =>
      db.project.create({
        data: {
          slug,
          title: slug,
          summary: "Test.",
          status: "avsluttet",
          sources: urls.map((url) => ({ title: url, url })),
          municipalities: { create: municipalities.map((municipalityNumber) => ({ municipalityNumber })) },
        },
      });
    const tromsProjects = await Promise.all(Array.from({ length: 25 }, (_, i) => mk(`brutt-troms-${String(i).padStart(2, "0")}`, ["5501"], [`${base}/mangler?t=${i}`])));
    const nordland = await mk("brutt-nordland", ["1804"], [`${base}/feil?n=1`]);
    const both = await mk("brutt-begge", ["5501", "1804"], [`${base}/mangler?b=1`]);
    await checkAllSourceLinks(db, options);
    const { findBrokenSourceLinks, BROKEN_LINKS_PAGE_SIZE } = await import("@/lib/links/broken");

    const forAdmin = (await findBrokenSourceLinks(actor(admin), 1, db))!;
    const brokenOf = (r: { byCounty: { countyName: string; count: number }[] }) => Object.fromEntries(r.byCounty.map((c) => [c.countyName, c.count]));
    // Earlier tests left /mangler, /henger in Troms too; count only what this test made.
    const adminCounts = brokenOf(forAdmin);
    expect(adminCounts.Nordland).toBe(2);
    expect(adminCounts.Troms).toBeGreaterThanOrEqual(26);
    expect(forAdmin.projects).toHaveLength(BROKEN_LINKS_PAGE_SIZE);
    expect(forAdmin.pageCount).toBe(Math.ceil(forAdmin.total / BROKEN_LINKS_PAGE_SIZE));
    expect(forAdmin.projects[0]!.countyName).toBe("Nordland");

    const forTroms = (await findBrokenSourceLinks(actor(troms, ["55"]), 2, db))!;
    expect(Object.keys(brokenOf(forTroms))).toEqual(["Troms"]);
    const allTroms = [...(await findBrokenSourceLinks(actor(troms, ["55"]), 1, db))!.projects, ...forTroms.projects];
    expect(allTroms.map((r) => r.id)).toEqual(expect.arrayContaining([...tromsProjects.map((p) => p.id), both.id]));
    expect(allTroms.some((r) => r.id === nordland.id)).toBe(false);
    // The Troms contact may not edit the project that is also in Nordland.
    expect(allTroms.find((r) => r.id === both.id)!.editable).toBe(false);
    expect(allTroms.find((r) => r.id === tromsProjects[0]!.id)!.editable).toBe(true);

    expect(await findBrokenSourceLinks(actor(adviser), 1, db)).toBeNull();

    expect(forAdmin.projects.find((r) => r.id === both.id)?.stillCited ?? true).toBe(true);
    // Fixed in the record, not yet re-checked: still listed (until the next run), marked as changed.
    await db.project.update({ where: { id: nordland.id }, data: { sources: [{ title: "Ny", url: `${base}/ok` }] } });
    const fixed = (await findBrokenSourceLinks(actor(admin), 1, db))!;
    expect(fixed.projects.find((r) => r.id === nordland.id)).toMatchObject({ countyName: "Nordland", stillCited: false });
    expect(fixed.projects.find((r) => r.id === both.id)).toMatchObject({ stillCited: true });
    await checkAllSourceLinks(db, options);
    expect(brokenOf((await findBrokenSourceLinks(actor(admin), 1, db))!).Nordland).toBe(1);
  });
});
