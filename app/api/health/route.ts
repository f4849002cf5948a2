import { readiness } from "@/lib/health/readiness";

/**
 * Readiness, for load balancers and process managers: 200 when the database answers and every
 * migration is applied, 503 otherwise. The body says which part is missing and nothing more.
 * Liveness (the process answers at all) is /api/health/live.
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness();
  return Response.json(
    { status: result.ready ? "ok" : "unavailable", database: result.database, migrations: result.migrations },
    { status: result.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
