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

/** An item of one of the lists below, as its schema says. */
type TItem<S extends z.ZodType> = z.infer<S> extends { data: (infer T)[] } ? T : never;

/** A whole list: no query parameters taken, every row mapped, with its count and the licence. */
async function listResponse<R, T>(request: Request, find: () => Promise<R[]>, item: (row: R) => T): Promise<Response> {
  const refused = noParams(request);
  if (refused) return refused;
  const rows = await find();
  return jsonResponse(request, { data: rows.map(item), totalt: rows.length, lisens: licence() });
}

export async function successFactorListResponse(request: Request): Promise<Response> {
  return listResponse(
    request,
    () => db.successFactor.findMany({
      orderBy: { position: "asc" },
      select: {
        slug: true,
        name: true,
        summary: true,
        pillar: { select: { slug: true, name: true } },
        _count: { select: { projects: { where: { project: { state: "publisert" } } } } },
      },
    }),
    (f): TItem<typeof ZSuccessFactorList> => ({
      slug: f.slug,
      navn: f.name,
      sammendrag: f.summary,
      pilar: { slug: f.pillar.slug, navn: f.pillar.name },
      antallEksempler: f._count.projects,
      url: absoluteUrl(`/suksessfaktorer/${f.slug}`),
      eksempler: examples("faktor", f.slug),
    }),
  );
}

export async function focusAreaListResponse(request: Request): Promise<Response> {
  return listResponse(
    request,
    () => findFocusAreasWithCounts(),
    (a): TItem<typeof ZFocusAreaList> => ({
      slug: a.slug,
      navn: a.name,
      sammendrag: a.summary,
      antallEksempler: a.projectCount,
      url: absoluteUrl(`/fokusomrader/${a.slug}`),
      eksempler: examples("fokus", a.slug),
    }),
  );
}

export async function countyListResponse(request: Request): Promise<Response> {
  return listResponse(
    request,
    () => findCountiesWithCounts(),
    (c): TItem<typeof ZCountyList> => ({
      nummer: c.number,
      slug: c.slug,
      navn: c.name,
      antallEksempler: c.projectCount,
      url: absoluteUrl(`/fylker/${c.slug}`),
      eksempler: examples("fylke", c.slug),
    }),
  );
}

export async function municipalityListResponse(request: Request): Promise<Response> {
  return listResponse(
    request,
    () => db.$queryRaw<
      { number: string; name: string; countyNumber: string; countySlug: string; countyName: string; projectCount: number }[]
    >`
      SELECT m.number, m.name, c.number AS "countyNumber", c.slug AS "countySlug", c.name AS "countyName",
             count(p.id)::int AS "projectCount"
      FROM municipality m
      JOIN county c ON c.number = m.county_number
      LEFT JOIN project_municipality pm ON pm.municipality_number = m.number
      LEFT JOIN project p ON p.id = pm.project_id AND p.state = 'publisert'
      GROUP BY m.number, m.name, c.number, c.slug, c.name
      ORDER BY m.number`,
    (m): TItem<typeof ZMunicipalityList> => ({
      nummer: m.number,
      navn: m.name,
      fylke: { nummer: m.countyNumber, slug: m.countySlug, navn: m.countyName },
      antallEksempler: m.projectCount,
      eksempler: examples("kommune", m.number),
    }),
  );
}
