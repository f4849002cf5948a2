import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { loadContent } from "@/lib/content/load";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";
import { defined } from "@/tests/support/defined";

/**
 * /api/v1 against real PostgreSQL with content/ imported and an unpublished project added. Every
 * response, errors included, is validated with a real JSON Schema validator (Ajv, draft 2020-12)
 * against the schema that /api/v1/openapi.json declares for that path and status.
 */

const database = await createIsolatedDatabase("api");
process.env.DATABASE_URL = database.url;
delete (globalThis as { prisma?: PrismaClient }).prisma;
const { db } = await import("@/lib/db");

const routes = {
  openapi: await import("@/app/api/v1/openapi.json/route"),
  projects: await import("@/app/api/v1/prosjekter/route"),
  project: await import("@/app/api/v1/prosjekter/[slug]/route"),
  reports: await import("@/app/api/v1/rapporter/route"),
  report: await import("@/app/api/v1/rapporter/[slug]/route"),
  factors: await import("@/app/api/v1/suksessfaktorer/route"),
  focusAreas: await import("@/app/api/v1/fokusomrader/route"),
  counties: await import("@/app/api/v1/fylker/route"),
  municipalities: await import("@/app/api/v1/kommuner/route"),
  projectsCsv: await import("@/app/api/v1/prosjekter.csv/route"),
  reportsCsv: await import("@/app/api/v1/rapporter.csv/route"),
};
const { findMatchingProjectIdsAfter, findProjectListing } = await import("@/lib/search/project-search");
const { parseProjectFilters } = await import("@/lib/projects/filters");

const content = loadContent();
const published = content.projects.filter((p) => p.state === "publisert");
const publishedReports = content.reports.filter((r) => r.state === "publisert");
const HIDDEN = "skjult-api-kandidat";

const BASE = "http://localhost:3000/api/v1";
const req = (path: string, headers: Record<string, string> = {}, method = "GET") => new Request(`${BASE}${path}`, { headers, method });
const withSlug = (slug: string) => ({ params: Promise.resolve({ slug }) });

type TDoc = { openapi: string; paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }> };
let doc: TDoc;
let ajv: Ajv2020;

