import "server-only";
import { badRequest, CORS_HEADERS, etagOf, LICENCE_LINK, notFound, unknownParams } from "@/lib/api/http";
import { LICENCE, type TParamProblem } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { htmlText, renderAtom, type TAtomEntry } from "@/lib/feeds/atom";
import { formatPeriod, reportKindLabel } from "@/lib/projects/labels";
import { ZCounty, ZSlug } from "@/lib/projects/filters";
import { absoluteUrl } from "@/lib/site/url";

/**
 * Atom feeds of newly published and updated examples and reports: all, per focus area
 * (?fokus=slug), and for examples per county (?fylke=slug or number). The newest 50 changes.
 */

const LIMIT = 50;
const author = () => ({ name: "Distriktssenteret", uri: absoluteUrl("/om") });
const RIGHTS = `${LICENCE.navn} (${LICENCE.url}). Kilde: ${LICENCE.kilde}.`;

type TFeedParams = { fokus: string | null; fylke: string | null };

function readParams(url: URL, allowed: ("fokus" | "fylke")[]): { ok: true; params: TFeedParams } | { ok: false; problems: TParamProblem[] } {
  const problems = unknownParams(url, allowed);
  const one = (name: "fokus" | "fylke", valid: (v: string) => boolean, message: string): string | null => {
    const [value, ...more] = url.searchParams.getAll(name);
    if (value === undefined) return null;
    if (more.length > 0) problems.push({ navn: name, melding: "Oppgi parameteren bare én gang." });
    else if (!valid(value)) problems.push({ navn: name, melding: message });
    return value;
  };
  const fokus = one("fokus", (v) => ZSlug.safeParse(v).success, "Fokusområdet må være en slug, for eksempel «bredband».");
  const fylke = allowed.includes("fylke") ? one("fylke", (v) => ZCounty.safeParse(v).success, "Fylket må være en slug eller et fylkesnummer.") : null;
  return problems.length > 0 ? { ok: false, problems } : { ok: true, params: { fokus, fylke } };
}

