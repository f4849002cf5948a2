"use client";

import { useTranslations } from "next-intl";
import { FormMessage, errorId, useKeptForm } from "@/components/admin/report-form-parts";
import { setAdviserFocusAreasAction } from "@/lib/mapping/actions";

type Props = { user: { id: number; name: string }; chosen: string[]; focusAreas: { slug: string; name: string }[] };

/** An administrator sets the focus areas an adviser maps in (check boxes; works without JavaScript). */
export function AdviserFocusForm({ user, chosen, focusAreas }: Props) {
  const t = useTranslations("mapping.focus");
  const { state, pending, formProps } = useKeptForm(setAdviserFocusAreasAction);
  const id = `bruker-${user.id}-fokus`;
  const errors = state?.fieldErrors?.focusAreas;
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} labels={{ focusAreas: t("column") }} fieldIds={{ focusAreas: id }} />
      <fieldset className="ds-fieldset" id={id} aria-describedby={[`${id}-hint`, errors?.length ? errorId(id) : ""].filter(Boolean).join(" ")}>
        <legend className="ds-label">{t("legend", { name: user.name })}</legend>
        <p className="ds-paragraph text-sm" id={`${id}-hint`}>
          {t("hint")}
        </p>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {focusAreas.map((f) => (
            <label key={f.slug} className="ds-paragraph flex items-center gap-2">
              <input type="checkbox" className="ds-input" name="focusAreas" value={f.slug} defaultChecked={chosen.includes(f.slug)} />
              {f.name}
            </label>
          ))}
        </div>
        {errors?.length ? (
          <p className="ds-validation-message" id={errorId(id)} data-color="danger">
            {errors.join(". ")}
          </p>
        ) : null}
      </fieldset>
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
