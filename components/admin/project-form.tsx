"use client";

import { useActionState, useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ProjectMunicipalityPicker } from "@/components/admin/project-municipality-picker";
import { saveProjectAction, type TProjectFormState } from "@/lib/projects/actions";
import type { TProjectFormOptions } from "@/lib/projects/admin-queries";
import type { TCountyChoice } from "@/lib/places/queries";
import { fieldId, shownRows, type TFormValues } from "@/lib/projects/form-fields";
import { projectStatuses } from "@/lib/vocabulary";
import { localizePath } from "@/lib/i18n/locale";

type Props = {
  initialValues: TFormValues;
  project?: { id: number; version: number };
  options: Pick<TProjectFormOptions, "focusAreas" | "successFactors" | "reports">;
  counties: TCountyChoice[];
  /** County contacts may only save municipalities in their own counties. */
  ownCountiesOnly: boolean;
};

/**
 * The one project form, for new and existing projects. It posts to a server action (and works
 * without JavaScript); after an error it is drawn again from what was posted, with every error
 * beside its field and a summary at the top.
 */
export function ProjectForm({ initialValues, project, options, counties, ownCountiesOnly }: Props) {
  const [state, formAction, pending] = useActionState<TProjectFormState | undefined, FormData>(saveProjectAction, undefined);
  const t = useTranslations("admin");
  const locale = useLocale();
  const statusOptions = projectStatuses.map((value) => [value, t(`projectStatus.${value}`)] as const);
  const label = (field: string) => (t.has(`fields.${field}` as "fields.title") ? t(`fields.${field}` as "fields.title") : field);
  /** "Kilder: kilde 2, nettadresse" for an error key such as "sources.1.url". */
  const fieldLabel = (key: string) => {
    const [head = key, index, sub] = key.split(".");
    if (index === undefined) return label(head);
    const rowKind = head === "sources" || head === "funding" ? head : "other";
    const row = t(`fields.row.${rowKind}`, { base: label(head), n: Number(index) + 1 });
    if (!sub) return row;
    return t("fields.rowPart", { row, part: t.has(`fields.sub.${sub}` as "fields.sub.title") ? t(`fields.sub.${sub}` as "fields.sub.title") : sub });
  };
  const values = state?.values ?? initialValues;
  const errors = state?.fieldErrors ?? {};
  const errorKeys = Object.keys(errors);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state) return;
    if (state.focus) document.getElementById(state.focus)?.focus();
    else if (errorKeys.length) summaryRef.current?.focus();
    else if (state.message) alertRef.current?.focus();
    else if (state.preview) previewRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new answer arrives
  }, [state?.nonce]);

  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${fieldId(name)}-hint` : "", errors[name] ? `${fieldId(name)}-feil` : ""].filter(Boolean).join(" ") || undefined;
  const invalid = (name: string) => (errors[name] ? true : undefined);

  const text = (name: string, label: string, extra: { hint?: string; type?: string; inputMode?: "numeric"; required?: boolean; className?: string } = {}) => (
    <div className={`ds-field ${extra.className ?? ""}`}>
      <label className="ds-label" htmlFor={fieldId(name)}>
        {label}
        {extra.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {extra.hint && (
        <p className="ds-paragraph text-sm" id={`${fieldId(name)}-hint`}>
          {extra.hint}
        </p>
      )}
      <input
        className="ds-input"
        id={fieldId(name)}
        name={name}
        type={extra.type ?? "text"}
        inputMode={extra.inputMode}
        defaultValue={values[name] ?? ""}
        aria-describedby={describedBy(name, Boolean(extra.hint))}
        aria-invalid={invalid(name)}
        aria-required={extra.required || undefined}
      />
      <FieldErrors name={name} errors={errors[name]} />
    </div>
  );

  const area = (name: string, label: string, hint?: string, rows = 6) => (
    <div className="ds-field">
      <label className="ds-label" htmlFor={fieldId(name)}>
        {label}
      </label>
      {hint && (
        <p className="ds-paragraph text-sm" id={`${fieldId(name)}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        className="ds-input"
        id={fieldId(name)}
        name={name}
        rows={rows}
        defaultValue={values[name] ?? ""}
        aria-describedby={describedBy(name, Boolean(hint))}
        aria-invalid={invalid(name)}
      />
      <FieldErrors name={name} errors={errors[name]} />
      {state?.preview?.[name as keyof NonNullable<TProjectFormState["preview"]>] && (
        <div className="mt-2 rounded border border-dashed p-3" aria-label={t("form.previewOf", { label: label.toLowerCase() })} role="region">
          <p className="ds-paragraph text-sm font-semibold">{t("form.previewHeading")}</p>
          <div className="prose-kb" dangerouslySetInnerHTML={{ __html: state.preview[name as keyof NonNullable<TProjectFormState["preview"]>]! }} />
        </div>
      )}
    </div>
  );

  const checkbox = (name: string, label: string, describedById?: string) => (
    <div className="ds-field" key={name}>
      <input className="ds-input" type="checkbox" id={fieldId(name)} name={name} defaultChecked={values[name] === "on"} aria-describedby={describedById} />
      <label className="ds-label" htmlFor={fieldId(name)}>
        {label}
      </label>
    </div>
  );

  const fundingRows = shownRows(values, "funding", state?.extraRows?.funding);
  const sourceRows = shownRows(values, "sources", state?.extraRows?.sources);

  // Adding and removing rows are submit buttons: a round trip that saves nothing, the same with
  // and without JavaScript.
  const rowButton = (intent: string, label: string, variant: "secondary" | "tertiary" = "secondary") => (
    <button type="submit" className="ds-button" data-variant={variant} name="intent" value={intent} formNoValidate aria-disabled={pending || undefined}>
      {label}
    </button>
  );

  return (
    <>
    <p role="status" className="sr-only">
      {state?.announcement ?? ""}
    </p>
    <form action={formAction} noValidate className="flex flex-col gap-8" key={state?.nonce ?? "start"} aria-busy={pending}>
      {/* The first submit button is the one Enter in a text field presses: saving, not removing a row. */}
      <button type="submit" name="intent" value="save" className="sr-only" tabIndex={-1} aria-hidden="true">
        {t("common.save")}
      </button>
      {project && (
        <>
          <input type="hidden" name="id" value={project.id} />
          <input type="hidden" name="version" value={project.version} />
        </>
      )}

      {errorKeys.length > 0 && (
        <div className="ds-error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby="feiloppsummering-tittel">
          <h2 className="ds-heading" data-size="xs" id="feiloppsummering-tittel">
            {state?.message ?? t("form.hasErrors")} {t("form.nothingSaved")}
          </h2>
          <ul>
            {errorKeys.map((key) => (
              <li key={key}>
                <a className="ds-link" href={`#${fieldId(key)}`}>
                  {fieldLabel(key)}: {errors[key]?.join("; ")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state?.message && errorKeys.length === 0 && !state.ok && (
        <div className="ds-alert" data-color="danger" role="alert" ref={alertRef} tabIndex={-1} id="skjema-melding">
          <p className="ds-paragraph">{state.message}</p>
          {state.conflict && project && (
            <p className="ds-paragraph">
              <a className="ds-link" href={localizePath(`/admin/prosjekter/${project.id}`, locale)} target="_blank" rel="noopener">
                {t("form.openSaved")}
              </a>{" "}
              ·{" "}
              <a className="ds-link" href={localizePath(`/admin/prosjekter/${project.id}/historikk`, locale)} target="_blank" rel="noopener">
                {t("form.seeHistory")}
              </a>
            </p>
          )}
        </div>
      )}
      {state?.preview && (
        <div className="ds-alert" data-color="info" ref={previewRef} tabIndex={-1} role="status">
          <p className="ds-paragraph">
            {t("form.previewNotice")}
            {Object.keys(state.preview).length === 0 ? t("form.previewEmpty") : ""}
          </p>
        </div>
      )}

      <fieldset className="ds-fieldset flex flex-col gap-4">
        <legend className="ds-heading" data-size="sm">
          {t("form.about")}
        </legend>
        {text("title", label("title"), { required: true })}
        {text("slug", label("slug"), { hint: t("form.slugHint") })}
        {area("summary", label("summary"), t("form.summaryHint"), 3)}
        {area("body", label("body"), t("form.bodyHint"), 10)}
        <div className="flex flex-wrap gap-4">
          {text("startYear", label("startYear"), { inputMode: "numeric", className: "w-32" })}
          {text("endYear", label("endYear"), { inputMode: "numeric", className: "w-32" })}
          <div className="ds-field">
            <label className="ds-label" htmlFor={fieldId("status")}>
              {label("status")}<span aria-hidden="true"> *</span>
            </label>
            <select
              className="ds-input"
              id={fieldId("status")}
              name="status"
              defaultValue={values.status ?? ""}
              aria-describedby={describedBy("status")}
              aria-invalid={invalid("status")}
              aria-required
            >
              <option value="">{t("form.chooseStatus")}</option>
              {statusOptions.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <FieldErrors name="status" errors={errors.status} />
          </div>
          {text("lastCheckedAt", label("lastCheckedAt"), { type: "date" })}
        </div>
        {text("owner", label("owner"))}
        {text("contact", label("contact"))}
      </fieldset>

      <ProjectMunicipalityPicker counties={counties} values={values} errors={errors.municipalities} ownCountiesOnly={ownCountiesOnly} />

      <fieldset className="ds-fieldset flex flex-col gap-4" id={fieldId("funding")} tabIndex={-1}>
        <legend className="ds-heading" data-size="sm">
          {label("funding")}
        </legend>
        <FieldErrors name="funding" errors={errors.funding} />
        {Array.from({ length: fundingRows }, (_, i) => (
          <div key={i} className="flex flex-wrap gap-4 border-b pb-4" role="group" aria-label={t("form.fundingN", { n: i + 1 })}>
            {text(`funding.${i}.programme`, t("form.programme"), { hint: i === 0 ? t("form.programmeHint") : undefined })}
            {text(`funding.${i}.amountNok`, t("form.amount"), { inputMode: "numeric" })}
            {text(`funding.${i}.note`, t("form.note"))}
            <div className="self-end">{rowButton(`remove:funding.${i}`, t("form.removeFunding", { n: i + 1 }), "tertiary")}</div>
          </div>
        ))}
        <div>{rowButton("add:funding", t("form.addFunding"))}</div>
      </fieldset>

      <fieldset className="ds-fieldset flex flex-col gap-4">
        <legend className="ds-heading" data-size="sm">
          {t("form.mapping")}
        </legend>
        {area("methods", label("methods"), t("form.markdown"))}
        {area("results", label("results"), t("form.markdown"))}
        {area("lessons", label("lessons"), t("form.lessonsHint"))}
        {area("transferability", label("transferability"), t("form.transferabilityHint"))}
      </fieldset>

      <fieldset className="ds-fieldset flex flex-col gap-2" id={fieldId("focusAreas")} tabIndex={-1} aria-describedby={describedBy("focusAreas")}>
        <legend className="ds-heading" data-size="sm">
          {label("focusAreas")}
        </legend>
        <FieldErrors name="focusAreas" errors={errors.focusAreas} />
        <div className="grid gap-1 sm:grid-cols-2">{options.focusAreas.map((f) => checkbox(`focusArea:${f.slug}`, f.name))}</div>
      </fieldset>

      <fieldset className="ds-fieldset flex flex-col gap-3" id={fieldId("successFactors")} tabIndex={-1} aria-describedby={describedBy("successFactors")}>
        <legend className="ds-heading" data-size="sm">
          {label("successFactors")}
        </legend>
        <p className="ds-paragraph text-sm">{t("form.factorsHint")}</p>
        <FieldErrors name="successFactors" errors={errors.successFactors} />
        {options.successFactors.map((f) => (
          <div key={f.slug} className="flex flex-col gap-1 border-b pb-3">
            {checkbox(`factor:${f.slug}`, f.name)}
            <div className="ds-field">
              <label className="ds-label text-sm" htmlFor={fieldId(`factorNote:${f.slug}`)}>
                {t("form.factorNote", { name: f.name })}
              </label>
              <textarea className="ds-input" rows={2} id={fieldId(`factorNote:${f.slug}`)} name={`factorNote:${f.slug}`} defaultValue={values[`factorNote:${f.slug}`] ?? ""} />
            </div>
          </div>
        ))}
      </fieldset>

      <fieldset className="ds-fieldset flex flex-col gap-4">
        <legend className="ds-heading" data-size="sm">
          {t("form.tagsAndReports")}
        </legend>
        {text("tags", label("tags"), { hint: t("form.tagsHint") })}
        <details id={fieldId("reports")} tabIndex={-1}>
          <summary className="ds-paragraph cursor-pointer">{t("form.reportsChosen", { count: options.reports.filter((r) => values[`report:${r.slug}`] === "on").length })}</summary>
          <FieldErrors name="reports" errors={errors.reports} />
          <div className="mt-2 flex flex-col gap-1">{options.reports.map((r) => checkbox(`report:${r.slug}`, `${r.title} (${r.year})`))}</div>
        </details>
      </fieldset>

      <fieldset className="ds-fieldset flex flex-col gap-4" id={fieldId("sources")} tabIndex={-1}>
        <legend className="ds-heading" data-size="sm">
          {label("sources")}
        </legend>
        <p className="ds-paragraph text-sm">{t("form.sourcesHint")}</p>
        <FieldErrors name="sources" errors={errors.sources} />
        {Array.from({ length: sourceRows }, (_, i) => (
          <div key={i} className="flex flex-wrap gap-4 border-b pb-4" role="group" aria-label={t("form.sourceN", { n: i + 1 })}>
            {text(`sources.${i}.title`, t("form.sourceTitle"))}
            {text(`sources.${i}.url`, t("form.url"), { type: "url" })}
            {text(`sources.${i}.publisher`, t("form.publisher"))}
            {text(`sources.${i}.note`, t("form.note"))}
            <div className="self-end">{rowButton(`remove:sources.${i}`, t("form.removeSource", { n: i + 1 }), "tertiary")}</div>
          </div>
        ))}
        <div>{rowButton("add:sources", t("form.addSource"))}</div>
      </fieldset>

      <fieldset className="ds-fieldset flex flex-col gap-4">
        <legend className="ds-heading" data-size="sm">
          {t("form.gapsLegend")}
        </legend>
        {area("gaps", label("gaps"), t("form.gapsHint"), 4)}
      </fieldset>

      <div className="flex flex-wrap gap-4">
        <button type="submit" className="ds-button" data-variant="primary" name="intent" value="save" aria-disabled={pending || undefined}>
          {project ? t("form.saveChanges") : t("form.create")}
        </button>
        <button type="submit" className="ds-button" data-variant="secondary" name="intent" value="preview" aria-disabled={pending || undefined}>
          {t("form.preview")}
        </button>
      </div>
    </form>
    </>
  );
}

function FieldErrors({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div className="ds-validation-message" data-color="danger" id={`${fieldId(name)}-feil`}>
      {errors.join(" ")}
    </div>
  );
}
