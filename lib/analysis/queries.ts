import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TProjectStatus } from "@/lib/projects/filters";

/**
 * What /hva-virker shows, in three queries whatever the size of the base: the taxonomies (2) and
 * the counts (1), which are rows of project_tally (kept by a trigger; migration
 * 20261203080000_project_tally): the matrix ("fokus+faktor") with its margins ("fokus", "faktor",
 * "alle") and the year and status counts ("start", "status"). Every result is bounded by the
 * taxonomies (factors × focus areas) or by the years, never by the number of examples: counted
 * from the projects they took 0.7 s at 100,000. Counts use the same rules as the filters of
 * /prosjekter, so each cell equals the length of the list it links to: a published example counts
 * in a cell when it has both the focus area and the success factor (with or without a note).
 */
type TTallyRow = { kind: string; key: string; count: number };

export async function findWhatWorks(client: PrismaClient = db) {
  const [focusAreas, pillars, tallyRows] = await Promise.all([
    client.focusArea.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } }),
    client.pillar.findMany({
      orderBy: { position: "asc" },
      select: { slug: true, name: true, successFactors: { orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } } },
    }),
    client.$queryRaw<TTallyRow[]>`
      SELECT kind, key, count FROM project_tally
      WHERE kind IN ('fokus+faktor', 'fokus', 'faktor', 'alle', 'start', 'status') AND count > 0`,
  ]);

  const of = (kind: string) => tallyRows.filter((row) => row.kind === kind);
  // "fokus+faktor" keys are "<focus area id>:<success factor id>", as cell() asks.
  const cells = new Map(of("fokus+faktor").map((row) => [row.key, row.count]));
  const factorTotals = new Map(of("faktor").map((row) => [Number(row.key), row.count]));
  const areaTotals = new Map(of("fokus").map((row) => [Number(row.key), row.count]));
  const total = of("alle")[0]?.count ?? 0;
  const cell = (areaId: number, factorId: number) => cells.get(`${areaId}:${factorId}`) ?? 0;

  const factors = pillars.flatMap((pillar) => pillar.successFactors.map((f) => ({ ...f, pillar: pillar.name, total: factorTotals.get(f.id) ?? 0 })));
  const areas = focusAreas.map((a) => ({ ...a, total: areaTotals.get(a.id) ?? 0 }));

  const yearRows = of("start");
  const years = yearRows.flatMap((r) => (r.key === "" ? [] : [{ year: Number(r.key), count: r.count }])).sort((a, b) => a.year - b.year);
  const withoutYear = yearRows.find((r) => r.key === "")?.count ?? 0;
  const statusCounts = new Map(of("status").map((r) => [r.key as TProjectStatus, r.count]));

  return {
    total,
    pillars: pillars.map((p) => ({ slug: p.slug, name: p.name, factors: factors.filter((f) => f.pillar === p.name) })),
    factors,
    areas,
    cell,
    /** Factors most often noted over all published examples, most first (ties by the model's order). */
    topFactors: [...factors].filter((f) => f.total > 0).sort((a, b) => b.total - a.total),
    /** For each focus area with examples, its three most noted factors. */
    topFactorsByArea: areas
      .filter((a) => a.total > 0)
      .map((a) => ({
        area: a,
        factors: factors
          .map((f) => ({ ...f, count: cell(a.id, f.id) }))
          .filter((f) => f.count > 0)
          .sort((x, y) => y.count - x.count)
          .slice(0, 3),
      })),
    years,
    withoutYear,
    statusCounts,
  };
}

export type TWhatWorks = Awaited<ReturnType<typeof findWhatWorks>>;