function atomResponse(request: Request, xml: string): Response {
  const etag = etagOf(xml);
  const headers = new Headers(CORS_HEADERS);
  headers.set("Content-Type", "application/atom+xml; charset=utf-8");
  headers.set("Cache-Control", "public, max-age=300");
  headers.set("ETag", etag);
  headers.set("Link", LICENCE_LINK);
  const match = request.headers.get("if-none-match")?.split(",").map((t) => t.trim().replace(/^W\//, ""));
  if (match?.includes(etag) || match?.includes("*")) return new Response(null, { status: 304, headers });
  return new Response(xml, { status: 200, headers });
}

const paragraph = (label: string, values: string[]) =>
  values.length > 0 ? `<p><strong>${htmlText(label)}:</strong> ${htmlText(values.join(", "))}</p>` : "";

export async function projectFeedResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const read = readParams(url, ["fokus", "fylke"]);
  if (!read.ok) return badRequest(read.problems);
  const { fokus, fylke } = read.params;

  const [area, county] = await Promise.all([
    fokus ? db.focusArea.findUnique({ where: { slug: fokus }, select: { slug: true, name: true } }) : null,
    fylke ? db.county.findFirst({ where: { OR: [{ slug: fylke }, { number: fylke }] }, select: { number: true, slug: true, name: true } }) : null,
  ]);
  if (fokus && !area) return notFound(`fokusområdet «${fokus}»`);
  if (fylke && !county) return notFound(`fylket «${fylke}»`);

  const projects = await db.project.findMany({
    where: {
      state: "publisert",
      ...(area && { focusAreas: { some: { focusArea: { slug: area.slug } } } }),
      ...(county && { municipalities: { some: { municipality: { countyNumber: county.number } } } }),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: {
      slug: true,
      title: true,
      summary: true,
      startYear: true,
      endYear: true,
      publishedAt: true,
      updatedAt: true,
      municipalities: { select: { municipality: { select: { name: true, county: { select: { name: true } } } } }, orderBy: { municipality: { name: "asc" } } },
      focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
      successFactors: { select: { successFactor: { select: { name: true } } }, orderBy: { successFactor: { position: "asc" } } },
    },
  });

  const entries: TAtomEntry[] = projects.map((p) => {
    const page = absoluteUrl(`/prosjekter/${p.slug}`);
    const period = formatPeriod(p.startYear, p.endYear);
    return {
      id: page,
      title: p.title,
      url: page,
      updated: p.updatedAt,
      published: p.publishedAt,
      summary: p.summary,
      contentHtml:
        `<p>${htmlText(p.summary)}</p>` +
        paragraph("Kommuner", p.municipalities.map(({ municipality: m }) => `${m.name} (${m.county.name})`)) +
        (period ? paragraph("Periode", [period]) : "") +
        paragraph("Fokusområder", p.focusAreas.map(({ focusArea: f }) => f.name)) +
        paragraph("Suksessfaktorer", p.successFactors.map(({ successFactor: f }) => f.name)),
      categories: p.focusAreas.map(({ focusArea: f }) => ({ term: f.slug, label: f.name })),
    };
  });

  const scope = [area?.name, county?.name].filter(Boolean).join(", ");
  const listSearch = new URLSearchParams();
  if (area) listSearch.set("fokus", area.slug);
  if (county) listSearch.set("fylke", county.slug);
  const xml = renderAtom({
    id: absoluteUrl(`/feed/prosjekter.xml${listSearch.size > 0 ? `?${listSearch}` : ""}`),
    title: `Kunnskapsbanken: nye og endrede prosjekteksempler${scope ? ` – ${scope}` : ""}`,
    subtitle: "Gode eksempler på lokal samfunnsutvikling fra Distriktssenteret, nyeste endring først.",
    selfUrl: absoluteUrl(`/feed/prosjekter.xml${listSearch.size > 0 ? `?${listSearch}` : ""}`),
    alternateUrl: absoluteUrl(`/prosjekter${listSearch.size > 0 ? `?${listSearch}` : ""}`),
    updated: projects[0]?.updatedAt ?? new Date(0),
    author: author(),
    rights: RIGHTS,
    entries,
  });
  return atomResponse(request, xml);
}

export async function reportFeedResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const read = readParams(url, ["fokus"]);
  if (!read.ok) return badRequest(read.problems);
  const { fokus } = read.params;
  const area = fokus ? await db.focusArea.findUnique({ where: { slug: fokus }, select: { slug: true, name: true } }) : null;
  if (fokus && !area) return notFound(`fokusområdet «${fokus}»`);

  const reports = await db.report.findMany({
    where: { state: "publisert", ...(area && { focusAreas: { some: { focusArea: { slug: area.slug } } } }) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: {
      slug: true,
      title: true,
      summary: true,
      year: true,
      kind: true,
      authors: true,
      publishers: true,
      publishedAt: true,
      updatedAt: true,
      focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
    },
  });
  const entries: TAtomEntry[] = reports.map((r) => {
    const page = absoluteUrl(`/rapporter/${r.slug}`);
    return {
      id: page,
      title: r.title,
      url: page,
      updated: r.updatedAt,
      published: r.publishedAt,
      summary: r.summary,
      contentHtml:
        `<p>${htmlText(r.summary)}</p>` +
        paragraph(reportKindLabel[r.kind], [String(r.year)]) +
        paragraph("Forfattere", r.authors) +
        paragraph("Utgivere", r.publishers) +
        paragraph("Fokusområder", r.focusAreas.map(({ focusArea: f }) => f.name)),
      categories: r.focusAreas.map(({ focusArea: f }) => ({ term: f.slug, label: f.name })),
    };
  });
  const query = area ? `?fokus=${area.slug}` : "";
  const xml = renderAtom({
    id: absoluteUrl(`/feed/rapporter.xml${query}`),
    title: `Kunnskapsbanken: nye og endrede rapporter${area ? ` – ${area.name}` : ""}`,
    subtitle: "Rapporter om lokalt og regionalt utviklingsarbeid, nyeste endring først.",
    selfUrl: absoluteUrl(`/feed/rapporter.xml${query}`),
    alternateUrl: absoluteUrl(`/rapporter${query}`),
    updated: reports[0]?.updatedAt ?? new Date(0),
    author: author(),
    rights: RIGHTS,
    entries,
  });
  return atomResponse(request, xml);
}
