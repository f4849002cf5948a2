import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { loadContent } from "@/lib/content/load";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

/**
 * The Atom feeds against real PostgreSQL: well-formed XML, the elements RFC 4287 requires of a
 * feed and of each entry, escaping of hostile titles, filters by focus area and county.
 */

const database = await createIsolatedDatabase("feeds");
process.env.DATABASE_URL = database.url;
delete (globalThis as { prisma?: PrismaClient }).prisma;
const { db } = await import("@/lib/db");
const projectFeed = await import("@/app/feed/prosjekter.xml/route");
const reportFeed = await import("@/app/feed/rapporter.xml/route");

const content = loadContent();
const published = content.projects.filter((p) => p.state === "publisert");
const HOSTILE_TITLE = `Tøff & <b>"fet"</b> tittel ]]> med 'apostrof'`;
const HIDDEN = "skjult-feed-kandidat";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type TLink = { "@rel"?: string; "@href": string; "@type"?: string };
type TText = string | { "#text": string; "@type"?: string };
type TEntry = { id: string; title: TText; updated: string; published?: string; link: TLink[]; summary: TText; content: TText; category?: { "@term": string }[] };
type TFeed = { id: string; title: TText; updated: string; author: { name: string }; link: TLink[]; entry?: TEntry[] };

const text = (value: TText) => (typeof value === "string" ? value : value["#text"]);

async function readFeed(route: { GET: (r: Request) => Promise<Response> }, path: string): Promise<TFeed> {
  const response = await route.GET(new Request(`http://localhost:3000${path}`));
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml), `${path} is well-formed XML`).toBe(true);
  const doc = parser.parse(xml);
  expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  return doc.feed as TFeed;
}

/** RFC 4287 §4.1.1 and §4.1.2: what every feed and every entry must have. */
function expectValidAtom(feed: TFeed) {
  expect(feed.id).toMatch(/^https?:\/\//);
  expect(text(feed.title).length).toBeGreaterThan(0);
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author.name).toBe("Distriktssenteret");
  expect(feed.link.filter((l) => l["@rel"] === "self")).toHaveLength(1);
  expect(feed.link.filter((l) => l["@rel"] === "alternate")).toHaveLength(1);
  const ids = new Set<string>();
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toMatch(/^https?:\/\//);
    expect(ids.has(entry.id), `unique id ${entry.id}`).toBe(false);
    ids.add(entry.id);
    expect(text(entry.title).length).toBeGreaterThan(0);
    expect(entry.updated).toMatch(RFC3339);
    if (entry.published) expect(entry.published).toMatch(RFC3339);
    expect(entry.link.filter((l) => (l["@rel"] ?? "alternate") === "alternate")).toHaveLength(1);
    expect(text(entry.summary).length).toBeGreaterThan(0);
    expect(typeof entry.content === "string" ? "text" : entry.content["@type"]).toBe("html");
  }
  const updated = (feed.entry ?? []).map((e) => e.updated);
  expect(updated).toEqual([...updated].sort().reverse());
  if (updated.length > 0) expect(feed.updated).toBe(updated[0]);
}

beforeAll(async () => {
  await importContent(db);
  const bredband = await db.focusArea.findUniqueOrThrow({ where: { slug: "bredband" }, select: { id: true } });
  await db.project.create({
    data: {
      slug: "fiendtlig-tittel",
      title: `${HOSTILE_TITLE}\u0001`,
      summary: "Et publisert testeksempel med tegn som må escapes: < & >.",
      status: "pagar",
      state: "publisert",
      publishedAt: new Date(),
      municipalities: { create: [{ municipalityNumber: "5546" }] },
      focusAreas: { create: { focusAreaId: bredband.id } },
    },
  });
  await db.project.create({
    data: { slug: HIDDEN, title: "Skjult", summary: "Aldri i strømmen.", status: "pagar", state: "kandidat", focusAreas: { create: { focusAreaId: bredband.id } } },
  });
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("/feed/prosjekter.xml", () => {
  it("is valid Atom with every published example, newest change first, none unpublished", async () => {
    const feed = await readFeed(projectFeed, "/feed/prosjekter.xml");
    expectValidAtom(feed);
    const slugs = (feed.entry ?? []).map((e) => e.id.split("/").pop());
    expect(slugs).toHaveLength(Math.min(50, published.length + 1));
    expect(slugs).not.toContain(HIDDEN);
    expect(slugs[0]).toBe("fiendtlig-tittel");
  });

  it("escapes markup in titles and content and drops characters XML forbids", async () => {
    const feed = await readFeed(projectFeed, "/feed/prosjekter.xml");
    const entry = feed.entry!.find((e) => e.id.endsWith("/fiendtlig-tittel"))!;
    expect(text(entry.title)).toBe(HOSTILE_TITLE);
    expect(text(entry.content)).toContain("<p>Et publisert testeksempel med tegn som må escapes: &lt; &amp; &gt;.</p>");
  });

  it("narrows to a focus area and to a county", async () => {
    const byArea = await readFeed(projectFeed, "/feed/prosjekter.xml?fokus=bredband");
    expectValidAtom(byArea);
    expect(byArea.entry!.length).toBe(published.filter((p) => p.focusAreas.includes("bredband")).length + 1);
    for (const entry of byArea.entry!) expect(entry.category!.map((c) => c["@term"])).toContain("bredband");
    expect(text(byArea.title)).toContain("Bredbånd");

    const byCounty = await readFeed(projectFeed, "/feed/prosjekter.xml?fylke=troms");
    expectValidAtom(byCounty);
    const inTroms = await db.project.count({ where: { state: "publisert", municipalities: { some: { municipality: { countyNumber: "55" } } } } });
    expect(byCounty.entry!.length).toBe(Math.min(50, inTroms));
    expect(byCounty.link.find((l) => l["@rel"] === "alternate")!["@href"]).toBe("http://localhost:3000/prosjekter?fylke=troms");
  });

  it("answers unknown or malformed filters with 404 or 400, never 500", async () => {
    const get = (path: string) => projectFeed.GET(new Request(`http://localhost:3000${path}`));
    expect((await get("/feed/prosjekter.xml?fokus=finnes-ikke")).status).toBe(404);
    expect((await get("/feed/prosjekter.xml?fylke=atlantis")).status).toBe(404);
    expect((await get("/feed/prosjekter.xml?fokus=%3Cscript%3E")).status).toBe(400);
    expect((await get("/feed/prosjekter.xml?side=2")).status).toBe(400);
  });

  it("answers 304 to a reader that has the current version", async () => {
    const first = await projectFeed.GET(new Request("http://localhost:3000/feed/prosjekter.xml"));
    const again = await projectFeed.GET(new Request("http://localhost:3000/feed/prosjekter.xml", { headers: { "If-None-Match": first.headers.get("etag")! } }));
    expect(again.status).toBe(304);
  });
});

describe("/feed/rapporter.xml", () => {
  it("is valid Atom with the published reports, also per focus area", async () => {
    const all = await readFeed(reportFeed, "/feed/rapporter.xml");
    expectValidAtom(all);
    expect(all.entry!.length).toBe(Math.min(50, content.reports.filter((r) => r.state === "publisert").length));
    const byArea = await readFeed(reportFeed, "/feed/rapporter.xml?fokus=bredband");
    expectValidAtom(byArea);
    for (const entry of byArea.entry!) expect(entry.category!.map((c) => c["@term"])).toContain("bredband");
    expect((await reportFeed.GET(new Request("http://localhost:3000/feed/rapporter.xml?fylke=troms"))).status).toBe(400);
  });
});
