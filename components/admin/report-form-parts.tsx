"use client";

import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { TActionState } from "@/lib/commands/form-state";

/**
 * Form building blocks shared by the admin forms (reports, taxonomy, users, synonyms): a field with
 * its Norwegian errors tied by aria-describedby, the form's message announced by aria-live, and a
 * hook that submits without React's automatic reset, so the form keeps what was typed on error.
 */

type TAction<T> = (previous: TActionState<T> | undefined, formData: FormData) => Promise<TActionState<T>>;

export function useKeptForm<T>(action: TAction<T>) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Without JavaScript the form posts to the action as usual; with it, we submit ourselves so
    // the inputs are not cleared when the server answers with errors. noValidate: the server's
    // Norwegian messages, beside each field, rather than the browser's.
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : undefined);
    startTransition(() => formAction(formData));
  };
  return { state, pending, formProps: { action: formAction, onSubmit, noValidate: true } };
}

export function errorId(id: string) {
  return `${id}-feil`;
}

/** Field errors of an action state, keyed by field name ("sources.0.title"). */
export function errorsFor(state: TActionState<unknown> | undefined, name: string): string[] | undefined {
  return state?.fieldErrors?.[name];
}

type FieldProps = {
  id: string;
  label: ReactNode;
  errors?: string[];
  hint?: string;
  children: (props: { "aria-describedby"?: string; "aria-invalid"?: true; id: string }) => ReactNode;
};

/** A label, an optional hint, the control, and its errors (announced and linked to the control). */
export function Field({ id, label, errors, hint, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errors?.length ? errorId(id) : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="ds-paragraph text-sm" id={hintId} data-size="sm">
          {hint}
        </p>
      )}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined })}
      {errors?.length ? (
        <p className="ds-validation-message" id={errorId(id)} data-color="danger">
          {errors.join(". ")}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The outcome of the last submit: a success message, or the error with a summary linking to each
 * field in error. `fieldIds` maps field names to element ids (default: the name itself).
 */
export function FormMessage({
  state,
  success,
  labels = {},
  fieldIds = {},
}: {
  state: TActionState<unknown> | undefined;
  success?: string;
  labels?: Record<string, string>;
  fieldIds?: Record<string, string>;
}) {
  const errors = Object.entries(state?.fieldErrors ?? {});
  const t = useTranslations("admin.common");
  return (
    <div aria-live="polite" role="status">
      {state?.ok && (success || typeof state.data === "string") ? (
        <div className="ds-alert" data-color="success">
          <p className="ds-paragraph">{typeof state.data === "string" ? state.data : success}</p>
        </div>
      ) : null}
      {state && !state.ok ? (
        <div className="ds-alert" data-color="danger">
          <p className="ds-paragraph">{state.message ?? t("somethingWrong")}</p>
          {errors.length > 0 && (
            <ul className="list-disc pl-6">
              {errors.map(([name, messages]) => (
                <li key={name} className="ds-paragraph">
                  {name === "_form" ? (
                    messages.join(". ")
                  ) : (
                    <a className="ds-link" href={`#${fieldIds[name] ?? name.replace(/\./g, "-")}`}>
                      {labels[name] ?? labels[name.split(".")[0] ?? name] ?? name}: {messages.join(". ")}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
