import type { PrismaClient } from "@/lib/generated/prisma/client";
import { checkUrl, type TLinkResult } from "@/lib/links/check-url";

export type TLinkRunOptions = {
  /** Checks in flight at once, over all hosts. */
  concurrency: number;
  /** Per request. */
  timeoutMs: number;
  /** Per URL, all requests together. */
  budgetMs: number;
  maxRedirects: number;
  allowPrivate: boolean;
  /** The whole run: no check starts after it, and those in flight are aborted. */
  deadlineMs: number;
  /** Records read per query (keeps memory flat at 100,000 projects). */
  batchSize?: number;
  now?: () => Date;
  log?: (line: string) => void;
};

export type TLinkRunSummary = {
  records: number;
  /** Distinct URLs seen, and of them checked (the rest were left when the deadline came). */
  urls: number;
  checked: number;
  ok: number;
  broken: number;
  notChecked: number;
  durationMs: number;
  deadlineReached: boolean;
};

type TEntity = "project" | "report";
type TRecord = { id: number; urls: string[] };

/** The http(s)-looking and other URLs a record cites: each source's `url`, and a report's own url. */
export function sourceUrls(sources: unknown, extra: (string | null)[] = []): string[] {
  const urls = new Set<string>();
  if (Array.isArray(sources)) {
    for (const source of sources) {
      const url = (source as { url?: unknown } | null)?.url;
      if (typeof url === "string" && url.trim() !== "") urls.add(url.trim());
    }
  }
  for (const url of extra) if (url && url.trim() !== "") urls.add(url.trim());
  return [...urls];
}

async function* records(db: PrismaClient, entity: TEntity, batchSize: number): AsyncGenerator<TRecord[]> {
  let after = 0;
  for (;;) {
    const rows =
      entity === "project"
        ? (await db.project.findMany({ where: { id: { gt: after } }, select: { id: true, sources: true }, orderBy: { id: "asc" }, take: batchSize })).map((r) => ({
            id: r.id,
            urls: sourceUrls(r.sources),
          }))
        : (await db.report.findMany({ where: { id: { gt: after } }, select: { id: true, sources: true, url: true }, orderBy: { id: "asc" }, take: batchSize })).map((r) => ({
            id: r.id,
            urls: sourceUrls(r.sources, [r.url]),
          }));
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) return;
  }
}

/** Runs `work` over `items` with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * `npm run links:check`: checks every source URL of every project and report and stores, per
 * record and URL, the result in `source_link_check` (each distinct URL is fetched once per run).
 * Records are read in batches by id; a batch's rows are replaced once its URLs are checked, so an
 * interrupted run keeps what it finished. URLs a record no longer cites lose their row; a URL left
 * unchecked when the deadline came keeps its previous result.
 */
export async function checkAllSourceLinks(db: PrismaClient, options: TLinkRunOptions): Promise<TLinkRunSummary> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 500;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error("deadline")), options.deadlineMs);
  timer.unref?.();
  const results = new Map<string, TLinkResult & { checkedAt: Date }>();
  const summary: TLinkRunSummary = { records: 0, urls: 0, checked: 0, ok: 0, broken: 0, notChecked: 0, durationMs: 0, deadlineReached: false };

  try {
    for (const entity of ["project", "report"] as const) {
      for await (const batch of records(db, entity, batchSize)) {
        summary.records += batch.length;
        const fresh = [...new Set(batch.flatMap((r) => r.urls))].filter((url) => !results.has(url));
        summary.urls += fresh.length;
        await pool(fresh, options.concurrency, async (url) => {
          if (deadline.signal.aborted) return;
          const result = await checkUrl(url, { ...options, signal: deadline.signal });
          // A check cut off by the run's deadline says nothing about the link: keep the old row.
          if (deadline.signal.aborted && !result.ok && result.status === null) return;
          results.set(url, { ...result, checkedAt: now() });
          summary.checked += 1;
          if (result.ok) summary.ok += 1;
          else summary.broken += 1;
        });
        await storeBatch(db, entity, batch, results);
        if (deadline.signal.aborted) {
          summary.deadlineReached = true;
          log(`Tidsgrensen for lenkesjekken (${Math.round(options.deadlineMs / 1000)} s) er nådd; resten sjekkes neste gang.`);
          break;
        }
      }
      if (deadline.signal.aborted) break;
    }
    if (!deadline.signal.aborted) await pruneOrphans(db);
  } finally {
    clearTimeout(timer);
  }
  summary.notChecked = summary.urls - summary.checked;
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

async function storeBatch(db: PrismaClient, entity: TEntity, batch: TRecord[], results: Map<string, TLinkResult & { checkedAt: Date }>) {
  const ids = batch.map((r) => r.id);
  const citedIds = batch.flatMap((r) => r.urls.map(() => r.id));
  const citedUrls = batch.flatMap((r) => r.urls);
  const checked = batch.flatMap((r) => r.urls.filter((url) => results.has(url)).map((url) => ({ id: r.id, url, ...results.get(url)! })));
  await db.$transaction([
    // Rows for URLs the record no longer cites.
    db.$executeRaw`
      DELETE FROM source_link_check s
      WHERE s.entity_type = ${entity}::revision_entity AND s.entity_id = ANY(${ids}::int[])
        AND NOT EXISTS (SELECT 1 FROM unnest(${citedIds}::int[], ${citedUrls}::text[]) AS k(id, url) WHERE k.id = s.entity_id AND k.url = s.url)`,
    db.$executeRaw`
      INSERT INTO source_link_check (entity_type, entity_id, url, ok, status, error, method, final_url, redirects, duration_ms, checked_at)
      SELECT ${entity}::revision_entity, k.id, k.url, k.ok, k.status, k.error, k.method, k.final_url, k.redirects, k.duration_ms, k.checked_at AT TIME ZONE 'UTC'
      FROM unnest(${checked.map((c) => c.id)}::int[], ${checked.map((c) => c.url)}::text[], ${checked.map((c) => c.ok)}::boolean[],
                  ${checked.map((c) => c.status)}::int[], ${checked.map((c) => c.error)}::text[], ${checked.map((c) => c.method)}::text[],
                  ${checked.map((c) => c.finalUrl)}::text[], ${checked.map((c) => c.redirects)}::int[], ${checked.map((c) => c.durationMs)}::int[],
                  ${checked.map((c) => c.checkedAt.toISOString())}::timestamptz[])
        AS k(id, url, ok, status, error, method, final_url, redirects, duration_ms, checked_at)
      ON CONFLICT (entity_type, entity_id, url) DO UPDATE SET
        ok = EXCLUDED.ok, status = EXCLUDED.status, error = EXCLUDED.error, method = EXCLUDED.method, final_url = EXCLUDED.final_url,
        redirects = EXCLUDED.redirects, duration_ms = EXCLUDED.duration_ms, checked_at = EXCLUDED.checked_at`,
  ]);
}

/** Rows of records that no longer exist. */
async function pruneOrphans(db: PrismaClient) {
  await db.$executeRaw`
    DELETE FROM source_link_check s
    WHERE (s.entity_type = 'project' AND NOT EXISTS (SELECT 1 FROM project p WHERE p.id = s.entity_id))
       OR (s.entity_type = 'report' AND NOT EXISTS (SELECT 1 FROM report r WHERE r.id = s.entity_id))`;
}
