import "server-only";
import { badRequest, CORS_HEADERS, LICENCE_LINK } from "@/lib/api/http";
import { findApiProjectsByIds, readProjectListing, toProjectSummary } from "@/lib/api/projects";
import { findApiReportsByIds, readReportFilters, toReportSummary } from "@/lib/api/reports";
import { findPublishedReportIdsPage } from "@/lib/reports/queries";
import { findMatchingProjectIdsAfter, type TProjectCursor } from "@/lib/search/project-search";
import { projectStatusLabel, reportKindLabel } from "@/lib/projects/labels";

/**
 * CSV of a filtered list, for spreadsheets: UTF-8 with a byte-order mark and semicolons, which
 * is what Excel with Norwegian settings opens correctly. Streamed: each pull reads one keyset
 * page from the database, so a list of 100,000 examples never sits in memory, and a slow client
 * only slows the reads. A download that runs past MAX_SECONDS is aborted (the client sees an
 * incomplete transfer, never a silently cut file).
 */

const BATCH = 500;
const MAX_SECONDS = 120;
const BOM = "\uFEFF";

/** One field: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(";")}\r\n`;
}

const list = (values: string[]) => values.join(", ");

function csvResponse(filename: string, stream: ReadableStream<Uint8Array>): Response {
  const headers = new Headers(CORS_HEADERS);
  headers.set("Content-Type", "text/csv; charset=utf-8; header=present");
  headers.set("Content-Disposition", `attachment; filename="${filename}"`);
  headers.set("Cache-Control", "public, max-age=60");
  headers.set("Link", LICENCE_LINK);
  return new Response(stream, { status: 200, headers });
}

/** A stream that asks `next` for one chunk of text per pull until it returns null. */
function pagedStream(header: string, next: () => Promise<string | null>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const deadline = Date.now() + MAX_SECONDS * 1000;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(BOM + header));
          return;
        }
        if (Date.now() > deadline) {
          controller.error(new Error(`CSV-eksporten tok mer enn ${MAX_SECONDS} sekunder og ble avbrutt.`));
          return;
        }
        try {
          const chunk = await next();
          if (chunk === null) controller.close();
          else controller.enqueue(encoder.encode(chunk));
        } catch (error) {
          console.error("CSV-eksport feilet", error);
          controller.error(error);
        }
      },
    },
    { highWaterMark: 1 },
  );
}

export const projectCsvHeader = csvLine([
  "slug",
  "tittel",
  "status",
  "startår",
  "sluttår",
  "kommunenummer",
  "kommuner",
  "fylkesnummer",
  "fylker",
  "fokusområder",
  "suksessfaktorer",
  "publisert",
  "oppdatert",
  "url",
]);

export async function projectCsvResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const read = await readProjectListing(url, { extraParams: [], pageSize: 1 });
  if (!read.ok) return badRequest(read.problems);
  const { match } = read.listing;
  let cursor: TProjectCursor | null = null;
  let done = read.empty;

  const stream = pagedStream(projectCsvHeader, async () => {
    if (done) return null;
    const page = await findMatchingProjectIdsAfter(match, cursor, BATCH);
    cursor = page.next;
    done = page.next === null;
    const rows = (await findApiProjectsByIds(page.ids)).map(toProjectSummary);
    return rows
      .map((p) =>
        csvLine([
          p.slug,
          p.tittel,
          projectStatusLabel[p.status],
          p.startAr,
          p.sluttAr,
          list(p.kommuner.map((k) => k.nummer)),
          list(p.kommuner.map((k) => k.navn)),
          list(p.fylker.map((f) => f.nummer)),
          list(p.fylker.map((f) => f.navn)),
          list(p.fokusomrader.map((f) => f.navn)),
          list(p.suksessfaktorer.map((f) => f.navn)),
          p.publisert?.slice(0, 10),
          p.oppdatert.slice(0, 10),
          p.url,
        ]),
      )
      .join("");
  });
  return csvResponse("prosjekteksempler.csv", stream);
}

export const reportCsvHeader = csvLine(["slug", "tittel", "forfattere", "utgivere", "år", "serie", "nummer", "type", "fokusområder", "url"]);

export async function reportCsvResponse(request: Request): Promise<Response> {
  const read = await readReportFilters(new URL(request.url), []);
  if (!read.ok) return badRequest(read.problems);
  let skip = 0;
  let done = false;

  const stream = pagedStream(reportCsvHeader, async () => {
    if (done) return null;
    const { ids } = await findPublishedReportIdsPage(read.filters, skip, BATCH);
    skip += BATCH;
    done = ids.length < BATCH;
    const rows = (await findApiReportsByIds(ids)).map(toReportSummary);
    return rows
      .map((r) =>
        csvLine([
          r.slug,
          r.tittel,
          list(r.forfattere),
          list(r.utgivere),
          r.ar,
          r.serie,
          r.nummer,
          reportKindLabel[r.type],
          list(r.fokusomrader.map((f) => f.navn)),
          r.url,
        ]),
      )
      .join("");
  });
  return csvResponse("rapporter.csv", stream);
}
