import "server-only";
import type { z } from "zod";
import { badRequest, jsonResponse, licence, unknownParams } from "@/lib/api/http";
import type { ZCountyList, ZFocusAreaList, ZMunicipalityList, ZSuccessFactorList } from "@/lib/api/schemas";
import { findCountiesWithCounts } from "@/lib/counties/queries";
import { db } from "@/lib/db";
import { findFocusAreasWithCounts } from "@/lib/focus-areas/queries";
import { absoluteUrl } from "@/lib/site/url";

/** The small, bounded lists: success factors (10), focus areas, counties (15), municipalities (357). */

const noParams = (request: Request) => {
  const problems = unknownParams(new URL(request.url), []);
  return problems.length > 0 ? badRequest(problems) : null;
};

const examples = (param: string, value: string) => absoluteUrl(`/api/v1/prosjekter?${new URLSearchParams({ [param]: value })}`);

export async function successFactorListResponse(request: Request): Promise<Response> {
  const refused = noParams(request);
  if (refused) return refused;
  const factors = await db.successFactor.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      name: true,
      summary: true,
      pillar: { select: { slug: true, name: true } },
      _count: { select: { projects: { where: { project: { state: "publisert" } } } } },
    },
  });
  const body: z.infer<typeof ZSuccessFactorList> = {
    data: factors.map((f) => ({
      slug: f.slug,
      navn: f.name,
      sammendrag: f.summary,
      pilar: { slug: f.pillar.slug, navn: f.pillar.name },
      antallEksempler: f._count.projects,
      url: absoluteUrl(`/suksessfaktorer/${f.slug}`),
      eksempler: examples("faktor", f.slug),
    })),
    totalt: factors.length,
    lisens: licence(),
  };
  return jsonResponse(request, body);
}

export async function focusAreaListResponse(request: Request): Promise<Response> {
  const refused = noParams(request);
  if (refused) return refused;
  const areas = await findFocusAreasWithCounts();
  const body: z.infer<typeof ZFocusAreaList> = {
    data: areas.map((a) => ({
      slug: a.slug,
      navn: a.name,
      sammendrag: a.summary,
      antallEksempler: a.projectCount,
      url: absoluteUrl(`/fokusomrader/${a.slug}`),
      eksempler: examples("fokus", a.slug),
    })),
    totalt: areas.length,
    lisens: licence(),
  };
  return jsonResponse(request, body);
}

export async function countyListResponse(request: Request): Promise<Response> {
  const refused = noParams(request);
  if (refused) return refused;
  const counties = await findCountiesWithCounts();
  const body: z.infer<typeof ZCountyList> = {
    data: counties.map((c) => ({
      nummer: c.number,
      slug: c.slug,
      navn: c.name,
      antallEksempler: c.projectCount,
      url: absoluteUrl(`/fylker/${c.slug}`),
      eksempler: examples("fylke", c.slug),
    })),
    totalt: counties.length,
    lisens: licence(),
  };
  return jsonResponse(request, body);
}

export async function municipalityListResponse(request: Request): Promise<Response> {
  const refused = noParams(request);
  if (refused) return refused;
  const rows = await db.$queryRaw<
    { number: string; name: string; countyNumber: string; countySlug: string; countyName: string; projectCount: number }[]
  >`
    SELECT m.number, m.name, c.number AS "countyNumber", c.slug AS "countySlug", c.name AS "countyName",
           count(p.id)::int AS "projectCount"
    FROM municipality m
    JOIN county c ON c.number = m.county_number
    LEFT JOIN project_municipality pm ON pm.municipality_number = m.number
    LEFT JOIN project p ON p.id = pm.project_id AND p.state = 'publisert'
    GROUP BY m.number, m.name, c.number, c.slug, c.name
    ORDER BY m.number`;
  const body: z.infer<typeof ZMunicipalityList> = {
    data: rows.map((m) => ({
      nummer: m.number,
      navn: m.name,
      fylke: { nummer: m.countyNumber, slug: m.countySlug, navn: m.countyName },
      antallEksempler: m.projectCount,
      eksempler: examples("kommune", m.number),
    })),
    totalt: rows.length,
    lisens: licence(),
  };
  return jsonResponse(request, body);
}
