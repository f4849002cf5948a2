import type { TActor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TMailer } from "@/lib/mail/send";
import { dueForCheckOrder, dueForCheckWhere } from "@/lib/users/my-work";

/** Examples named in one mail; the rest are counted and the dashboard has them all. */
export const REMINDER_LIST_LIMIT = 100;

export type TReminderOutcome = { userId: number; email: string; due: number; sent: boolean; error: string | null };

const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo" });

/** The mail to one county contact: their due examples, oldest check first, each with its edit link. */
export function reminderText(
  name: string,
  due: { id: number; title: string; lastCheckedAt: Date | null }[],
  total: number,
  baseUrl: string,
): { subject: string; text: string } {
  const lines = due.map(
    (p) => `- ${p.title} – ${p.lastCheckedAt ? `sist sjekket ${dateFormat.format(p.lastCheckedAt)}` : "aldri sjekket"}\n  ${baseUrl}/admin/prosjekter/${p.id}`,
  );
  const rest = total - due.length;
  const text = [
    `Hei ${name},`,
    "",
    `${total === 1 ? "Ett eksempel" : `${total} eksempler`} i fylkene dine er ikke sjekket på 12 måneder:`,
    "",
    ...lines,
    ...(rest > 0 ? ["", `… og ${rest} til. Hele listen står under «Ikke sjekket på 12 måneder» på ${baseUrl}/admin`] : []),
    "",
    "Se om opplysningene og kildene fortsatt stemmer, og sett «Sist sjekket» til dagens dato når du har sjekket.",
    "",
    "Hilsen Kunnskapsbanken (månedlig påminnelse)",
  ].join("\n");
  return { subject: `Kunnskapsbanken: ${total === 1 ? "ett eksempel" : `${total} eksempler`} å sjekke`, text };
}

/**
 * `npm run reminders:send`: one mail to each active county contact with examples due for a check
 * (the dashboard's "Ikke sjekket på 12 måneder", the same query), none to those with nothing due.
 * Every send is written to the audit log (`reminder.send`, success or failure with the reason);
 * a failed send does not stop the others.
 */
export async function sendReviewReminders(
  db: PrismaClient,
  mailer: TMailer,
  options: { baseUrl: string; now?: Date },
): Promise<TReminderOutcome[]> {
  const now = options.now ?? new Date();
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const contacts = await db.user.findMany({
    where: { role: "county_contact", disabledAt: null, counties: { some: {} } },
    select: { id: true, email: true, name: true, role: true, counties: { select: { countyNumber: true } } },
    orderBy: { id: "asc" },
  });
  const outcomes: TReminderOutcome[] = [];
  for (const contact of contacts) {
    const actor: TActor = { id: contact.id, email: contact.email, name: contact.name, role: contact.role, counties: contact.counties.map((c) => c.countyNumber).sort() };
    const where = dueForCheckWhere(actor, now);
    const [total, due] = await Promise.all([
      db.project.count({ where }),
      db.project.findMany({ where, select: { id: true, title: true, lastCheckedAt: true }, orderBy: dueForCheckOrder, take: REMINDER_LIST_LIMIT }),
    ]);
    if (total === 0) {
      outcomes.push({ userId: contact.id, email: contact.email, due: 0, sent: false, error: null });
      continue;
    }
    const result = await mailer.send({ to: contact.email, ...reminderText(contact.name, due, total, baseUrl) });
    await writeAudit(db, {
      action: "reminder.send",
      outcome: result.ok ? "success" : "failure",
      entityType: "user",
      entityId: contact.id,
      details: { kind: "review", due: total, via: result.via, ...(result.ok ? { messageId: result.messageId } : { error: result.error }) },
    });
    outcomes.push({ userId: contact.id, email: contact.email, due: total, sent: result.ok, error: result.ok ? null : result.error });
  }
  return outcomes;
}
