import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "@/lib/mail/send";
import { startTestSmtp, type TTestSmtp } from "@/tests/support/smtp";

let smtp: TTestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.close();
});

describe("mail", () => {
  it("delivers through SMTP: sender, recipient, subject and Norwegian text arrive intact", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: "Kunnskapsbanken <ikke-svar@kb.test>" });
    const before = smtp.mails.length;
    const result = await mailer.send({ to: "kari@fylke.test", subject: "Påminnelse: æøå", text: "Hei Kari,\n\nTre eksempler venter på sjekk – Tromsø, Bodø.\n" });
    mailer.close();
    expect(result).toMatchObject({ ok: true, via: "smtp" });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.from?.text).toBe('"Kunnskapsbanken" <ikke-svar@kb.test>');
    expect(mail!.to).toMatchObject({ text: "kari@fylke.test" });
    expect(mail!.subject).toBe("Påminnelse: æøå");
    expect(mail!.text).toContain("Tre eksempler venter på sjekk – Tromsø, Bodø.");
    expect(mail!.html).toBe(false);
  });

  it("returns the reason when the server refuses the recipient, and does not throw", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: "ikke-svar@kb.test" });
    smtp.refuse(/^avvist@/);
    const before = smtp.mails.length;
    const result = await mailer.send({ to: "avvist@fylke.test", subject: "Test", text: "Test" });
    smtp.refuse(/$^/);
    mailer.close();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/550/);
    expect(smtp.mails.length).toBe(before);
  });

  it("returns an error, promptly and without throwing, when the server is down", async () => {
    const down = await startTestSmtp();
    const url = down.url;
    await down.close();
    const mailer = createMailer({ smtpUrl: url, from: "ikke-svar@kb.test" });
    const started = Date.now();
    const result = await mailer.send({ to: "kari@fylke.test", subject: "Test", text: "Test" });
    mailer.close();
    expect(result).toMatchObject({ ok: false, via: "smtp" });
    expect(!result.ok && result.error).toMatch(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("without SMTP_URL writes the whole mail to the log instead", async () => {
    const lines: string[] = [];
    const mailer = createMailer({ log: (line) => lines.push(line) });
    const result = await mailer.send({ to: "kari@fylke.test", subject: "Påminnelse", text: "Liste:\n- Eksempel" });
    expect(result).toMatchObject({ ok: true, via: "log" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Til: kari@fylke.test");
    expect(lines[0]).toContain("Emne: Påminnelse");
    expect(lines[0]).toContain("Liste:\n- Eksempel");
  });
});
