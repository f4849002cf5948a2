"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessage, errorsFor, useKeptForm } from "@/components/admin/report-form-parts";
import { createSynonymAction, deleteSynonymAction } from "@/lib/search-synonyms/actions";

export function SynonymCreateForm() {
  const { state, pending, formProps } = useKeptForm(createSynonymAction);
  const t = useTranslations("admin.synonyms");
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby="nytt-synonym">
      <h2 id="nytt-synonym" className="ds-heading" data-size="md">
        {t("add")}
      </h2>
      <FormMessage state={state} labels={{ term: t("term"), equivalent: t("equivalent") }} />
      <Field id="term" label={t("term")} hint={t("termHint")} errors={errorsFor(state, "term")}>
        {(p) => <input {...p} className="ds-input" name="term" required maxLength={100} />}
      </Field>
      <Field id="equivalent" label={t("equivalent")} hint={t("equivalentHint")} errors={errorsFor(state, "equivalent")}>
        {(p) => <input {...p} className="ds-input" name="equivalent" required maxLength={100} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {t("add")}
        </button>
      </div>
    </form>
  );
}

export function SynonymDeleteForm({ synonym }: { synonym: { id: number; term: string; equivalent: string } }) {
  const { state, pending, formProps } = useKeptForm(deleteSynonymAction);
  const t = useTranslations("admin.synonyms");
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={synonym.id} />
      <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" disabled={pending}>
        {t("delete", { term: synonym.term, equivalent: synonym.equivalent })}
      </button>
      {state && !state.ok ? (
        <p className="ds-validation-message" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
