import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

/**
 * project.focus_area_ids, success_factor_ids, municipality_numbers and county_numbers are kept by
 * statement triggers on the join tables and on municipality (migration
 * 20261202043000_project_facet_arrays); the list's filters, facets and the county contacts' scope
 * read them. They must follow every kind of change, or lists and permissions go wrong silently.
 */

const tag = crypto.randomBytes(3).toString("hex");
const countyA = `8${tag.charCodeAt(0) % 10}`;
const countyB = countyA === "89" ? "88" : "89";
const [muniA1, muniA2, muniB1] = [`${countyA}71`, `${countyA}72`, `${countyB}71`];
const ids = { focus: [] as number[], factor: [] as number[], project: 0 };

type TKeys = { focus_area_ids: number[]; success_factor_ids: number[]; municipality_numbers: string[]; county_numbers: string[] };

async function keysOf(projectId: number): Promise<TKeys> {
  const [row] = await db.$queryRaw<TKeys[]>`
    SELECT focus_area_ids, success_factor_ids, municipality_numbers, county_numbers FROM project WHERE id = ${projectId}`;
  if (!row) throw new Error("project missing");
  return row;
}

/** The same keys computed from the join tables, for every project that disagrees with its arrays. */
async function projectsOutOfStep(): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT p.id FROM project p
    WHERE p.focus_area_ids IS DISTINCT FROM coalesce((SELECT array_agg(x.focus_area_id ORDER BY x.focus_area_id) FROM project_focus_area x WHERE x.project_id = p.id), '{}')
       OR p.success_factor_ids IS DISTINCT FROM coalesce((SELECT array_agg(x.success_factor_id ORDER BY x.success_factor_id) FROM project_success_factor x WHERE x.project_id = p.id), '{}')
       OR p.municipality_numbers IS DISTINCT FROM coalesce((SELECT array_agg(x.municipality_number::text ORDER BY x.municipality_number) FROM project_municipality x WHERE x.project_id = p.id), '{}')
       OR p.county_numbers IS DISTINCT FROM coalesce((SELECT array_agg(DISTINCT m.county_number::text ORDER BY m.county_number::text)
            FROM project_municipality x JOIN municipality m ON m.number = x.municipality_number WHERE x.project_id = p.id), '{}')`;
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  for (const number of [countyA, countyB]) {
    await db.county.upsert({ where: { number }, create: { number, name: `Nøkkelfylke ${number}`, slug: `nokkelfylke-${number}-${tag}` }, update: {} });
  }
  for (const [number, countyNumber] of [
    [muniA1, countyA],
    [muniA2, countyA],
    [muniB1, countyB],
  ] as const) {
    await db.municipality.upsert({ where: { number }, create: { number, name: `Nøkkelkommune ${number}`, countyNumber }, update: { countyNumber } });
  }
  for (const n of [1, 2]) {
    ids.focus.push((await db.focusArea.create({ data: { slug: `nokkel-${tag}-${n}`, name: `Nøkkel ${tag} ${n}`, summary: "Prøve." } })).id);
  }
  const pillar = await db.pillar.create({ data: { slug: `nokkel-${tag}`, name: `Nøkkel ${tag}`, tagline: "Prøve", position: 90 } });
  for (const n of [1, 2, 3]) {
    ids.factor.push(
      (await db.successFactor.create({ data: { slug: `nokkel-${tag}-${n}`, name: `Nøkkel ${tag} ${n}`, summary: "Prøve.", position: 90 + n, pillarId: pillar.id } })).id,
    );
  }
});

afterAll(async () => {
  await db.project.deleteMany({ where: { slug: { startsWith: `nokkel-${tag}` } } });
  await db.successFactor.deleteMany({ where: { slug: { startsWith: `nokkel-${tag}` } } });
  await db.pillar.deleteMany({ where: { slug: `nokkel-${tag}` } });
  await db.focusArea.deleteMany({ where: { slug: { startsWith: `nokkel-${tag}` } } });
  // The made-up places go too: other files count the real municipalities and counties.
  await db.municipality.deleteMany({ where: { number: { in: [muniA1, muniA2, muniB1] }, name: { startsWith: "Nøkkelkommune" }, projects: { none: {} } } });
  await db.county.deleteMany({ where: { slug: { endsWith: `-${tag}` }, name: { startsWith: "Nøkkelfylke" }, municipalities: { none: {} } } });
});

describe("facet keys on project", () => {
  it("are set when a project is created with its links, sorted and without duplicates", async () => {
    const project = await db.project.create({
      data: {
        slug: `nokkel-${tag}-a`,
        title: "Nøkkelprøve",
        summary: "Prøve.",
        status: "pagar",
        municipalities: { create: [{ municipalityNumber: muniB1 }, { municipalityNumber: muniA2 }, { municipalityNumber: muniA1 }] },
        focusAreas: { create: [{ focusAreaId: ids.focus[1]! }, { focusAreaId: ids.focus[0]! }] },
        successFactors: { create: [{ successFactorId: ids.factor[2]!, note: "x" }] },
      },
    });
    ids.project = project.id;
    expect(await keysOf(project.id)).toEqual({
      focus_area_ids: [...ids.focus].sort((a, b) => a - b),
      success_factor_ids: [ids.factor[2]],
      municipality_numbers: [muniA1, muniA2, muniB1].sort(),
      county_numbers: [countyA, countyB].sort(),
    });
  });

  it("follow an edit that replaces the links, and a project with none has empty arrays", async () => {
    await db.$transaction([
      db.projectMunicipality.deleteMany({ where: { projectId: ids.project } }),
      db.projectMunicipality.createMany({ data: [{ projectId: ids.project, municipalityNumber: muniA1 }] }),
      db.projectSuccessFactor.createMany({ data: [{ projectId: ids.project, successFactorId: ids.factor[0]!, note: "" }] }),
      db.projectFocusArea.deleteMany({ where: { projectId: ids.project } }),
    ]);
    expect(await keysOf(ids.project)).toEqual({
      focus_area_ids: [],
      success_factor_ids: [ids.factor[0], ids.factor[2]].sort((a, b) => a! - b!),
      municipality_numbers: [muniA1],
      county_numbers: [countyA],
    });
    // An update of a link row (not only insert and delete).
    await db.projectSuccessFactor.update({
      where: { projectId_successFactorId: { projectId: ids.project, successFactorId: ids.factor[0]! } },
      data: { successFactorId: ids.factor[1]! },
    });
    expect((await keysOf(ids.project)).success_factor_ids).toEqual([ids.factor[1], ids.factor[2]].sort((a, b) => a! - b!));
  });

  it("follow a municipality that moves to another county", async () => {
    await db.municipality.update({ where: { number: muniA1 }, data: { countyNumber: countyB } });
    try {
      expect((await keysOf(ids.project)).county_numbers).toEqual([countyB]);
    } finally {
      await db.municipality.update({ where: { number: muniA1 }, data: { countyNumber: countyA } });
    }
    expect((await keysOf(ids.project)).county_numbers).toEqual([countyA]);
  });

  it("agree with the join tables for every project in the database", async () => {
    expect(await projectsOutOfStep()).toEqual([]);
  });
});
