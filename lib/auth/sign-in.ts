import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { isThrottled, pruneFailures, recordFailure } from "@/lib/auth/throttle";
import { writeAudit } from "@/lib/audit/write-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type TSignInResult =
  | { ok: true; user: { id: number; email: string; name: string; sessionVersion: number } }
  | { ok: false; error: "invalid" | "throttled" };

/**
 * Checks an email and password. Throttled per account and per IP address (the count lives in
 * sign_in_failure), and every attempt is audited. Unknown accounts take as long as known ones.
 */
export async function authenticate(db: PrismaClient, input: { email: string; password: string; ip: string | null }): Promise<TSignInResult> {
  const email = input.email.trim().toLowerCase();
  if (await isThrottled(db, email, input.ip)) {
    await writeAudit(db, { action: "sign_in", outcome: "refused", ip: input.ip, details: { email, reason: "throttled" } });
    return { ok: false, error: "throttled" };
  }
  const user = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true, disabledAt: true } })
    : null;
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordFailure(db, email, input.ip);
    const reason = !user ? "unknown_account" : !passwordOk ? "wrong_password" : "disabled";
    await writeAudit(db, { userId: user?.id ?? null, action: "sign_in", outcome: "failure", ip: input.ip, details: { email, reason } });
    return { ok: false, error: "invalid" };
  }
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await writeAudit(db, { userId: user.id, action: "sign_in", outcome: "success", ip: input.ip });
  if (Math.random() < 0.05) await pruneFailures(db);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
