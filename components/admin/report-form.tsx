"use client";

import { useTranslations } from "next-intl";
import { Field, FormMessage, errorsFor, useKeptForm } from "@/components/admin/report-form-parts";
import type { TReportFile, TSource } from "@/lib/content/schemas";
import { reportKinds } from "@/lib/content/schemas";
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

const sourceFields = ["title", "url", "publisher", "accessed", "note"] as const;

/** Every field of a report, with Norwegian errors beside each; keeps what was typed on error. */
export function ReportForm({ id, version, report, options, allowedStates = states }: Props) {
  const { state, pending, formProps } = useKeptForm(saveReportAction);
  const t = useTranslations("admin");
  const tr = useTranslations("admin.reportForm");
  const label = (field: string) => (tr.has(`labels.${field}` as "labels.title") ? tr(`labels.${field}` as "labels.title") : field);
  const sourceLabel = (field: string) => (tr.has(`source.${field}` as "source.title") ? tr(`source.${field}` as "source.title") : field);
  const errors = (name: string) => errorsFor(state, name);
  const sources: Partial<TSource>[] = [...(report?.sources ?? []), {}, {}];
  const currentVersion = Math.max(version ?? 0, state?.ok ? (state.data?.version ?? 0) : 0);
  const fieldIds: Record<string, string> = {};
  const errorLabels: Record<string, string> = {};
  for (const key of Object.keys(state?.fieldErrors ?? {})) {
    const match = key.match(/^sources\.(\d+)\.(\w+)$/);
    fieldIds[key] = match ? `sources-${match[1]}-${match[2]}` : key.startsWith("sources") ? "sources" : key;
    errorLabels[key] = match ? tr("sourceError", { n: Number(match[1]) + 1, field: sourceLabel(match[2] ?? "").toLowerCase() }) : label(key.split(".")[0] ?? key);
  }
  const saved =
    state?.ok && state.data
      ? state.data.changed.length
        ? tr("savedChanged", { version: state.data.version, changed: state.data.changed.map(label).join(", ") })
        : tr("savedNoChanges", { version: state.data.version })
      : undefined;

  return (
    <form {...formProps} className="flex max-w-3xl flex-col gap-5">
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      {id !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <input type="hidden" name="sourceRows" value={sources.length} />
      <FormMessage state={state} success={saved} labels={errorLabels} fieldIds={fieldIds} />

      <Field id="title" label={label("title")} errors={errors("title")}>
        {(p) => <input {...p} className="ds-input" name="title" defaultValue={report?.title} maxLength={500} />}
      </Field>
      <Field id="slug" label={label("slug")} hint={tr("slugHint")} errors={errors("slug")}>
        {(p) => <input {...p} className="ds-input" name="slug" defaultValue={report?.slug} maxLength={120} />}
      </Field>
      <Field id="authors" label={label("authors")} hint={tr("authorsHint")} errors={errors("authors")}>
        {(p) => <textarea {...p} className="ds-input" name="authors" rows={3} defaultValue={report?.authors.join("\n")} />}
      </Field>
      <Field id="publishers" label={label("publishers")} hint={tr("publishersHint")} errors={errors("publishers")}>
        {(p) => <textarea {...p} className="ds-input" name="publishers" rows={2} defaultValue={report?.publishers.join("\n")} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="year" label={label("year")} errors={errors("year")}>
          {(p) => <input {...p} className="ds-input" name="year" inputMode="numeric" defaultValue={report?.year} />}
        </Field>
        <Field id="series" label={label("series")} errors={errors("series")}>
          {(p) => <input {...p} className="ds-input" name="series" defaultValue={report?.series} />}
        </Field>
        <Field id="number" label={label("number")} errors={errors("number")}>
          {(p) => <input {...p} className="ds-input" name="number" defaultValue={report?.number} />}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="kind" label={label("kind")} errors={errors("kind")}>
          {(p) => (
            <select {...p} className="ds-input" name="kind" defaultValue={report?.kind ?? "rapport"}>
              {reportKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`reportKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="isbn" label={label("isbn")} errors={errors("isbn")}>
          {(p) => <input {...p} className="ds-input" name="isbn" defaultValue={report?.isbn} />}
        </Field>
      </div>
      <Field id="url" label={label("url")} hint={tr("urlHint")} errors={errors("url")}>
        {(p) => <input {...p} className="ds-input" name="url" type="url" defaultValue={report?.url} />}
      </Field>
      <Field id="summary" label={label("summary")} errors={errors("summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" rows={4} defaultValue={report?.summary} maxLength={3000} />}
      </Field>
      <Field id="body" label={label("body")} hint={tr("bodyHint")} errors={errors("body")}>
        {(p) => <textarea {...p} className="ds-input font-mono" name="body" rows={10} defaultValue={report?.body} />}
      </Field>

      <CheckboxGroup id="focusAreas" legend={label("focusAreas")} options={options.focusAreas} chosen={report?.focusAreas ?? []} errors={errors("focusAreas")} />
      <CheckboxGroup id="successFactors" legend={label("successFactors")} options={options.successFactors} chosen={report?.successFactors ?? []} errors={errors("successFactors")} />

      <fieldset className="ds-fieldset flex flex-col gap-4" id="sources" aria-describedby={errors("sources")?.length ? "sources-feil" : undefined}>
        <legend className="ds-heading" data-size="xs">
          {label("sources")}
        </legend>
        <p className="ds-paragraph" data-size="sm">
          {tr("sourcesHint")}
        </p>
        {errors("sources")?.length ? (
          <p className="ds-validation-message" id="sources-feil" data-color="danger">
            {errors("sources")!.join(". ")}
          </p>
        ) : null}
        {sources.map((source, row) => (
          <fieldset key={row} className="ds-fieldset grid gap-3 border-l-4 border-gray-300 pl-4 sm:grid-cols-2">
            <legend className="ds-label">{tr("sourceN", { n: row + 1 })}</legend>
            {sourceFields.map((field) => (
              <Field key={field} id={`sources-${row}-${field}`} label={tr("sourceField", { field: sourceLabel(field), n: row + 1 })} errors={errors(`sources.${row}.${field}`)}>
                {(p) => <input {...p} className="ds-input" name={`sources.${row}.${field}`} defaultValue={source[field]} />}
              </Field>
            ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="ds-fieldset" id="state" aria-describedby={errors("state")?.length ? "state-feil" : undefined}>
        <legend className="ds-label">{label("state")}</legend>
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
              {t(`states.${s}`)}
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
          {id === undefined ? tr("create") : tr("save")}
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
