"use client";

import { Field, FormMessage, errorsFor, useKeptForm } from "@/components/admin/report-form-parts";
import type { TReportFile, TSource } from "@/lib/content/schemas";
import { reportKinds } from "@/lib/content/schemas";
import { editorialStateLabel, reportKindLabel } from "@/lib/projects/labels";
import { saveReportAction } from "@/lib/reports/actions";

type TOption = { slug: string; name: string };
type Props = {
  id?: number;
  version?: number;
  report?: TReportFile;
  options: { focusAreas: TOption[]; successFactors: TOption[] };
  /** The states this user may choose (the permission table decides; the server checks again). */
  allowedStates?: readonly (typeof states)[number][];
};

const states = ["kandidat", "publisert", "arkivert"] as const;

const labels: Record<string, string> = {
  title: "Tittel",
  slug: "Adresse (slug)",
  authors: "Forfattere",
  publishers: "Utgivere",
  year: "År",
  series: "Serie",
  number: "Nummer",
  kind: "Type",
  isbn: "ISBN",
  url: "Lenke til rapporten",
  summary: "Sammendrag",
  body: "Tekst (Markdown)",
  focusAreas: "Fokusområder",
  successFactors: "Suksessfaktorer",
  sources: "Kilder",
  state: "Tilstand",
};

const sourceLabels: Record<(typeof sourceFields)[number], string> = {
  title: "Tittel",
  url: "Nettadresse",
  publisher: "Utgiver",
  accessed: "Lest (ÅÅÅÅ-MM-DD)",
  note: "Merknad",
};
const sourceFields = ["title", "url", "publisher", "accessed", "note"] as const;

