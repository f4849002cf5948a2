import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatFrontMatter } from "@/lib/content/front-matter";
import { defaultContentDir, type ContentSet } from "@/lib/content/load";
import { readContentFromDb } from "@/lib/content/snapshot";

/** Field order in the written files follows content/README.md. */
const fieldOrder: Record<keyof ContentSet, string[]> = {
  pillars: ["slug", "name", "tagline", "order"],
  "success-factors": ["slug", "name", "pillar", "order", "summary", "questions", "sources"],
  "focus-areas": ["slug", "name", "summary", "order", "sources"],
  reports: ["slug", "title", "authors", "publishers", "year", "series", "number", "kind", "isbn", "url", "summary", "language", "focusAreas", "successFactors", "sources", "gaps", "state", "lastCheckedAt"],
  projects: ["slug", "title", "summary", "language", "municipalities", "startYear", "endYear", "status", "owner", "contact", "funding", "methods", "results", "lessons", "transferability", "focusAreas", "successFactors", "reports", "tags", "sources", "gaps", "state", "lastCheckedAt"],
  counties: ["slug", "number", "contactRole", "sources"],
  pages: ["slug", "title", "description", "sources"],
};

export type ExportSummary = { written: string[]; unchanged: number };

/** Writes every record in the database to content/<kind>/<slug>.md; files already equal are left alone. */
export async function exportContent(db: PrismaClient, dir: string = defaultContentDir): Promise<ExportSummary> {
  const content = await readContentFromDb(db);
  const summary: ExportSummary = { written: [], unchanged: 0 };
  for (const kind of Object.keys(fieldOrder) as (keyof ContentSet)[]) {
    for (const record of content[kind] as ({ slug: string; body: string } & Record<string, unknown>)[]) {
      const data = Object.fromEntries(fieldOrder[kind].map((key) => [key, record[key]]));
      const text = formatFrontMatter(data, record.body);
      const file = path.join(dir, kind, `${record.slug}.md`);
      if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) {
        summary.unchanged += 1;
        continue;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      summary.written.push(path.relative(process.cwd(), file));
    }
  }
  return summary;
}
