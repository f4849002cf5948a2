import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { defaultContentDir } from "@/lib/content/paths";
import { FrontMatterError, parseFrontMatter } from "@/lib/content/front-matter";
import {
  contentKinds,
  type ContentKind,
  type TCountyFile,
  type TFocusAreaFile,
  type TPageFile,
  type TPillarFile,
  type TProjectFile,
  type TReportFile,
  type TSuccessFactorFile,
} from "@/lib/content/schemas";
import { normalizeProject, normalizeReport } from "@/lib/content/snapshot";
import { readReferenceData, resolveMunicipalityNumber, type ReferenceData } from "@/lib/places/reference-data";

export type ContentProblem = { file: string; field: string; reason: string };

export type ContentSet = {
  pillars: TPillarFile[];
  "success-factors": TSuccessFactorFile[];
  "focus-areas": TFocusAreaFile[];
  reports: TReportFile[];
  projects: TProjectFile[];
  counties: TCountyFile[];
  pages: TPageFile[];
};

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Innholdet har ${problems.length} feil, ingenting er endret:\n` +
        problems.map((p) => `  ${p.file}: ${p.field ? `${p.field}: ` : ""}${p.reason}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

export { defaultContentDir };

function fieldPath(issuePath: readonly PropertyKey[]): string {
  return issuePath.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

/**
 * Reads and validates every file under `dir`: each against its kind's schema, then every
 * reference between them (slugs, municipality numbers). Returns the set with municipality numbers
 * resolved to today's, or throws ContentError naming every file, field and reason.
 */
export function loadContent(dir: string = defaultContentDir, reference: ReferenceData = readReferenceData()): ContentSet {
  const problems: ContentProblem[] = [];
  const set = Object.fromEntries(Object.keys(contentKinds).map((k) => [k, []])) as unknown as ContentSet;
  const fileOf = new Map<object, string>();

  for (const [kind, schema] of Object.entries(contentKinds) as [ContentKind, z.ZodType][]) {
    const folder = path.join(dir, kind);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).filter((n) => n.endsWith(".md")).sort()) {
      const file = path.relative(process.cwd(), path.join(folder, name));
      let parsed: { data: Record<string, unknown>; body: string };
      try {
        parsed = parseFrontMatter(fs.readFileSync(path.join(folder, name), "utf8"));
      } catch (error) {
        problems.push({ file, field: "", reason: error instanceof FrontMatterError ? error.message : String(error) });
        continue;
      }
      const result = schema.safeParse({ ...parsed.data, body: parsed.body });
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, field: fieldPath(issue.path), reason: issue.message });
        }
        continue;
      }
      const record = result.data as { slug: string };
      if (`${record.slug}.md` !== name) {
        problems.push({ file, field: "slug", reason: `må være lik filnavnet («${name.replace(/\.md$/, "")}»)` });
        continue;
      }
      fileOf.set(record, file);
      (set[kind] as object[]).push(record);
    }
  }

  const slugs = (kind: ContentKind) => new Set((set[kind] as { slug: string }[]).map((r) => r.slug));
  const pillarSlugs = slugs("pillars");
  const factorSlugs = slugs("success-factors");
  const focusSlugs = slugs("focus-areas");
  const reportSlugs = slugs("reports");
  const countyNumbers = new Set(reference.counties.map((c) => c.number));

  const check = (record: object, field: string, values: string[], known: Set<string>, what: string) => {
    values.forEach((value, index) => {
      if (!known.has(value)) problems.push({ file: fileOf.get(record)!, field: `${field}[${index}]`, reason: `ukjent ${what} «${value}»` });
    });
  };

  for (const factor of set["success-factors"]) {
    if (!pillarSlugs.has(factor.pillar)) problems.push({ file: fileOf.get(factor)!, field: "pillar", reason: `ukjent pilar «${factor.pillar}»` });
  }
  for (const report of set.reports) {
    check(report, "focusAreas", report.focusAreas, focusSlugs, "fokusområde");
    check(report, "successFactors", report.successFactors, factorSlugs, "suksessfaktor");
  }
  for (const project of set.projects) {
    check(project, "focusAreas", project.focusAreas, focusSlugs, "fokusområde");
    check(project, "successFactors", project.successFactors.map((f) => f.factor), factorSlugs, "suksessfaktor");
    check(project, "reports", project.reports, reportSlugs, "rapport");
    project.municipalities = project.municipalities.map((number, index) => {
      const resolved = resolveMunicipalityNumber(number, reference);
      if (resolved.ok) return resolved.number;
      problems.push({ file: fileOf.get(project)!, field: `municipalities[${index}]`, reason: resolved.reason });
      return number;
    });
  }
  for (const county of set.counties) {
    const known = reference.counties.find((c) => c.number === county.number);
    if (!countyNumbers.has(county.number)) {
      problems.push({ file: fileOf.get(county)!, field: "number", reason: `ukjent fylkesnummer «${county.number}»` });
    } else if (known && known.slug !== county.slug) {
      problems.push({ file: fileOf.get(county)!, field: "slug", reason: `fylke ${county.number} har slug «${known.slug}»` });
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  // The same record always compares equal to its database snapshot.
  set.projects = set.projects.map(normalizeProject);
  set.reports = set.reports.map(normalizeReport);
  return set;
}
