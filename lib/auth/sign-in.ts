import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { beginAttempt, forgetFailures, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, pruneAttempts } from "@/lib/auth/throttle";
import { writeAudit } from "@/lib/audit/write-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type TSignInResult =
  | { ok: true; user: { id: number; email: string; name: string; sessionVersion: number } }
  | { ok: false; error: "invalid" | "throttled" | "unavailable" };

/**
 * Checks an email and password. The attempt is recorded and throttled (lib/auth/throttle.ts)
 * before the password is looked at, every attempt is audited, and unknown accounts take as long
 * as known ones. Fails closed: if the database cannot record the attempt, nobody signs in.
 * `ip` must be a validated address (lib/http/client-address.ts) or null.
 */
export async function authenticate(db: PrismaClient, input: { email: string; password: string; ip: string | null }): Promise<TSignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip;
  try {
    if (!email || email.length > MAX_EMAIL_LENGTH || input.password.length > MAX_PASSWORD_LENGTH) {
      // Nothing this long was ever stored: refused without hashing anything.
      await writeAudit(db, { action: "sign_in", outcome: "failure", ip, details: { email: email.slice(0, MAX_EMAIL_LENGTH), reason: "malformed" } });
      return { ok: false, error: "invalid" };
    }
    const decision = await beginAttempt(db, email, ip);
    if (!decision.allowed) {
      await writeAudit(db, { action: "sign_in", outcome: "refused", ip, details: { email, reason: "throttled", limit: decision.reason } });
      return { ok: false, error: "throttled" };
    }
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true, disabledAt: true },
    });
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
    if (!user || !passwordOk || user.disabledAt) {
      const reason = !user ? "unknown_account" : !passwordOk ? "wrong_password" : "disabled";
      await writeAudit(db, { userId: user?.id ?? null, action: "sign_in", outcome: "failure", ip, details: { email, reason } });
      return { ok: false, error: "invalid" };
    }
    await forgetFailures(db, email, ip, decision.attemptId);
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await writeAudit(db, { userId: user.id, action: "sign_in", outcome: "success", ip });
    if (Math.random() < 0.05) await pruneAttempts(db);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
  } catch (error) {
    // The details go to the server log only; the visitor gets the generic message.
    console.error("Innlogging: databasefeil, forsøket er avvist", error);
    return { ok: false, error: "unavailable" };
  }
}
