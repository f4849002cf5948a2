import { expect, test } from "@playwright/test";

// /api/health for load balancers: ready (200) on the test server, not ready (503) on the second
// server the config starts against a database that is down (E2E_PORT+1); alive on both.
const downPort = Number(process.env.E2E_PORT ?? 3100) + 1;

test("ready: 200 with the database up and migrations applied", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
});

test("not ready: 503 with the database down, and no detail an attacker could use", async ({ request }) => {
  const response = await request.get(`http://127.0.0.1:${downPort}/api/health`);
  expect(response.status()).toBe(503);
  const text = await response.text();
  expect(JSON.parse(text)).toEqual({ status: "unavailable", database: "unavailable", migrations: "unknown" });
  expect(text).not.toMatch(/127\.0\.0\.1|nede|ECONNREFUSED|postgres|prisma|_migrations/i);
});

test("live: 200 from both, whatever the database", async ({ request }) => {
  for (const base of ["", `http://127.0.0.1:${downPort}`]) {
    const response = await request.get(`${base}/api/health/live`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  }
});
