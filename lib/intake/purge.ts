import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/commands/define-command";

/**
 * Personal data is kept no longer than needed (/personvern): a suggester's contact details are
 * deleted at rejection (by the reject command) and, whatever became of the suggestion, 12 months
 * after it came in; the submission records behind the limits after two days. Run on every
 * submission, whenever the queue is read, and by `npm run intake:purge` (a scheduler's job).
 */
export const CONTACT_RETENTION_MONTHS = 12;
const SUBMISSION_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

export function contactExpiry(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - CONTACT_RETENTION_MONTHS);
  return cutoff;
}

export async function purgeExpiredIntakeData(db: PrismaClient | Tx, now: Date = new Date()): Promise<{ contacts: number; submissions: number }> {
  const contacts = await db.intakeContact.deleteMany({
    where: { OR: [{ createdAt: { lt: contactExpiry(now) } }, { suggestion: { status: "rejected" } }] },
  });
  const submissions = await db.intakeSubmission.deleteMany({ where: { at: { lt: new Date(now.getTime() - SUBMISSION_RETENTION_MS) } } });
  return { contacts: contacts.count, submissions: submissions.count };
}
