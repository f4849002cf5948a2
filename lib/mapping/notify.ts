import { writeAudit } from "@/lib/audit/write-audit";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TAssignment } from "@/lib/mapping/commands";
import { createMailer, type TMailer, type TSendResult } from "@/lib/mail/send";

/** The mail that tells an adviser of a new assignment (plain text; the title is the curator's). */
export function assignmentMail(assignment: TAssignment, baseUrl: string): { to: string; subject: string; text: string } {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    to: assignment.adviser.email,
    subject: `Kunnskapsbanken: du skal kartlegge «${assignment.title}»`,
    text: [
      `Hei ${assignment.adviser.name},`,
      "",
      `${assignment.assignedBy} har gitt deg prosjektet «${assignment.title}» å kartlegge.`,
      "",
      `Kartleggingsguiden: ${base}/admin/prosjekter/${assignment.id}/kartlegging`,
      `Prosjektet: ${base}/admin/prosjekter/${assignment.id}`,
      "",
      "Guiden går gjennom de ti suksessfaktorene med spørsmålene fra modellen. Du finner alle oppdragene dine under «Mitt arbeid».",
      "",
      "Hilsen Kunnskapsbanken",
    ].join("\n"),
  };
}

/**
 * Sends the assignment mail, after the assignment is committed, and audits the outcome
 * (`mail.assignment`). Never throws: the assignment stands whatever the mail server does.
 */
export async function notifyAssignedAdviser(
  assignment: TAssignment,
  options: { baseUrl: string; mailer?: TMailer; db?: PrismaClient; userId?: number },
): Promise<TSendResult> {
  const db = options.db ?? defaultDb;
  let result: TSendResult;
  let mailer: TMailer | undefined;
  try {
    mailer = options.mailer ?? createMailer();
    result = await mailer.send(assignmentMail(assignment, options.baseUrl));
  } catch (error) {
    result = { ok: false, via: "smtp", error: error instanceof Error ? error.message : String(error) };
  } finally {
    if (!options.mailer) mailer?.close();
  }
  try {
    await writeAudit(db, {
      userId: options.userId ?? null,
      action: "mail.assignment",
      outcome: result.ok ? "success" : "failure",
      entityType: "project",
      entityId: assignment.id,
      details: result.ok ? { to: assignment.adviser.email, via: result.via } : { to: assignment.adviser.email, error: result.error },
    });
  } catch (error) {
    console.error("Kunne ikke skrive e-postens utfall i revisjonsloggen:", error);
  }
  return result;
}
