/** Liveness: the process answers. It asks nothing of the database (readiness is /api/health). */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
