import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { parseEnv } from "@/lib/env";

/**
 * Outgoing mail. With SMTP_URL set, mails go through that server (nodemailer); with neither
 * SMTP_URL nor MAIL_FROM set (the `npm start` default), each mail is written to the server log
 * instead, so a fresh install works and nothing is silently lost.
 *
 * `sendMail` never throws: it returns what happened, so a caller can record a failed send next to
 * the data it was about (the data is saved first; the mail is a notice about it).
 */
export type TMail = {
  to: string;
  subject: string;
  /** Plain text only: no HTML is built from curator- or visitor-entered text. */
  text: string;
};

export type TSendResult =
  | { ok: true; via: "smtp" | "log"; messageId: string }
  | { ok: false; via: "smtp"; error: string };

export type TMailer = { via: "smtp" | "log"; from: string; send(mail: TMail): Promise<TSendResult>; close(): void };

const defaultFrom = "Kunnskapsbanken <ikke-svar@localhost>";

/** Short timeouts: a mail server that does not answer must not hold a request or a CLI run for minutes. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** A mailer for the given settings (default: the validated environment). */
export function createMailer(settings?: { smtpUrl?: string; from?: string; log?: (line: string) => void }): TMailer {
  const env = settings ?? (() => {
    const { SMTP_URL, MAIL_FROM } = parseEnv(process.env, ["SMTP_URL", "MAIL_FROM"]);
    if (SMTP_URL && !MAIL_FROM) throw new Error("MAIL_FROM mangler (den trengs når SMTP_URL er satt).");
    return { smtpUrl: SMTP_URL, from: MAIL_FROM };
  })();
  const from = env.from ?? defaultFrom;

  if (!env.smtpUrl) {
    const log = settings?.log ?? ((line: string) => console.log(line));
    let counter = 0;
    return {
      via: "log",
      from,
      async send(mail) {
        counter += 1;
        const messageId = `log-${Date.now()}-${counter}`;
        log(
          [`[e-post] (SMTP_URL er ikke satt: e-posten skrives hit i stedet for å sendes)`, `Fra: ${from}`, `Til: ${mail.to}`, `Emne: ${mail.subject}`, "", mail.text, "[/e-post]"].join("\n"),
        );
        return { ok: true, via: "log", messageId };
      },
      close() {},
    };
  }

  // The SMTP transport merges the URL's settings (host, port, auth, ?secure=…) over these timeouts.
  const transporter: Transporter = nodemailer.createTransport(new SMTPTransport({ url: env.smtpUrl, ...timeouts }));
  return {
    via: "smtp",
    from,
    async send(mail) {
      try {
        const info = await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        if (info.rejected.length > 0) return { ok: false, via: "smtp", error: `Mottakeren ble avvist: ${info.rejected.join(", ")}` };
        return { ok: true, via: "smtp", messageId: info.messageId };
      } catch (error) {
        return { ok: false, via: "smtp", error: describeError(error) };
      }
    },
    close() {
      transporter.close();
    },
  };
}

/** A one-line reason, without the SMTP password that a connection error might echo. */
function describeError(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; message?: string };
  const parts = [e.code, e.responseCode ? String(e.responseCode) : undefined, e.message?.replace(/\/\/[^@/\s]*@/g, "//***@")].filter(Boolean);
  return parts.join(": ") || String(error);
}
