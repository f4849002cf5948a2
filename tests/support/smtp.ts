import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TTestSmtp = {
  url: string;
  port: number;
  mails: ParsedMail[];
  /** Refuse every recipient whose address matches (a 550 reply), from now on. */
  refuse(pattern: RegExp): void;
  /** Resolves when `count` mails in all have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 and an ephemeral port (or `port`, where a server already
 * configured to send expects it), for tests: it accepts any sender, parses every message it
 * receives and keeps it. No TLS (the url is plain smtp://).
 */
export async function startTestSmtp(port = 0): Promise<TTestSmtp> {
  const mails: ParsedMail[] = [];
  let refused: RegExp | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused?.test(address.address)) {
        const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    mails,
    refuse(pattern) {
      refused = pattern;
    },
    async waitFor(count, ms = 10_000) {
      const until = Date.now() + ms;
      while (mails.length < count) {
        if (Date.now() > until) throw new Error(`Ventet på ${count} e-poster, fikk ${mails.length}.`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
