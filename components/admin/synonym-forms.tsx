"use client";

import { Field, FormMessage, errorsFor, useKeptForm } from "@/components/admin/report-form-parts";
import { createSynonymAction, deleteSynonymAction } from "@/lib/search-synonyms/actions";

export function SynonymCreateForm() {
  const { state, pending, formProps } = useKeptForm(createSynonymAction);
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby="nytt-synonym">
      <h2 id="nytt-synonym" className="ds-heading" data-size="md">
        Legg til synonym
      </h2>
      <FormMessage state={state} labels={{ term: "Ord", equivalent: "Betyr det samme som" }} />
      <Field id="term" label="Ord" hint="F.eks. et bokmålsord: «bolig»." errors={errorsFor(state, "term")}>
        {(p) => <input {...p} className="ds-input" name="term" required maxLength={100} />}
      </Field>
      <Field id="equivalent" label="Betyr det samme som" hint="F.eks. nynorskordet: «bustad». Søk på det ene finner også det andre." errors={errorsFor(state, "equivalent")}>
        {(p) => <input {...p} className="ds-input" name="equivalent" required maxLength={100} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          Legg til synonym
        </button>
      </div>
    </form>
  );
}

export function SynonymDeleteForm({ synonym }: { synonym: { id: number; term: string; equivalent: string } }) {
  const { state, pending, formProps } = useKeptForm(deleteSynonymAction);
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={synonym.id} />
      <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" disabled={pending}>
        Slett {synonym.term} = {synonym.equivalent}
      </button>
      {state && !state.ok ? (
        <p className="ds-validation-message" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
