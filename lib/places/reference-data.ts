import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Counties and municipalities of today and the numbers they had since 2015, from
 * prisma/reference/ (see its README for sources and the NLOD attribution).
 */
const zCounty = z.object({ number: z.string().regex(/^\d{2}$/), name: z.string(), slug: z.string(), otherNames: z.array(z.string()) });
const zFormerCounty = z.object({
  number: z.string().regex(/^\d{2}$/),
  name: z.string(),
  validFrom: z.number().int().nullable().optional(),
  validTo: z.number().int(),
  successors: z.array(z.string().regex(/^\d{2}$/)).min(1),
});
const zMunicipality = z.object({
  number: z.string().regex(/^\d{4}$/),
  name: z.string(),
  countyNumber: z.string().regex(/^\d{2}$/),
  otherNames: z.array(z.string()),
});
const zFormerMunicipality = z.object({
  number: z.string().regex(/^\d{4}$/),
  name: z.string(),
  countyNumber: z.string().regex(/^\d{2}$/),
  validTo: z.number().int(),
  successors: z.array(z.string().regex(/^\d{4}$/)).min(1),
});

export type ReferenceData = {
  counties: z.infer<typeof zCounty>[];
  formerCounties: z.infer<typeof zFormerCounty>[];
  municipalities: z.infer<typeof zMunicipality>[];
  formerMunicipalities: z.infer<typeof zFormerMunicipality>[];
};

export const referenceDir = path.join(process.cwd(), "prisma/reference");

function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(referenceDir, file), "utf8"));
  return z.array(schema).parse(raw);
}

let cached: ReferenceData | undefined;

export function readReferenceData(): ReferenceData {
  cached ??= {
    counties: readJson("counties.json", zCounty),
    formerCounties: readJson("former-counties.json", zFormerCounty),
    municipalities: readJson("municipalities.json", zMunicipality),
    formerMunicipalities: readJson("former-municipalities.json", zFormerMunicipality),
  };
  return cached;
}

export type MunicipalityResolution =
  | { ok: true; number: string; formerNumber?: string }
  | { ok: false; reason: string };

/**
 * Today's municipality for a number that is either today's or a former one
 * (Tromsø 1902 → 5501). A former number whose area is now split needs today's number.
 */
export function resolveMunicipalityNumber(number: string, data: ReferenceData = readReferenceData()): MunicipalityResolution {
  if (data.municipalities.some((m) => m.number === number)) return { ok: true, number };
  const successors = new Set(data.formerMunicipalities.filter((f) => f.number === number).flatMap((f) => f.successors));
  const [successor, ...others] = successors;
  if (successor !== undefined && others.length === 0) return { ok: true, number: successor, formerNumber: number };
  if (others.length > 0) {
    return { ok: false, reason: `${number} er et tidligere kommunenummer som nå er delt på ${[...successors].join(", ")}: bruk dagens nummer` };
  }
  return { ok: false, reason: `${number} er ikke et kjent kommunenummer` };
}
