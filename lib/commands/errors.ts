import type { z } from "zod";

/**
 * The one error type of the write path. Commands throw it; lib/commands/form-state.ts turns it
 * into what a form shows, by its code — never by class name. Messages are Norwegian and shown as
 * they are.
 */
export type TCommandErrorCode = "unauthenticated" | "forbidden" | "not_found" | "validation" | "conflict";

/** Someone else saved first: the version now stored, the fields they changed, and who they are. */
export type TConflict = { currentVersion: number; changed: string[]; changedBy: string[] };

/** Who was refused what, on which record: what the audit row of a "forbidden" refusal names. */
export type TRefusal = { action: string; userId: number | null; entity?: { type: string; id: string | number } };

export const FORBIDDEN_MESSAGE = "Du har ikke tilgang til å gjøre dette.";

export const FORM_HAS_ERRORS = "Skjemaet har feil. Rett dem og prøv igjen.";

export class CommandError extends Error {
  /** Per field (dotted path as the schema names it), Norwegian messages; "_form" for the whole form. */
  readonly fieldErrors?: Record<string, string[]>;
  readonly conflict?: TConflict;
  /** For code "forbidden": who was refused what (lib/auth/audited.ts writes it to the audit log). */
  readonly refusal?: TRefusal;

  constructor(
    readonly code: TCommandErrorCode,
    message: string,
    extra: { fieldErrors?: Record<string, string[]>; conflict?: TConflict; refusal?: TRefusal } = {},
  ) {
    super(message);
    this.name = "CommandError";
    if (extra.fieldErrors) this.fieldErrors = extra.fieldErrors;
    if (extra.conflict) this.conflict = extra.conflict;
    if (extra.refusal) this.refusal = extra.refusal;
  }
}

/**
 * Not allowed: the refusal for the audit log, and the Norwegian message shown. `message` says what
 * exactly is refused, when that tells the person nothing they may not know.
 */
export const forbiddenError = (refusal: TRefusal, message = FORBIDDEN_MESSAGE) => new CommandError("forbidden", message, { refusal });

/** Whether `error` is a refusal: admin pages answer it with 404, so they do not reveal the page. */
export const isForbidden = (error: unknown): error is CommandError => error instanceof CommandError && error.code === "forbidden";

/** Input that cannot be saved: the message for the form, and what is wrong with each field. */
export const validationError = (message: string, fieldErrors: Record<string, string[]> = {}) => new CommandError("validation", message, { fieldErrors });

export const notFoundError = (message: string) => new CommandError("not_found", message);

/** zod issues → { "field.path": ["melding"] }, for aria-describedby'd messages next to each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** Parses `input`, or throws the validation error the form shows. The one zod → field errors step. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(FORM_HAS_ERRORS, fieldErrorsOf(parsed.error));
  return parsed.data;
}
