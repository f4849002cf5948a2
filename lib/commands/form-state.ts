import type { TSessionClaims } from "@/lib/auth/actor";
import { CommandError, type TConflict } from "@/lib/commands/errors";
import type { TCommand, TCommandOptions } from "@/lib/commands/define-command";
import type { z } from "zod";
import { LOCALE_HEADER, defaultLocale, isLocale, type TLocale } from "@/lib/i18n/locale";
import { translateServerMessage } from "@/lib/i18n/server-messages";

/** What every server action returns to its form: a message and, per field, Norwegian errors. */
export type TActionState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** Someone else saved first: nothing was written. */
  conflict?: TConflict;
  data?: T;
};

/** The one place a CommandError becomes what the form shows. Anything else is a server error. */
export function formStateOf(error: unknown): TActionState<never> {
  if (!(error instanceof CommandError)) throw error;
  const state: TActionState<never> = { ok: false, message: error.message };
  if (error.code === "validation") state.fieldErrors = error.fieldErrors ?? {};
  if (error.conflict) state.conflict = error.conflict;
  return state;
}

/** A form state's message and field errors in `locale` (the data layer writes them in bokmål). */
export function localizeFormState<T>(state: TActionState<T>, locale: TLocale): TActionState<T> {
  if (locale === defaultLocale || state.ok) return state;
  const localized: TActionState<T> = { ...state };
  if (state.message !== undefined) localized.message = translateServerMessage(state.message, locale);
  if (state.fieldErrors) {
    localized.fieldErrors = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, list]) => [field, list.map((m) => translateServerMessage(m, locale))]));
  }
  return localized;
}

/** The language of the request a server action answers (proxy.ts sets it); bokmål outside one. */
async function actionLocale(): Promise<TLocale> {
  try {
    const { headers } = await import("next/headers");
    const value = (await headers()).get(LOCALE_HEADER);
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

/**
 * Runs a command for a form: the result as `data`, or the error as the form state, in the
 * reader's language (`locale`, or the request's). Server actions call this with the session's
 * claims; tests call it with their own claims and database.
 */
export async function runForForm<S extends z.ZodType, R>(
  command: TCommand<S, R>,
  claims: TSessionClaims | null,
  /** Decoded from the form, not yet checked: the command's schema does that. */
  input: unknown,
  options?: TCommandOptions & { locale?: TLocale },
): Promise<TActionState<R>> {
  const { locale, ...commandOptions } = options ?? {};
  try {
    return { ok: true, data: await command.fromUntrusted(claims, input, commandOptions) };
  } catch (error) {
    return localizeFormState(formStateOf(error), locale ?? (await actionLocale()));
  }
}

/**
 * The named fields of a posted form, as the command's input (the command's schema checks them).
 * A field that was not posted is left out; `lists` are repeated fields (checkboxes), read with
 * getAll so that every value is kept.
 */
export function fieldsOf(formData: FormData, names: readonly string[], lists: readonly string[] = []): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (value !== null) fields[name] = value;
  }
  for (const name of lists) fields[name] = formData.getAll(name).filter((value) => typeof value === "string" && value !== "");
  return fields;
}
