import type { PrismaClient } from "@/lib/generated/prisma/client";

/** At most this many failed sign-ins per account and per IP address within the window. */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

type Db = Pick<PrismaClient, "signInFailure">;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

function keysFor(email: string, ip: string | null): string[] {
  return ip ? [emailKey(email), ipKey(ip)] : [emailKey(email)];
}

/** True when the account or the address has used up its failures for now. */
export async function isThrottled(db: Db, email: string, ip: string | null, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  for (const key of keysFor(email, ip)) {
    const count = await db.signInFailure.count({ where: { key, createdAt: { gte: since } } });
    if (count >= MAX_FAILURES) return true;
  }
  return false;
}

/** Counted in PostgreSQL, so that every instance of the app sees the same count. */
export async function recordFailure(db: Db, email: string, ip: string | null): Promise<void> {
  await db.signInFailure.createMany({ data: keysFor(email, ip).map((key) => ({ key })) });
}

/** Old rows are of no use; removed now and then so the table stays small. */
export async function pruneFailures(db: Db, now = new Date()): Promise<void> {
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - FAILURE_WINDOW_MS) } } });
}
