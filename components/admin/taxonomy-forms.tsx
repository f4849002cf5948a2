"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("admin.taxonomy");
  const ids = { name: "nytt-fokus-navn", slug: "nytt-fokus-slug", summary: "nytt-fokus-sammendrag" };
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby="nytt-fokus">
      <h3 id="nytt-fokus" className="ds-heading" data-size="sm">
        {t("addFocusArea")}
      </h3>
      <FormMessage state={state} labels={{ name: t("name"), slug: t("slug"), summary: t("summary") }} fieldIds={ids} />
      <Field id={ids.name} label={t("name")} errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={100} />}
      </Field>
      <Field id={ids.slug} label={t("slug")} hint={t("slugHint")} errors={errorsFor(state, "slug")}>
        {(p) => <input {...p} className="ds-input" name="slug" required maxLength={120} />}
      </Field>
      <Field id={ids.summary} label={t("summary")} errors={errorsFor(state, "summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" required rows={3} maxLength={1000} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {t("add")}
        </button>
      </div>
    </form>
  );
}

export function FocusAreaEditForm({ area }: { area: { id: number; name: string; summary: string; slug: string } }) {
  const { state, pending, formProps } = useKeptForm(updateFocusAreaAction);
  const t = useTranslations("admin.taxonomy");
  const ids = { name: `fokus-${area.id}-navn`, summary: `fokus-${area.id}-sammendrag` };
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={area.id} />
      <FormMessage state={state} labels={{ name: t("name"), summary: t("summary") }} fieldIds={ids} />
      <Field id={ids.name} label={t("nameWithSlug", { slug: area.slug })} errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={100} defaultValue={area.name} />}
      </Field>
      <Field id={ids.summary} label={t("summary")} errors={errorsFor(state, "summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" required rows={2} maxLength={1000} defaultValue={area.summary} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
          {t("saveNamed", { name: area.name })}
        </button>
      </div>
    </form>
  );
}

/** Merging A into B: both are chosen, and the form says what will happen before it does. */
export function MergeForm({ kind, options }: { kind: "fokus" | "stikkord"; options: TOption[] }) {
  const { state, pending, formProps } = useKeptForm(kind === "fokus" ? mergeFocusAreasAction : mergeTagsAction);
  const t = useTranslations("admin.taxonomy");
  const ids = { fromId: `sla-sammen-${kind}-fra`, intoId: `sla-sammen-${kind}-til` };
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby={`sla-sammen-${kind}`}>
      <h3 id={`sla-sammen-${kind}`} className="ds-heading" data-size="sm">
        {t(`mergeHeading.${kind}`)}
      </h3>
      <p className="ds-paragraph">{t(`mergeIntro.${kind}`)}</p>
      <FormMessage state={state} labels={{ fromId: t("merge"), intoId: t("into") }} fieldIds={ids} />
      <Field id={ids.fromId} label={t(`mergeFrom.${kind}`)} errors={errorsFor(state, "fromId")}>
        {(p) => (
          <select {...p} className="ds-input" name="fromId" required defaultValue="">
            <option value="" disabled>
              {t(`choose.${kind}`)}
            </option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={ids.intoId} label={t(`mergeInto.${kind}`)} errors={errorsFor(state, "intoId")}>
        {(p) => (
          <select {...p} className="ds-input" name="intoId" required defaultValue="">
            <option value="" disabled>
              {t(`choose.${kind}`)}
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
          {t("merge")}
        </button>
      </div>
    </form>
  );
}

export function TagRenameForm({ tag }: { tag: { id: number; name: string; projectCount: number } }) {
  const { state, pending, formProps } = useKeptForm(renameTagAction);
  const t = useTranslations("admin.taxonomy");
  const id = `stikkord-${tag.id}-navn`;
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={tag.id} />
      <Field id={id} label={t("tagWithCount", { count: tag.projectCount })} errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={60} defaultValue={tag.name} />}
      </Field>
      <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
        {t("rename", { name: tag.name })}
      </button>
      <div className="basis-full">
        <FormMessage state={state} labels={{ name: t("tag") }} fieldIds={{ name: id }} />
      </div>
    </form>
  );
}

export function SuccessFactorEditForm({ factor }: { factor: { id: number; name: string; summary: string } }) {
  const { state, pending, formProps } = useKeptForm(updateSuccessFactorAction);
  const t = useTranslations("admin.taxonomy");
  const ids = { name: `faktor-${factor.id}-navn`, summary: `faktor-${factor.id}-sammendrag` };
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={factor.id} />
      <FormMessage state={state} labels={{ name: t("name"), summary: t("explanation") }} fieldIds={ids} />
      <Field id={ids.name} label={t("name")} errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" required maxLength={100} defaultValue={factor.name} />}
      </Field>
      <Field id={ids.summary} label={t("explanation")} errors={errorsFor(state, "summary")}>
        {(p) => <textarea {...p} className="ds-input" name="summary" required rows={3} maxLength={1000} defaultValue={factor.summary} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
          {t("saveNamed", { name: factor.name })}
        </button>
      </div>
    </form>
  );
}
