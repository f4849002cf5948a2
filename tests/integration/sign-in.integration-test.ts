import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { ACCOUNT_HOLD_ADDRESSES, MAX_FAILURES, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/throttle";
import { dropDatabase, ensureDatabase, migrateDeploy, withDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";

// Sign-in throttling against a real PostgreSQL: atomic, per (account, address), per account only
// from several addresses, per address over all accounts, and closed when the database fails.
const serverUrl = inject("serverUrl");
const name = `kb_test_signin_${crypto.randomBytes(4).toString("hex")}`;
let db: PrismaClient;
const PASSWORD = "et-langt-passord-123";
const WRONG = "feil-passord-123";

async function newAccount(label: string): Promise<string> {
  const email = `${label}-${crypto.randomBytes(3).toString("hex")}@example.no`;
  await createUser(db, { email, name: label, role: "adviser", password: PASSWORD, counties: [] });
  return email;
}

async function audits(email: string, outcome: "failure" | "refused" | "success") {
  return db.auditLog.findMany({ where: { action: "sign_in", outcome, details: { path: ["email"], equals: email } }, select: { ip: true, details: true } });
}

beforeAll(async () => {
  await ensureDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  await migrateDeploy(url, { quiet: true });
  db = createPrismaClient(url);
});

afterAll(async () => {
  await db?.$disconnect();
  await dropDatabase(serverUrl, name);
});

describe("sign-in throttling", () => {
  it("checks at most 10 of 40 concurrent wrong guesses against the password", async () => {
    const email = await newAccount("samtidig");
    const results = await Promise.all(Array.from({ length: 40 }, () => authenticate(db, { email, password: WRONG, ip: "192.0.2.40" })));
    const checked = await audits(email, "failure");
    expect(checked).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.error === "invalid")).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.error === "throttled")).toHaveLength(40 - MAX_FAILURES);
    // And the right password from that address waits too.
    expect(await authenticate(db, { email, password: PASSWORD, ip: "192.0.2.40" })).toEqual({ ok: false, error: "throttled" });
  });

  it("holds an account for the guessing address only: its owner elsewhere still signs in", async () => {
    const email = await newAccount("navngitt");
    for (let i = 0; i < MAX_FAILURES; i++) await authenticate(db, { email, password: WRONG, ip: "198.51.100.66" });
    expect(await authenticate(db, { email, password: PASSWORD, ip: "198.51.100.66" })).toEqual({ ok: false, error: "throttled" });
    expect(await authenticate(db, { email, password: PASSWORD, ip: "203.0.113.5" })).toMatchObject({ ok: true });
  });

  it(`holds the account itself once the failures come from ${ACCOUNT_HOLD_ADDRESSES} addresses`, async () => {
    const email = await newAccount("spredt");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authenticate(db, { email, password: WRONG, ip: `198.51.100.${10 + (i % ACCOUNT_HOLD_ADDRESSES)}` })).toEqual({ ok: false, error: "invalid" });
    }
    expect(await authenticate(db, { email, password: PASSWORD, ip: "203.0.113.77" })).toEqual({ ok: false, error: "throttled" });
    const refused = await audits(email, "refused");
    expect(refused.at(-1)).toMatchObject({ ip: "203.0.113.77", details: { reason: "throttled", limit: "account" } });
  });

  it("holds an address that tries many accounts, not the accounts", async () => {
    const email = await newAccount("spraying");
    const since = new Date();
    await db.signInAttempt.createMany({ data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({ email: `ukjent${i}@example.no`, address: "192.0.2.99", createdAt: since })) });
    expect(await authenticate(db, { email, password: PASSWORD, ip: "192.0.2.99" })).toEqual({ ok: false, error: "throttled" });
    expect(await authenticate(db, { email, password: PASSWORD, ip: "192.0.2.100" })).toMatchObject({ ok: true });
  });

  it("forgets failures after 15 minutes, and a success forgets that address's failures", async () => {
    const email = await newAccount("glemt");
    for (let i = 0; i < MAX_FAILURES; i++) await authenticate(db, { email, password: WRONG, ip: "192.0.2.15" });
    expect(await authenticate(db, { email, password: PASSWORD, ip: "192.0.2.15" })).toEqual({ ok: false, error: "throttled" });
    await db.signInAttempt.updateMany({ where: { email }, data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
    expect(await authenticate(db, { email, password: PASSWORD, ip: "192.0.2.15" })).toMatchObject({ ok: true });
    await authenticate(db, { email, password: WRONG, ip: "192.0.2.16" });
    expect(await authenticate(db, { email, password: PASSWORD, ip: "192.0.2.16" })).toMatchObject({ ok: true });
    expect(await db.signInAttempt.count({ where: { email, address: "192.0.2.16" } })).toBe(0);
  });

  it("refuses over-long e-mail addresses and passwords without looking them up", async () => {
    const email = await newAccount("lang");
    expect(await authenticate(db, { email: `${"a".repeat(5000)}@example.no`, password: PASSWORD, ip: "192.0.2.50" })).toEqual({ ok: false, error: "invalid" });
    expect(await authenticate(db, { email, password: "x".repeat(100_000), ip: "192.0.2.50" })).toEqual({ ok: false, error: "invalid" });
    expect((await audits(email, "failure")).map((a) => a.details)).toEqual([{ email, reason: "malformed" }]);
    expect(await db.signInAttempt.count({ where: { address: "192.0.2.50" } })).toBe(0);
  });
});

describe("sign-in fails closed", () => {
  it("refuses, with no details, when the attempt cannot be recorded — even with the right password", async () => {
    const email = await newAccount("lukket");
    // An address that never came through lib/http/client-address.ts: too long for its column.
    const hostile = "9".repeat(5000);
    for (let i = 0; i < MAX_FAILURES + 1; i++) {
      expect(await authenticate(db, { email, password: WRONG, ip: hostile })).toEqual({ ok: false, error: "unavailable" });
    }
    expect(await authenticate(db, { email, password: PASSWORD, ip: hostile })).toEqual({ ok: false, error: "unavailable" });
  });

  it("refuses when the database is down", async () => {
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:9/nede");
    try {
      expect(await authenticate(down, { email: "hvem@example.no", password: PASSWORD, ip: "192.0.2.1" })).toEqual({ ok: false, error: "unavailable" });
    } finally {
      await down.$disconnect();
    }
  });
});