/** Every field of a report, with Norwegian errors beside each; keeps what was typed on error. */
export function ReportForm({ id, version, report, options, allowedStates = states }: Props) {
  const { state, pending, formProps } = useKeptForm(saveReportAction);
  const errors = (name: string) => errorsFor(state, name);
  const sources: Partial<TSource>[] = [...(report?.sources ?? []), {}, {}];
  const currentVersion = Math.max(version ?? 0, state?.ok ? (state.data?.version ?? 0) : 0);
  const fieldIds: Record<string, string> = {};
  const errorLabels: Record<string, string> = { ...labels };
  for (const key of Object.keys(state?.fieldErrors ?? {})) {
    const match = key.match(/^sources\.(\d+)\.(\w+)$/);
    fieldIds[key] = match ? `sources-${match[1]}-${match[2]}` : key.startsWith("sources") ? "sources" : key;
    if (match) errorLabels[key] = `Kilde ${Number(match[1]) + 1}, ${sourceLabels[match[2] as keyof typeof sourceLabels]?.toLowerCase() ?? match[2]}`;
  }
  const saved = state?.ok && state.data ? `Lagret (versjon ${state.data.version}).${state.data.changed.length ? ` Endret: ${state.data.changed.join(", ")}.` : " Ingen endringer."}` : undefined;

  return (
    <form {...formProps} className="flex max-w-3xl flex-col gap-5">
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {id !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <input type="hidden" name="sourceRows" value={sources.length} />
      <FormMessage state={state} success={saved} labels={errorLabels} fieldIds={fieldIds} />

      <Field id="title" label="Tittel" errors={errors("title")}>
        {(p) => <input {...p} className="ds-input" name="title" defaultValue={report?.title} maxLength={500} />}
      </Field>
      <Field id="slug" label="Adresse (slug)" hint="Små bokstaver a–z, tall og bindestrek. Blir /rapporter/adressen." errors={errors("slug")}>
        {(p) => <input {...p} className="ds-input" name="slug" defaultValue={report?.slug} maxLength={120} />}
      </Field>
      <Field id="authors" label="Forfattere" hint="Én forfatter per linje." errors={errors("authors")}>
        {(p) => <textarea {...p} className="ds-input" name="authors" rows={3} defaultValue={report?.authors.join("\n")} />}
      </Field>
      <Field id="publishers" label="Utgivere" hint="Én utgiver per linje, f.eks. Distriktssenteret." errors={errors("publishers")}>
        {(p) => <textarea {...p} className="ds-input" name="publishers" rows={2} defaultValue={report?.publishers.join("\n")} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="year" label="År" errors={errors("year")}>
          {(p) => <input {...p} className="ds-input" name="year" inputMode="numeric" defaultValue={report?.year} />}
        </Field>
        <Field id="series" label="Serie" errors={errors("series")}>
          {(p) => <input {...p} className="ds-input" name="series" defaultValue={report?.series} />}
        </Field>
        <Field id="number" label="Nummer" errors={errors("number")}>
          {(p) => <input {...p} className="ds-input" name="number" defaultValue={report?.number} />}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="kind" label="Type" errors={errors("kind")}>
          {(p) => (
            <select {...p} className="ds-input" name="kind" defaultValue={report?.kind ?? "rapport"}>
              {reportKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {reportKindLabel[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="isbn" label="ISBN" errors={errors("isbn")}>
          {(p) => <input {...p} className="ds-input" name="isbn" defaultValue={report?.isbn} />}
        </Field>
      </div>
      <Field id="url" label="Lenke til rapporten" hint="Begynner med https://" errors={errors("url")}>
        {(p) => <input {...p} className="ds-input" name="url" type="url" defaultValue={report?.url} />}
      </Field>
      <Field id="summary" label="Sammendrag" errors={errors("summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" rows={4} defaultValue={report?.summary} maxLength={3000} />}
      </Field>
      <Field id="body" label="Tekst (Markdown)" hint="Valgfri lengre omtale. Markdown: **fet**, *kursiv*, [lenke](https://…), ## overskrift." errors={errors("body")}>
        {(p) => <textarea {...p} className="ds-input font-mono" name="body" rows={10} defaultValue={report?.body} />}
      </Field>

      <CheckboxGroup id="focusAreas" legend="Fokusområder" options={options.focusAreas} chosen={report?.focusAreas ?? []} errors={errors("focusAreas")} />
      <CheckboxGroup id="successFactors" legend="Suksessfaktorer" options={options.successFactors} chosen={report?.successFactors ?? []} errors={errors("successFactors")} />

      <fieldset className="ds-fieldset flex flex-col gap-4" id="sources" aria-describedby={errors("sources")?.length ? "sources-feil" : undefined}>
        <legend className="ds-heading" data-size="xs">
          Kilder
        </legend>
        <p className="ds-paragraph" data-size="sm">
          Minst én kilde med tittel. Tomme rader lagres ikke; lagre for å få flere tomme rader.
        </p>
        {errors("sources")?.length ? (
          <p className="ds-validation-message" id="sources-feil" data-color="danger">
            {errors("sources")!.join(". ")}
          </p>
        ) : null}
        {sources.map((source, row) => (
          <fieldset key={row} className="ds-fieldset grid gap-3 border-l-4 border-gray-300 pl-4 sm:grid-cols-2">
            <legend className="ds-label">Kilde {row + 1}</legend>
            {sourceFields.map((field) => (
              <Field key={field} id={`sources-${row}-${field}`} label={`${sourceLabels[field]} (kilde ${row + 1})`} errors={errors(`sources.${row}.${field}`)}>
                {(p) => <input {...p} className="ds-input" name={`sources.${row}.${field}`} defaultValue={source[field]} />}
              </Field>
            ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="ds-fieldset" id="state" aria-describedby={errors("state")?.length ? "state-feil" : undefined}>
        <legend className="ds-label">Tilstand</legend>
        <div className="flex flex-wrap gap-4">
          {states
            .filter((s) => allowedStates.includes(s))
            .map((s) => (
            <label key={s} className="ds-paragraph flex items-center gap-2">
              <input
                type="radio"
                className="ds-input"
                name="state"
                value={s}
                defaultChecked={(report?.state === "under_kartlegging" ? "kandidat" : (report?.state ?? "kandidat")) === s}
              />
              {editorialStateLabel[s]}
            </label>
          ))}
        </div>
        {errors("state")?.length ? (
          <p className="ds-validation-message" id="state-feil" data-color="danger">
            {errors("state")!.join(". ")}
          </p>
        ) : null}
      </fieldset>

      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {id === undefined ? "Opprett rapport" : "Lagre rapport"}
        </button>
      </div>
    </form>
  );
}

function CheckboxGroup({ id, legend, options, chosen, errors }: { id: string; legend: string; options: TOption[]; chosen: string[]; errors?: string[] }) {
  return (
    <fieldset className="ds-fieldset" id={id} aria-describedby={errors?.length ? `${id}-feil` : undefined}>
      <legend className="ds-label">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.slug} className="ds-paragraph flex items-center gap-2">
            <input type="checkbox" className="ds-input" name={id} value={o.slug} defaultChecked={chosen.includes(o.slug)} />
            {o.name}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p className="ds-validation-message" id={`${id}-feil`} data-color="danger">
          {errors.join(". ")}
        </p>
      ) : null}
    </fieldset>
  );
}
