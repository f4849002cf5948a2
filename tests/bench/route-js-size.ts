/**
 * First-load JavaScript per public route: loads each route in a fresh Chromium context (empty
 * cache) and sums the script responses — bytes on the wire (as the server sent them), raw bytes,
 * and gzip -9 of the raw bytes (comparable across servers that do or do not compress).
 *
 *   BASE_URL=http://127.0.0.1:3000 npx tsx tests/bench/route-js-size.ts
 *
 * Measure a production build (`next build` + `next start`): `next dev` ships unminified code.
 * Figures, not assertions.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";

const baseUrl = (process.env.BASE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");

const routes = [
  "/",
  "/prosjekter",
  "/prosjekter?fokus=bredband",
  "/prosjekter/nord-troms-plankontor",
  "/rapporter",
  "/rapporter/luk-evaluering",
  "/suksessfaktorer",
  "/suksessfaktorer/forankring",
  "/fokusomrader",
  "/fokusomrader/bredband",
  "/fylker",
  "/fylker/troms",
  "/sok?q=ungdom",
  "/forstehjelp",
  "/om",
  "/tilgjengelighet",
];

type TRouteSize = { route: string; scripts: number; wire: number; raw: number; gzip: number };

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function measureRoute(browser: Browser, route: string): Promise<TRouteSize> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<{ wire: number; raw: number; gzip: number } | null>[] = [];
  const seen = new Set<string>();
  page.on("response", (response) => {
    const request = response.request();
    if (request.resourceType() !== "script" || seen.has(request.url())) return;
    seen.add(request.url());
    pending.push(
      (async () => {
        try {
          const body = await response.body();
          const sizes = await request.sizes();
          return { wire: sizes.responseBodySize, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
        } catch {
          return null; // a redirect or an aborted request has no body
        }
      })(),
    );
  });
  const response = await page.goto(`${baseUrl}${route}`, { waitUntil: "networkidle" });
  if (!response || response.status() >= 400) throw new Error(`${route}: HTTP ${response?.status()}`);
  const sizes = (await Promise.all(pending)).filter((s) => s !== null);
  await context.close();
  return {
    route,
    scripts: sizes.length,
    wire: sizes.reduce((sum, s) => sum + s.wire, 0),
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
  };
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    console.log(`First-load JavaScript per route, ${baseUrl}\n`);
    console.log(`${"route".padEnd(38)} ${"scripts".padStart(7)} ${"on the wire".padStart(12)} ${"raw".padStart(10)} ${"gzip -9".padStart(10)}`);
    for (const route of routes) {
      const size = await measureRoute(browser, route);
      console.log(
        `${size.route.padEnd(38)} ${String(size.scripts).padStart(7)} ${kilobytes(size.wire).padStart(12)} ${kilobytes(size.raw).padStart(10)} ${kilobytes(size.gzip).padStart(10)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
