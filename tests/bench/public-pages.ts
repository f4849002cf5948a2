/**
 * A small load benchmark of the public pages: a bounded number of GET requests per URL with a
 * fixed concurrency, against a server on this machine only. Prints requests per second and
 * p50/p95/max latency — figures, not assertions.
 *
 *   BASE_URL=http://127.0.0.1:3000 npx tsx tests/bench/public-pages.ts
 *   REQUESTS=200 CONCURRENCY=10 (the defaults)
 *
 * Measure a production build (`next start`); `next dev` compiles on demand and says little.
 */

const baseUrl = (process.env.BASE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
const requestsPerPath = boundedInteger(process.env.REQUESTS, 200, 1, 2000);
const concurrency = boundedInteger(process.env.CONCURRENCY, 10, 1, 50);

const paths = ["/", "/prosjekter", `/prosjekter?q=${encodeURIComponent("bredbånd")}`, "/sok?q=ungdom"];

function boundedInteger(value: string | undefined, fallback: number, min: number, max: number): number {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
}

/** This is a load generator: it must never point at anyone else's server. */
function assertLocal(url: string) {
  const { hostname } = new URL(url);
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(hostname)) {
    throw new Error(`BASE_URL must be localhost or 127.0.0.1, not ${hostname}`);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timeRequest(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { "accept-encoding": "gzip" }, redirect: "manual" });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch {
    return { ms: performance.now() - started, status: 0 };
  }
}

async function benchPath(path: string) {
  const url = `${baseUrl}${path}`;
  await timeRequest(url); // warm-up, not counted
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requestsPerPath) {
      next += 1;
      const { ms, status } = await timeRequest(url);
      latencies.push(ms);
      if (status !== 200) failures.set(status, (failures.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    path,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? Number.NaN,
    failures: [...failures].map(([status, count]) => `${count}× ${status === 0 ? "network error" : `HTTP ${status}`}`).join(", "),
  };
}

async function main() {
  assertLocal(baseUrl);
  console.log(`${requestsPerPath} requests per path, concurrency ${concurrency}, ${baseUrl}\n`);
  console.log(`${"path".padEnd(32)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}  failures`);
  for (const path of paths) {
    const r = await benchPath(path);
    console.log(
      `${r.path.padEnd(32)} ${r.perSecond.toFixed(1).padStart(8)} ${r.p50.toFixed(0).padStart(8)} ${r.p95.toFixed(0).padStart(8)} ${r.max.toFixed(0).padStart(8)}  ${r.failures || "none"}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
