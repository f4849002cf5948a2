import type { TSessionClaims } from "@/lib/auth/actor";
import type { TCommand, TCommandOptions } from "@/lib/commands/define-command";
import { db as defaultDb } from "@/lib/db";
import type { TDecisionResult } from "@/lib/intake/commands";
import { notifySuggester } from "@/lib/intake/notify";
import { createMailer, type TMailer } from "@/lib/mail/send";
import type { z } from "zod";

/**
 * Runs a triage command, then (after its commit) tells the suggester, with their consent. A mail
 * that fails is logged and audited; the decision stands. The contact details a rejection deleted
 * live only in this call's memory until the mail is handed to the server.
 */
export async function decideSuggestion<S extends z.ZodType, R extends TDecisionResult>(
  command: TCommand<S, R>,
  claims: TSessionClaims | null,
  input: unknown,
  options: TCommandOptions & { mailer?: TMailer; baseUrl: string },
): Promise<R & { mailed: boolean }> {
  const result = await command.fromUntrusted(claims, input, options);
  const mailer = options.mailer ?? createMailer();
  try {
    const base = options.baseUrl.replace(/\/+$/, "");
    const mail = result.mail.kind === "merged" && result.mail.intoUrl ? { ...result.mail, intoUrl: `${base}${result.mail.intoUrl}` } : result.mail;
    const mailed = await notifySuggester(options.db ?? defaultDb, mailer, result.contact, mail, result.projectId);
    return { ...result, mailed };
  } finally {
    if (!options.mailer) mailer.close();
  }
}
