import type { z } from "zod";
import { loadActor, UnauthenticatedError, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** What every server action returns to its form: a message and, per field, Norwegian errors. */
export type TActionState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
};

/** zod issues → { "field.path": ["melding"] }, for aria-describedby'd messages next to each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export type TActionRun<S extends z.ZodType, R> = (input: z.infer<S>, actor: TActor, claims: TSessionClaims) => Promise<R>;

/**
 * The steps of every action, in this order: who is the user (fresh row: disabled users and
 * revoked sessions are refused), is the input valid, may they do this (the data layer's
 * assertCan, inside `run`). Anonymous callers learn nothing about the input's validity.
 */
export async function runAction<S extends z.ZodType, R>(
  db: PrismaClient,
  name: string,
  schema: S,
  run: TActionRun<S, R>,
  claims: TSessionClaims | null,
  raw: unknown,
): Promise<TActionState<R>> {
  let actor: TActor;
  try {
    actor = await loadActor(db, claims);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    await writeAudit(db, { userId: claims?.userId ?? null, action: name, outcome: "refused", details: { reason: error.reason } });
    return { ok: false, message: "Du må logge inn for å gjøre dette." };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "Skjemaet har feil. Rett dem og prøv igjen.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await run(parsed.data, actor, claims!) };
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) return { ok: false, message: error.message };
    if (error instanceof Error && "fieldErrors" in error) {
      return { ok: false, message: error.message, fieldErrors: (error as Error & { fieldErrors: Record<string, string[]> }).fieldErrors };
    }
    if (error instanceof Error && error.name === "ConflictError") return { ok: false, message: error.message };
    throw error;
  }
}
