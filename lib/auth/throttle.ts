import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Sign-in throttling, shared by every instance through PostgreSQL.
 *
 * An attempt is recorded *before* the password is checked, in the same transaction that decides
 * whether it may be checked at all; the transaction first takes advisory locks on the account and
 * on the address, so concurrent guesses queue up and each sees the ones before it. A success
 * deletes its own record (and the earlier failures of that account from that address).
 *
 * Limits within FAILURE_WINDOW_MS:
 * - an account from one address: MAX_FAILURES (then that address must wait for that account);
 * - an account as a whole: MAX_FAILURES, but only once they came from ACCOUNT_HOLD_ADDRESSES
 *   different addresses — so one person guessing someone's e-mail cannot lock them out, while
 *   guesses spread over many addresses still stop at about MAX_FAILURES;
 * - an address over all accounts: MAX_FAILURES_PER_ADDRESS (password spraying).
 */
export const MAX_FAILURES = 10;
export const ACCOUNT_HOLD_ADDRESSES = 3;
export const MAX_FAILURES_PER_ADDRESS = 50;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/** Longest e-mail address (RFC 5321 path limit) and password looked at; anything longer is refused unread. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 1000;

/** Namespaces of pg_advisory_xact_lock(int, int) for this module. */
const LOCK_ACCOUNT = 0x6b620001;
const LOCK_ADDRESS = 0x6b620002;

type Db = Pick<PrismaClient, "$transaction" | "signInAttempt">;

export type TThrottleDecision = { allowed: true; attemptId: bigint } | { allowed: false; reason: "account_from_address" | "account" | "address" };

/** Records an attempt and says whether its password may be checked. Throws on any database error. */
export async function beginAttempt(db: Db, email: string, address: string | null, now = new Date()): Promise<TThrottleDecision> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  return db.$transaction(
    async (tx) => {
      // Always account before address, so two transactions can never wait for each other.
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LOCK_ACCOUNT}::int4, hashtext(${email}::text))`;
      if (address) await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LOCK_ADDRESS}::int4, hashtext(${address}::text))`;

      const byAddress = await tx.signInAttempt.groupBy({ by: ["address"], where: { email, createdAt: { gte: since } }, _count: { _all: true } });
      const fromHere = byAddress.find((group) => group.address === address)?._count._all ?? 0;
      const total = byAddress.reduce((sum, group) => sum + group._count._all, 0);
      const addresses = byAddress.filter((group) => group.address !== null).length;
      if (fromHere >= MAX_FAILURES) return { allowed: false, reason: "account_from_address" } as const;
      if (total >= MAX_FAILURES && addresses >= ACCOUNT_HOLD_ADDRESSES) return { allowed: false, reason: "account" } as const;
      if (address && (await tx.signInAttempt.count({ where: { address, createdAt: { gte: since } } })) >= MAX_FAILURES_PER_ADDRESS) {
        return { allowed: false, reason: "address" } as const;
      }
      const attempt = await tx.signInAttempt.create({ data: { email, address, createdAt: now }, select: { id: true } });
      return { allowed: true, attemptId: attempt.id } as const;
    },
    // Concurrent attempts queue on the locks; each transaction itself is a few milliseconds.
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/** The password was right: this attempt and the earlier failures of this account from this address are forgotten. */
export async function forgetFailures(db: Pick<PrismaClient, "signInAttempt">, email: string, address: string | null, attemptId: bigint): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { OR: [{ id: attemptId }, { email, address }] } });
}

/** Old rows are of no use; removed now and then so the table stays small. */
export async function pruneAttempts(db: Pick<PrismaClient, "signInAttempt">, now = new Date()): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - FAILURE_WINDOW_MS) } } });
}
