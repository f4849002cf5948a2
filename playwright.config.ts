import { defineConfig, devices } from "@playwright/test";

// Runs against a production build (`next start` behind lib/cli/serve.mjs, as `npm start` runs it) on a database prepared by `npm test`
// (lib/cli/test.ts), in Debian's Chromium: Playwright cannot download its own browser here.
const port = Number(process.env.E2E_PORT ?? 3100);
/**
 * Where the site's mails go: tests/e2e/intake-to-published.e2e.ts listens there with a real SMTP
 * server while it runs. When nothing listens, a send fails at once and is only logged (and
 * audited); no other file depends on mail.
 */
export const e2eSmtpPort = port + 3;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.e2e.ts",
  // Several people share one working tree; a run of theirs must not wipe this run's traces.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? "test-results",
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: CI shares 2 cores, and admin flows sign in (argon2id) and save several times.
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nb-NO",
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    // A phone: the public-page qualities (axe, headings, SEO) again at a small, touch viewport.
    { name: "mobile", testMatch: "**/public-pages.e2e.ts", use: { ...devices["Pixel 7"], launchOptions: chromium } },
  ],
  webServer: [
    {
      command: `node lib/cli/serve.mjs -p ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
        MAIL_FROM: "Kunnskapsbanken e2e <ikke-svar@example.no>",
        // Every e2e request comes from 127.0.0.1: the per-address limit would otherwise stop the suite.
        INTAKE_MAX_PER_ADDRESS: "1000",
      },
    },
    {
      // The same build with a database that is down: pages must fail gracefully, in Norwegian.
      command: `node lib/cli/serve.mjs -p ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}/icon.svg`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_URL: `http://127.0.0.1:${port + 1}`,
        DATABASE_URL: "postgresql://postgres@127.0.0.1:9/nede",
      },
    },
  ],
});
