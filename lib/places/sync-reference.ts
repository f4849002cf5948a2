import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
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
