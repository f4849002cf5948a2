import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMailer } from "@/lib/mail/send";
import { sendReviewReminders } from "@/lib/reminders/review";
import { findMyWork } from "@/lib/users/my-work";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";
import { startTestSmtp, type TTestSmtp } from "@/tests/support/smtp";

let db: PrismaClient;
let drop: () => Promise<void>;
let smtp: TTestSmtp;
const now = new Date("2026-12-01T08:00:00Z");
const monthsAgo = (n: number) => {
  const d = new Date(now);
  d.setMonth(d.getMonth() - n);
  return d;
};

beforeAll(async () => {
  smtp = await startTestSmtp();
  const isolated = await createIsolatedDatabase("reminders");
  drop = isolated.drop;
  db = createPrismaClient(isolated.url);
  await db.county.createMany({ data: [{ number: "55", name: "Troms", slug: "troms" }, { number: "18", name: "Nordland", slug: "nordland" }] });
  await db.municipality.createMany({ data: [{ number: "5501", name: "Tromsø", countyNumber: "55" }, { number: "1804", name: "Bodø", countyNumber: "18" }] });
  const user = (email: string, role: "county_contact" | "adviser" | "admin", counties: string[], disabledAt: Date | null = null) =>
    db.user.create({ data: { email, name: email.split("@")[0]!, role, passwordHash: "x", disabledAt, counties: { create: counties.map((countyNumber) => ({ countyNumber })) } } });
  await user("troms@fylke.test", "county_contact", ["55"]);
  await user("nordland@fylke.test", "county_contact", ["18"]);
  await user("sluttet@fylke.test", "county_contact", ["55"], new Date());
  await user("admin@kb.test", "admin", []);
  const project = (slug: string, municipality: string, lastCheckedAt: Date | null, state: "publisert" | "arkivert" | "kandidat" = "publisert") =>
    db.project.create({ data: { slug, title: `Eksempel ${slug}`, summary: "Test.", status: "pagar", state, lastCheckedAt, municipalities: { create: { municipalityNumber: municipality } } } });
  await project("aldri-sjekket", "5501", null);
  await project("sjekket-for-13-mnd", "5501", monthsAgo(13));
  await project("kandidat-gammel", "5501", monthsAgo(20), "kandidat");
  await project("sjekket-nylig", "5501", monthsAgo(1));
  await project("arkivert-gammel", "5501", null, "arkivert");
  await project("bodo-gammel", "1804", monthsAgo(14));
});

afterAll(async () => {
  await smtp.close();
  await db?.$disconnect();
  await drop?.();
});

describe("npm run reminders:send", () => {
  it("mails each county contact the dashboard's list of their examples not checked in 12 months", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: "Kunnskapsbanken <ikke-svar@kb.test>" });
    const outcomes = await sendReviewReminders(db, mailer, { baseUrl: "https://kb.test/", now });
    mailer.close();
    expect(outcomes.map((o) => [o.email, o.due, o.sent])).toEqual([
      ["troms@fylke.test", 3, true],
      ["nordland@fylke.test", 1, true],
    ]);
    const mails = await smtp.waitFor(2);
    const troms = mails.find((m) => m.to && !Array.isArray(m.to) && m.to.text === "troms@fylke.test")!;
    expect(troms.subject).toBe("Kunnskapsbanken: 3 eksempler å sjekke");
    // The same list, in the same order, as the Troms contact's dashboard.
    const tromsActor = await db.user.findUniqueOrThrow({ where: { email: "troms@fylke.test" }, select: { id: true, email: true, name: true, role: true } });
    const dashboard = await findMyWork({ ...tromsActor, counties: ["55"] }, now, db);
    expect(dashboard.dueForCheck.map((p) => p.title)).toEqual(["Eksempel aldri-sjekket", "Eksempel kandidat-gammel", "Eksempel sjekket-for-13-mnd"]);
    const listed = [...troms.text!.matchAll(/^- (.+) – /gm)].map((m) => m[1]);
    expect(listed).toEqual(dashboard.dueForCheck.map((p) => p.title));
    expect(troms.text).toContain("aldri sjekket");
    expect(troms.text).toMatch(/sist sjekket 1\. november 2025/);
    expect(troms.text).toContain(`https://kb.test/admin/prosjekter/${dashboard.dueForCheck[0]!.id}`);
    expect(troms.text).not.toContain("sjekket-nylig");
    expect(troms.text).not.toContain("arkivert");
    expect(troms.text).not.toContain("bodo");
    const nordland = mails.find((m) => m.to && !Array.isArray(m.to) && m.to.text === "nordland@fylke.test")!;
    expect(nordland.subject).toBe("Kunnskapsbanken: ett eksempel å sjekke");
    expect(nordland.text).toContain("Eksempel bodo-gammel");
    const audit = await db.auditLog.findMany({ where: { action: "reminder.send" } });
    expect(audit.map((a) => a.outcome)).toEqual(["success", "success"]);
  });

  it("records a failed send in the audit log with its reason, sends the others, and changes no data", async () => {
    await db.auditLog.deleteMany({ where: { action: "reminder.send" } });
    const before = smtp.mails.length;
    const projectsBefore = await db.project.findMany({ orderBy: { id: "asc" } });
    smtp.refuse(/^troms@/);
    const mailer = createMailer({ smtpUrl: smtp.url, from: "ikke-svar@kb.test" });
    const outcomes = await sendReviewReminders(db, mailer, { baseUrl: "https://kb.test", now });
    mailer.close();
    smtp.refuse(/$^/);
    const troms = outcomes.find((o) => o.email === "troms@fylke.test")!;
    expect(troms.sent).toBe(false);
    expect(troms.error).toMatch(/550/);
    expect(outcomes.find((o) => o.email === "nordland@fylke.test")!.sent).toBe(true);
    expect(smtp.mails.length).toBe(before + 1);
    const audit = await db.auditLog.findMany({ where: { action: "reminder.send" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.entityId, a.outcome])).toEqual([
      [String(troms.userId), "failure"],
      [expect.any(String), "success"],
    ]);
    expect((audit[0]!.details as { error: string }).error).toMatch(/550/);
    expect(await db.project.findMany({ orderBy: { id: "asc" } })).toEqual(projectsBefore);
  });
});
