import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { envValue } from "@/lib/env";

export const metadata: Metadata = { title: "Målegulv", robots: { index: false, follow: false } };

/**
 * The benchmark's floor (`npm run bench`): a dynamic page that renders the layout and reads
 * nothing, so the other pages' throughput can be given as a share of what the same build serves
 * with no data at all. It exists only when the server runs with KB_BENCH_FLOOR=1 (the benchmark
 * sets it); everywhere else it is a plain 404.
 */
export default async function BenchFloorPage() {
  await connection();
  if (envValue("KB_BENCH_FLOOR") !== "1") notFound();
  return (
    <div>
      <h1 className="ds-heading" data-size="lg">
        Målegulv
      </h1>
      <p className="ds-paragraph">En side uten data, brukt som sammenligningsgrunnlag når ytelsen måles.</p>
    </div>
  );
}
