"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import { errorId } from "@/components/admin/report-form-parts";
import { mappingFieldName } from "@/lib/mapping/guide";
import { saveMappingAction, type TMappingFormState } from "@/lib/mapping/actions";

type TFactor = { slug: string; name: string; summary: string; questions: string[] };
type Props = {
  project: { id: number; version: number };
  factors: TFactor[];
  focusAreas: { slug: string; name: string }[];
  /** The stored answers as form values (evidence:<slug>, note:<slug>, focusArea:<slug>). */
  initialValues: Record<string, string>;
};

const evidenceChoices = [
  ["shown", "shown"],
  ["not_shown", "notShown"],
  ["unclear", "unclear"],
] as const;

/**
 * The mapping guide: per success factor its questions from the model, whether the project showed
 * it, and a note; then the project's focus areas. A plain form posting to a server action: without
 * JavaScript the server draws it again with what was typed and the errors beside their fields.
 */
export function MappingGuideForm({ project, factors, focusAreas, initialValues }: Props) {
  const t = useTranslations("mapping.guide");
  const [state, formAction, pending] = useActionState<TMappingFormState | undefined, FormData>(saveMappingAction, undefined);
  const values = state?.values ?? initialValues;
  const errors = state?.fieldErrors ?? {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // With JavaScript, submit without React's form reset; the answer redraws the form from `values`.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return (
    <form key={state?.nonce ?? "start"} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <input type="hidden" name="id" value={project.id} />
      <input type="hidden" name="version" value={project.version} />
      <div aria-live="polite" role="status">
        {state && !state.ok && (
          <div className="ds-alert" data-color="danger">
            <p className="ds-paragraph">{state.message}</p>
            {Object.entries(errors).length > 0 && (
              <ul className="list-disc pl-6">
                {Object.entries(errors).map(([name, messages]) => (
                  <li key={name} className="ds-paragraph">
                    <a className="ds-link" href={`#${name.replace(":", "-")}`}>
                      {messages.join(". ")}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <ol className="flex flex-col gap-8">
        {factors.map((factor, index) => {
          const evidenceName = mappingFieldName.evidence(factor.slug);
          const noteName = mappingFieldName.note(factor.slug);
          const noteId = noteName.replace(":", "-");
          const evidenceId = evidenceName.replace(":", "-");
          const noteErrors = errors[noteName];
          const evidenceErrors = errors[evidenceName];
          return (
            <li key={factor.slug} className="flex flex-col gap-3">
              <h2 id={`faktor-${factor.slug}`} className="ds-heading" data-size="sm">
                {index + 1}. {factor.name}
              </h2>
              <p className="ds-paragraph">{factor.summary}</p>
              {factor.questions.length > 0 && (
                <div>
                  <h3 className="ds-heading" data-size="2xs">
                    {t("questions")}
                  </h3>
                  <ul className="list-disc pl-6">
                    {factor.questions.map((q) => (
                      <li key={q} className="ds-paragraph">
                        {q}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <fieldset className="ds-fieldset" id={evidenceId} aria-describedby={evidenceErrors?.length ? errorId(evidenceId) : undefined}>
                <legend className="ds-label">{t("evidenceLegend", { factor: factor.name })}</legend>
                <div className="flex flex-wrap gap-4">
                  {evidenceChoices.map(([value, label]) => (
                    <label key={value} className="ds-paragraph flex items-center gap-2">
                      <input type="radio" className="ds-input" name={evidenceName} value={value} defaultChecked={values[evidenceName] === value} />
                      {t(label)}
                    </label>
                  ))}
                  <label className="ds-paragraph flex items-center gap-2">
                    <input type="radio" className="ds-input" name={evidenceName} value="" defaultChecked={!values[evidenceName]} />
                    {t("noAnswer")}
                  </label>
                </div>
                {evidenceErrors?.length ? (
                  <p className="ds-validation-message" id={errorId(evidenceId)} data-color="danger">
                    {evidenceErrors.join(". ")}
                  </p>
                ) : null}
              </fieldset>
              <div className="ds-field">
                <label className="ds-label" htmlFor={noteId}>
                  {t("noteLabel", { factor: factor.name })}
                </label>
                <p className="ds-paragraph text-sm" id={`${noteId}-hint`}>
                  {t("noteHint")}
                </p>
                <textarea
                  className="ds-input"
                  id={noteId}
                  name={noteName}
                  rows={3}
                  maxLength={4000}
                  defaultValue={values[noteName] ?? ""}
                  aria-describedby={[`${noteId}-hint`, noteErrors?.length ? errorId(noteId) : ""].filter(Boolean).join(" ")}
                  aria-invalid={noteErrors?.length ? true : undefined}
                />
                {noteErrors?.length ? (
                  <p className="ds-validation-message" id={errorId(noteId)} data-color="danger">
                    {noteErrors.join(". ")}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <fieldset className="ds-fieldset" id="focusAreas">
        <legend className="ds-label">{t("focusLegend")}</legend>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {focusAreas.map((f) => {
            const name = mappingFieldName.focusArea(f.slug);
            return (
              <label key={f.slug} className="ds-paragraph flex items-center gap-2">
                <input type="checkbox" className="ds-input" name={name} value="on" defaultChecked={values[name] === "on"} />
                {f.name}
              </label>
            );
          })}
        </div>
        {errors.focusAreas?.length ? (
          <p className="ds-validation-message" data-color="danger">
            {errors.focusAreas.join(". ")}
          </p>
        ) : null}
      </fieldset>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending || undefined}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
