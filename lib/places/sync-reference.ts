import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readPopulationData, summarisePopulation } from "@/lib/places/population";
import { readReferenceData, referenceDir } from "@/lib/places/reference-data";

const META_KEY = "reference_data_hash";

export function referenceDataHash(): string {
  const hash = crypto.createHash("sha256");
  for (const file of fs.readdirSync(referenceDir).filter((f) => f.endsWith(".json")).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(referenceDir, file)));
  }
  return hash.digest("hex");
}

/**
 * Loads counties and municipalities (today's and former) into the database, idempotently:
 * skipped when the reference files have not changed since the last load.
 * Returns true when it wrote anything.
 */
export async function syncReferenceData(tx: Prisma.TransactionClient): Promise<boolean> {
  const hash = referenceDataHash();
  const stored = await tx.appMeta.findUnique({ where: { key: META_KEY }, select: { value: true } });
  if (stored?.value === hash) return false;

  const data = readReferenceData();
  for (const c of data.counties) {
    await tx.county.upsert({
      where: { number: c.number },
      create: { number: c.number, name: c.name, slug: c.slug, otherNames: c.otherNames },
      update: { name: c.name, slug: c.slug, otherNames: c.otherNames },
    });
  }
  for (const m of data.municipalities) {
    await tx.municipality.upsert({
      where: { number: m.number },
      create: m,
      update: { name: m.name, countyNumber: m.countyNumber, otherNames: m.otherNames },
    });
  }
  await syncPopulation(tx);
  // Former numbers refer to nothing else, so they are simply rebuilt.
  await tx.formerMunicipality.deleteMany({});
  for (const f of data.formerMunicipalities) {
    await tx.formerMunicipality.create({
      data: {
        number: f.number,
        name: f.name,
        countyNumber: f.countyNumber,
        validTo: f.validTo,
        successors: { create: f.successors.map((number, position) => ({ municipalityNumber: number, position })) },
      },
    });
  }
  await tx.formerCounty.deleteMany({});
  await tx.formerCounty.createMany({
    data: data.formerCounties.map((f) => ({
      number: f.number,
      name: f.name,
      validFrom: f.validFrom ?? null,
      validTo: f.validTo,
      successorNumbers: f.successors,
    })),
  });
  await tx.appMeta.upsert({ where: { key: META_KEY }, create: { key: META_KEY, value: hash }, update: { value: hash } });
  return true;
}

/**
 * The population series (SSB) and what is derived from it on each municipality, rebuilt in two
 * statements whatever the number of rows: the values travel as three arrays (unnest), so the
 * parameter count stays fixed. Years with no series (null) get no row.
 */
async function syncPopulation(tx: Prisma.TransactionClient): Promise<void> {
  const rows = readPopulationData();
  const numbers: string[] = [];
  const years: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    row.population.forEach((value, index) => {
      if (value === null) return;
      numbers.push(row.number);
      years.push(row.firstYear + index);
      values.push(value);
    });
  }
  await tx.$executeRaw`DELETE FROM municipality_population`;
  await tx.$executeRaw`
    INSERT INTO municipality_population (municipality_number, year, population)
    SELECT * FROM unnest(${numbers}::varchar[], ${years}::int[], ${values}::int[])`;

  const summaries = rows.map((row) => ({ number: row.number, ...summarisePopulation(row) }));
  await tx.$executeRaw`
    UPDATE municipality m SET population = s.population, population_change_10y = s.change,
      population_band = s.band, population_trend = s.trend
    FROM unnest(${summaries.map((s) => s.number)}::varchar[], ${summaries.map((s) => s.population)}::int[],
      ${summaries.map((s) => s.change10y)}::float8[], ${summaries.map((s) => s.band)}::text[], ${summaries.map((s) => s.trend)}::text[])
      AS s(number, population, change, band, trend)
    WHERE m.number = s.number`;
  // A municipality missing from the file keeps no stale figures.
  await tx.$executeRaw`
    UPDATE municipality SET population = NULL, population_change_10y = NULL, population_band = NULL, population_trend = NULL
    WHERE number <> ALL(${summaries.map((s) => s.number)}::varchar[])`;
}
