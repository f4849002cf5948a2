"use client";

import { countOf, nouns } from "@/lib/text/plural";
import { Field, FormMessage, errorsFor, useKeptForm } from "@/components/admin/report-form-parts";
import {
  createFocusAreaAction,
  mergeFocusAreasAction,
  mergeTagsAction,
  renameTagAction,
  updateFocusAreaAction,
  updateSuccessFactorAction,
} from "@/lib/taxonomy/actions";

type TOption = { id: number; name: string };

export function FocusAreaCreateForm() {
  const { state, pending, formProps } = useKeptForm(createFocusAreaAction);
  const ids = { name: "nytt-fokus-navn", slug: "nytt-fokus-slug", summary: "nytt-fokus-sammendrag" };
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby="nytt-fokus">
      <h3 id="nytt-fokus" className="ds-heading" data-size="sm">
        Legg til fokusområde
      </h3>
      <FormMessage state={state} labels={{ name: "Navn", slug: "Adresse (slug)", summary: "Sammendrag" }} fieldIds={ids} />
      <Field id={ids.name} label="Navn" errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={100} />}
      </Field>
      <Field id={ids.slug} label="Adresse (slug)" hint="Små bokstaver a–z, tall og bindestrek, f.eks. «kystkultur»." errors={errorsFor(state, "slug")}>
        {(p) => <input {...p} className="ds-input" name="slug" required maxLength={120} />}
      </Field>
      <Field id={ids.summary} label="Sammendrag" errors={errorsFor(state, "summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" required rows={3} maxLength={1000} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          Legg til
        </button>
      </div>
    </form>
  );
}

export function FocusAreaEditForm({ area }: { area: { id: number; name: string; summary: string; slug: string } }) {
  const { state, pending, formProps } = useKeptForm(updateFocusAreaAction);
  const ids = { name: `fokus-${area.id}-navn`, summary: `fokus-${area.id}-sammendrag` };
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={area.id} />
      <FormMessage state={state} labels={{ name: "Navn", summary: "Sammendrag" }} fieldIds={ids} />
      <Field id={ids.name} label={`Navn (${area.slug})`} errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={100} defaultValue={area.name} />}
      </Field>
      <Field id={ids.summary} label="Sammendrag" errors={errorsFor(state, "summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" required rows={2} maxLength={1000} defaultValue={area.summary} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
          Lagre {area.name}
        </button>
      </div>
    </form>
  );
}

/** Merging A into B: both are chosen, and the form says what will happen before it does. */
export function MergeForm({ kind, options }: { kind: "fokus" | "stikkord"; options: TOption[] }) {
  const { state, pending, formProps } = useKeptForm(kind === "fokus" ? mergeFocusAreasAction : mergeTagsAction);
  const noun = kind === "fokus" ? "fokusområde" : "stikkord";
  const definite = kind === "fokus" ? "fokusområdet" : "stikkordet";
  const ids = { fromId: `sla-sammen-${kind}-fra`, intoId: `sla-sammen-${kind}-til` };
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby={`sla-sammen-${kind}`}>
      <h3 id={`sla-sammen-${kind}`} className="ds-heading" data-size="sm">
        Slå sammen {noun}
      </h3>
      <p className="ds-paragraph">
        Alle prosjekter{kind === "fokus" ? " og rapporter" : ""} med det første {definite} får det andre i stedet, og det første slettes. Dette kan ikke angres.
      </p>
      <FormMessage state={state} labels={{ fromId: "Slå sammen", intoId: "Inn i" }} fieldIds={ids} />
      <Field id={ids.fromId} label={`Slå sammen (${noun} som forsvinner)`} errors={errorsFor(state, "fromId")}>
        {(p) => (
          <select {...p} className="ds-input" name="fromId" required defaultValue="">
            <option value="" disabled>
              Velg {noun}
            </option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={ids.intoId} label={`Inn i (${noun} som blir stående)`} errors={errorsFor(state, "intoId")}>
        {(p) => (
          <select {...p} className="ds-input" name="intoId" required defaultValue="">
            <option value="" disabled>
              Velg {noun}
            </option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          Slå sammen
        </button>
      </div>
    </form>
  );
}

export function TagRenameForm({ tag }: { tag: { id: number; name: string; projectCount: number } }) {
  const { state, pending, formProps } = useKeptForm(renameTagAction);
  const id = `stikkord-${tag.id}-navn`;
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={tag.id} />
      <Field id={id} label={`Stikkord (${countOf(tag.projectCount, nouns.projectAdmin)})`} errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={60} defaultValue={tag.name} />}
      </Field>
      <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
        Gi nytt navn til {tag.name}
      </button>
      <div className="basis-full">
        <FormMessage state={state} labels={{ name: "Stikkord" }} fieldIds={{ name: id }} />
      </div>
    </form>
  );
}

export function SuccessFactorEditForm({ factor }: { factor: { id: number; name: string; summary: string } }) {
  const { state, pending, formProps } = useKeptForm(updateSuccessFactorAction);
  const ids = { name: `faktor-${factor.id}-navn`, summary: `faktor-${factor.id}-sammendrag` };
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={factor.id} />
      <FormMessage state={state} labels={{ name: "Navn", summary: "Forklaring" }} fieldIds={ids} />
      <Field id={ids.name} label="Navn" errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={100} defaultValue={factor.name} />}
      </Field>
      <Field id={ids.summary} label="Forklaring" errors={errorsFor(state, "summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" required rows={3} maxLength={1000} defaultValue={factor.summary} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
          Lagre {factor.name}
        </button>
      </div>
    </form>
  );
}