/** Validates a response body against the schema the document gives for this path and status. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the validator, not TypeScript, checks the body's shape here
async function expectDocumented(template: string, response: Response): Promise<any> {
  const body = await response.json();
  const declared = doc.paths[template]?.get.responses[String(response.status)];
  expect(declared, `${template} documents status ${response.status}`).toBeDefined();
  const schema = declared!.content?.["application/json"]?.schema;
  expect(schema, `${template} ${response.status} has a JSON schema`).toBeDefined();
  const validate = ajv.compile({ $ref: `openapi.json${(schema as { $ref: string }).$ref}` });
  const valid = validate(body);
  expect(validate.errors ?? [], `${template} ${response.status}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
  expect(valid).toBe(true);
  return body;
}

function expectApiHeaders(response: Response) {
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("link")).toBe('<https://data.norge.no/nlod/no/2.0>; rel="license"');
}

beforeAll(async () => {
  await importContent(db);
  const bredband = await db.focusArea.findUniqueOrThrow({ where: { slug: "bredband" }, select: { id: true } });
  await db.project.create({
    data: {
      slug: HIDDEN,
      title: "Skjult kandidat i API-et",
      summary: "Skal aldri vises offentlig.",
      status: "pagar",
      state: "kandidat",
      municipalities: { create: [{ municipalityNumber: "5546" }] },
      focusAreas: { create: { focusAreaId: bredband.id } },
    },
  });
  const response = await routes.openapi.GET(req("/openapi.json"));
  expect(response.status).toBe(200);
  doc = await response.json();
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(doc, "openapi.json");
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the licence, and every component schema compiles", () => {
    expect(doc.openapi).toBe("3.1.0");
    const info = (doc as unknown as { info: { license: { url: string } } }).info;
    expect(info.license.url).toBe("https://data.norge.no/nlod/no/2.0");
    const components = (doc as unknown as { components: { schemas: Record<string, object> } }).components.schemas;
    for (const id of Object.keys(components)) expect(() => ajv.compile({ $ref: `openapi.json#/components/schemas/${id}` }), id).not.toThrow();
    for (const path of ["/prosjekter", "/prosjekter/{slug}", "/rapporter", "/rapporter/{slug}", "/suksessfaktorer", "/fokusomrader", "/fylker", "/kommuner"]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });

  it("documents every filter parameter of /prosjekter, taken from the page's parser", () => {
    const params = (defined(doc.paths["/prosjekter"], "/prosjekter in the OpenAPI document").get as unknown as { parameters: { name: string }[] }).parameters.map((p) => p.name);
    for (const name of ["q", "fokus", "fylke", "kommune", "faktor", "status", "fra", "til", "side", "antall"]) expect(params).toContain(name);
  });

  it("rejects a body that breaks the schema (the validator can fail)", () => {
    const validate = ajv.compile({ $ref: "openapi.json#/components/schemas/ProsjektListe" });
    expect(validate({ data: [{ slug: "x" }], side: 1 })).toBe(false);
  });
});

describe("/api/v1/prosjekter", () => {
  it("lists published examples only, 20 per page, newest first, with the licence", async () => {
    const response = await routes.projects.GET(req("/prosjekter"));
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(response.headers.get("cache-control")).toContain("max-age");
    expect(response.headers.get("last-modified")).toBeTruthy();
    const body = await expectDocumented("/prosjekter", response);
    expect(body.totalt).toBe(published.length);
    expect(body.data).toHaveLength(Math.min(20, published.length));
    expect(body.data.map((p: { slug: string }) => p.slug)).not.toContain(HIDDEN);
    expect(body.lisens.kilde).toBe("Distriktssenteret – Kunnskapsbanken");
  });

  it("filters exactly as /prosjekter does, with the same parameter names", async () => {
    const query = "fokus=bredband&fylke=troms&status=avsluttet";
    const response = await routes.projects.GET(req(`/prosjekter?${query}&antall=100`));
    const body = await expectDocumented("/prosjekter", response);
    const page = await findProjectListing(parseProjectFilters(Object.fromEntries(new URLSearchParams(query))).filters, db, 100);
    expect(body.totalt).toBe(page.total);
    expect(body.totalt).toBeGreaterThan(0);
    expect(body.data.map((p: { slug: string }) => p.slug)).toEqual(page.projects.map((p) => p.slug));
    for (const project of body.data) {
      expect(project.fokusomrader.map((f: { slug: string }) => f.slug)).toContain("bredband");
      expect(project.fylker.map((f: { slug: string }) => f.slug)).toContain("troms");
      expect(project.status).toBe("avsluttet");
    }
  });

  it("pages through every match once, following lenker.neste", async () => {
    const seen: string[] = [];
    let next: string | null = `${BASE}/prosjekter?antall=7`;
    let pages = 0;
    while (next) {
      const path: string = next.replace(/^https?:\/\/[^/]+\/api\/v1/, "");
      const body = await expectDocumented("/prosjekter", await routes.projects.GET(req(path)));
      seen.push(...body.data.map((p: { slug: string }) => p.slug));
      expect(body.antall).toBe(7);
      next = body.lenker.neste;
      pages += 1;
      expect(pages).toBeLessThan(20);
    }
    expect(seen).toHaveLength(published.length);
    expect(new Set(seen).size).toBe(published.length);
  });

  it("a real municipality with no published examples gives an empty list, not everything", async () => {
    const none = await db.municipality.findFirstOrThrow({
      where: { projects: { none: { project: { state: "publisert" } } } },
      select: { number: true },
    });
    const body = await expectDocumented("/prosjekter", await routes.projects.GET(req(`/prosjekter?kommune=${none.number}`)));
    expect(body.totalt).toBe(0);
    expect(body.data).toEqual([]);
  });

  it.each([
    ["fylke=atlantis", "fylke"],
    ["fokus=finnes-ikke", "fokus"],
    ["faktor=Ikke%20en%20slug", "faktor"],
    ["fra=tjuetjue", "fra"],
    ["til=99999", "til"],
    ["status=ferdig", "status"],
    ["kommune=12", "kommune"],
    ["side=0", "side"],
    ["antall=101", "antall"],
    ["antall=abc", "antall"],
    ["fylk=troms", "fylk"],
    ["fylke=troms&fylke=nordland", "fylke"],
    ["fylke=troms&kommune=1804", "kommune"],
  ])("?%s → 400 naming %s", async (query, param) => {
    const response = await routes.projects.GET(req(`/prosjekter?${query}`));
    expect(response.status).toBe(400);
    expectApiHeaders(response);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await expectDocumented("/prosjekter", response);
    expect(body.feil.parametere.map((p: { navn: string }) => p.navn)).toContain(param);
    expect(body.feil.melding).toContain(param);
  });

  it("cleans control characters in q as the page does: never a 500", async () => {
    const response = await routes.projects.GET(req("/prosjekter?q=%00bredb%C3%A5nd%00"));
    expect(response.status).toBe(200);
    await expectDocumented("/prosjekter", response);
  });

  it("answers a repeated request with 304 when the ETag matches, and 200 when it does not", async () => {
    const first = await routes.projects.GET(req("/prosjekter?fokus=bredband"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await routes.projects.GET(req("/prosjekter?fokus=bredband", { "If-None-Match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expectApiHeaders(again);
    const weak = await routes.projects.GET(req("/prosjekter?fokus=bredband", { "If-None-Match": `"annen", W/${etag}` }));
    expect(weak.status).toBe(304);
    const other = await routes.projects.GET(req("/prosjekter?fokus=bredband", { "If-None-Match": '"noe-annet"' }));
    expect(other.status).toBe(200);
    const since = await routes.projects.GET(req("/prosjekter", { "If-Modified-Since": first.headers.get("last-modified")! }));
    expect(since.status).toBe(304);
    const before = await routes.projects.GET(req("/prosjekter", { "If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" }));
    expect(before.status).toBe(200);
  });

  it("changes the ETag when a published example changes", async () => {
    const response = await routes.projects.GET(req("/prosjekter"));
    const before = response.headers.get("etag");
    const shown = (await response.json()).data[0].slug;
    const first = await db.project.findUniqueOrThrow({ where: { slug: shown }, select: { id: true, summary: true } });
    await db.project.update({ where: { id: first.id }, data: { summary: `${first.summary} (endret)` } });
    const after = (await routes.projects.GET(req("/prosjekter"))).headers.get("etag");
    await db.project.update({ where: { id: first.id }, data: { summary: first.summary } });
    expect(after).not.toBe(before);
  });

  it("answers the CORS preflight", async () => {
    const response = routes.projects.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});

describe("/api/v1/prosjekter/{slug}", () => {
  it("gives a published example with every public field", async () => {
    const slug = published.find((p) => p.successFactors.length > 0)!.slug;
    const response = await routes.project.GET(req(`/prosjekter/${slug}`), withSlug(slug));
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    const body = await expectDocumented("/prosjekter/{slug}", response);
    expect(body.data.slug).toBe(slug);
    expect(body.data.suksessfaktorer.length).toBeGreaterThan(0);
    expect(body.data.kommuner.length).toBeGreaterThan(0);
    expect(body.data.url).toBe(`http://localhost:3000/prosjekter/${slug}`);
    const again = await routes.project.GET(req(`/prosjekter/${slug}`, { "If-None-Match": response.headers.get("etag")! }), withSlug(slug));
    expect(again.status).toBe(304);
  });

  it.each([HIDDEN, "finnes-ikke", "..%2F..%2Fetc", "Store-Bokstaver", "x".repeat(500)])("404 for «%s»", async (slug) => {
    const response = await routes.project.GET(req(`/prosjekter/${encodeURIComponent(slug)}`), withSlug(slug));
    expect(response.status).toBe(404);
    expectApiHeaders(response);
    const body = await expectDocumented("/prosjekter/{slug}", response);
    expect(body.feil.status).toBe(404);
  });
});

describe("/api/v1/rapporter", () => {
  it("lists published reports, paged", async () => {
    const body = await expectDocumented("/rapporter", await routes.reports.GET(req("/rapporter?antall=5")));
    expect(body.totalt).toBe(publishedReports.length);
    expect(body.data).toHaveLength(Math.min(5, publishedReports.length));
    const all: string[] = [];
    for (let side = 1; side <= body.sider; side += 1) {
      const page = await expectDocumented("/rapporter", await routes.reports.GET(req(`/rapporter?antall=5&side=${side}`)));
      all.push(...page.data.map((r: { slug: string }) => r.slug));
    }
    expect(new Set(all).size).toBe(publishedReports.length);
  });

  it("filters as /rapporter does", async () => {
    const body = await expectDocumented("/rapporter", await routes.reports.GET(req("/rapporter?fokus=bredband&antall=100")));
    const expected = publishedReports.filter((r) => r.focusAreas.includes("bredband")).map((r) => r.slug).sort();
    expect(body.data.map((r: { slug: string }) => r.slug).sort()).toEqual(expected);
  });

  it.each([
    ["ar=20x0", "ar"],
    ["type=roman", "type"],
    ["fokus=finnes-ikke", "fokus"],
    ["fokus=IKKE_SLUG", "fokus"],
    ["side=-1", "side"],
    ["antall=0", "antall"],
    ["sortering=navn", "sortering"],
  ])("?%s → 400 naming %s", async (query, param) => {
    const response = await routes.reports.GET(req(`/rapporter?${query}`));
    expect(response.status).toBe(400);
    const body = await expectDocumented("/rapporter", response);
    expect(body.feil.parametere.map((p: { navn: string }) => p.navn)).toContain(param);
  });

  it("gives one report, and 404 for one that does not exist", async () => {
    const slug = defined(publishedReports[0], "a published report").slug;
    const found = await expectDocumented("/rapporter/{slug}", await routes.report.GET(req(`/rapporter/${slug}`), withSlug(slug)));
    expect(found.data.slug).toBe(slug);
    const missing = await routes.report.GET(req("/rapporter/finnes-ikke"), withSlug("finnes-ikke"));
    expect(missing.status).toBe(404);
    await expectDocumented("/rapporter/{slug}", missing);
  });
});

describe("the taxonomies", () => {
  it("lists success factors, focus areas, counties and municipalities with published counts", async () => {
    const factors = await expectDocumented("/suksessfaktorer", await routes.factors.GET(req("/suksessfaktorer")));
    expect(factors.data).toHaveLength(content["success-factors"].length);
    const areas = await expectDocumented("/fokusomrader", await routes.focusAreas.GET(req("/fokusomrader")));
    const bredband = areas.data.find((a: { slug: string }) => a.slug === "bredband");
    expect(bredband.antallEksempler).toBe(published.filter((p) => p.focusAreas.includes("bredband")).length);
    const counties = await expectDocumented("/fylker", await routes.counties.GET(req("/fylker")));
    expect(counties.totalt).toBe(15);
    const municipalities = await expectDocumented("/kommuner", await routes.municipalities.GET(req("/kommuner")));
    expect(municipalities.totalt).toBe(357);
    const sum = municipalities.data.reduce((n: number, m: { antallEksempler: number }) => n + m.antallEksempler, 0);
    expect(sum).toBe(await db.projectMunicipality.count({ where: { project: { state: "publisert" } } }));
  });

  it("refuses parameters it does not take", async () => {
    const response = await routes.counties.GET(req("/fylker?navn=troms"));
    expect(response.status).toBe(400);
    await expectDocumented("/fylker", response);
  });
});

/** Splits CSV text (semicolons, quoted fields with doubled quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("CSV", () => {
  it("streams the whole filtered list with a BOM and semicolons, the same examples as the list", async () => {
    const query = "fokus=bredband&fylke=troms";
    const response = await routes.projectsCsv.GET(req(`/prosjekter.csv?${query}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    expectApiHeaders(response);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM it just read.
    const rows = parseCsv(new TextDecoder().decode(bytes));
    const header = defined(rows[0], "the CSV header");
    expect(header.slice(0, 3)).toEqual(["slug", "tittel", "status"]);
    const listing = await findProjectListing(parseProjectFilters(Object.fromEntries(new URLSearchParams(query))).filters, db, 100);
    expect(rows.slice(1).map((r) => r[0])).toEqual(listing.projects.map((p) => p.slug));
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      expect(row[8]).toContain("Troms");
      expect(row[9]).toContain("Bredbånd");
      expect(row[5]).toMatch(/^\d{4}(, \d{4})*$/);
    }
  });

  it("refuses bad filters with a JSON 400, as the API does", async () => {
    const response = await routes.projectsCsv.GET(req("/prosjekter.csv?fylke=atlantis"));
    expect(response.status).toBe(400);
    const body = await expectDocumented("/prosjekter.csv", response);
    expect(body.feil.parametere[0].navn).toBe("fylke");
  });

  it("walks every match by keyset in exactly the list's order, also for a text search", async () => {
    for (const params of [{}, { q: "bredbånd" }, { fylke: "troms", status: "avsluttet" }]) {
      const filters = parseProjectFilters(params).filters;
      const listing = await findProjectListing(filters, db, 100);
      const walked: number[] = [];
      let cursor = null;
      do {
        const page: Awaited<ReturnType<typeof findMatchingProjectIdsAfter>> = await findMatchingProjectIdsAfter(listing.match, cursor, 3, db);
        walked.push(...page.ids);
        cursor = page.next;
      } while (cursor);
      expect(walked, JSON.stringify(params)).toEqual(listing.projects.map((p) => p.id));
    }
  });

  it("gives the reports list as CSV", async () => {
    const response = await routes.reportsCsv.GET(req("/rapporter.csv?fokus=bredband"));
    expect(response.status).toBe(200);
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    const expected = publishedReports.filter((r) => r.focusAreas.includes("bredband")).map((r) => r.slug).sort();
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(expected);
  });
});
