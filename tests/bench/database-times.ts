import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseProjectFilters } from "@/lib/projects/filters";
import { findProjectListing } from "@/lib/search/project-search";
import { searchSite } from "@/lib/search/site-search";

/** `buffers`: shared blocks read (hit or from disk) by all of a page's queries, once: a measure that does not depend on the machine's load. */
export type TDatabaseTime = { label: string; queries: number; p50: number; p95: number; buffers: number };

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * The database time of the list and search pages' queries: the SQL each search function runs
 * (captured from Prisma's query log), then EXPLAIN (ANALYZE)d `runs` times; planning + execution,
 * summed over a page's queries.
 *
 * Measured as the site's pooled connections see it: one unmeasured run first on the measuring
 * connection (a new connection loads the Norwegian dictionaries and the catalog on first use,
 * ~15 ms once, which a pooled server connection paid long ago), and TIMING OFF (the total is
 * still measured; clock reads at every plan node would add their own cost to the figure).
 */
export async function databaseTimes(databaseUrl: string, listPaths: { label: string; path: string }[], runs: number): Promise<TDatabaseTime[]> {
  const captured: { query: string; params: string }[] = [];
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => captured.push({ query: event.query, params: event.params }));
  const raw = new pg.Client({ connectionString: databaseUrl });
  await raw.connect();
  const searches: { label: string; run: () => Promise<unknown> }[] = [
    ...listPaths.map((p) => ({
      label: p.label,
      run: () => {
        const params = new URL(p.path, "http://x").searchParams;
        // As the page asks: the rarely used groups are counted when shown (?filtre=alle).
        return findProjectListing(parseProjectFilters(Object.fromEntries(params)).filters, client, undefined, { countMore: params.get("filtre") === "alle" });
      },
    })),
    { label: "site search /sok?q=ungdom", run: () => searchSite("ungdom", client) },
  ];
  const rows: TDatabaseTime[] = [];
  try {
    for (const search of searches) {
      captured.length = 0;
      await search.run();
      const queries = [...captured];
      const totals: number[] = [];
      let buffers = 0;
      for (const { query, params } of queries) await raw.query(`EXPLAIN (ANALYZE, TIMING OFF) ${query}`, JSON.parse(params) as unknown[]);
      for (let run = 0; run < runs; run++) {
        let total = 0;
        for (const { query, params } of queries) {
          const result = await raw.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ${query}`, JSON.parse(params) as unknown[]);
          type TPlan = { "Execution Time": number; "Planning Time": number; Plan: { "Shared Hit Blocks": number; "Shared Read Blocks": number } };
          const plan = (result.rows[0] as { "QUERY PLAN": TPlan[] })["QUERY PLAN"][0]!;
          total += plan["Execution Time"] + plan["Planning Time"];
          if (run === 0) buffers += plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"];
          if (process.env.BENCH_DETAIL && run === 0) {
            console.log(`${search.label}: ${(plan["Execution Time"] + plan["Planning Time"]).toFixed(1)} ms  ${query.replace(/\s+/g, " ").slice(0, 140)}`);
            if (process.env.BENCH_PLAN && plan["Execution Time"] > 5) {
              const text = await raw.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${query}`, JSON.parse(params) as unknown[]);
              console.log(text.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n"));
            }
          }
        }
        totals.push(total);
      }
      rows.push({ label: search.label, queries: queries.length, p50: percentile(totals, 50), p95: percentile(totals, 95), buffers });
    }
  } finally {
    await raw.end();
    await client.$disconnect();
  }
  return rows;
}
