"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { TActionState } from "@/lib/commands/form-state";
import { assignAdviserAction } from "@/lib/mapping/actions";

type Props = {
  project: { id: number; version: number; adviserId: number | null };
  proposals: { id: number; name: string; matches: string[]; load: number }[];
};

/**
 * The proposed advisers for a project (matching focus areas first, with their open assignments)
 * as radio buttons, and «Tildel rådgiver». A plain form: it works without JavaScript.
 */
export function AdviserAssignment({ project, proposals }: Props) {
  const t = useTranslations("mapping.assign");
  const [state, formAction, pending] = useActionState<TActionState | undefined, FormData>(assignAdviserAction, undefined);
  if (proposals.length === 0) return <p className="ds-paragraph">{t("noAdvisers")}</p>;
  const errors = state?.fieldErrors?.adviserId;
  const preselected = project.adviserId ?? (proposals[0]?.matches.length ? proposals[0].id : undefined);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <div aria-live="polite" role="status">
        {state && !state.ok && (
          <div className="ds-alert" data-color="danger">
            <p className="ds-paragraph">{state.message}</p>
            {errors?.length ? <p className="ds-paragraph">{errors.join(". ")}</p> : null}
          </div>
        )}
      </div>
      <input type="hidden" name="id" value={project.id} />
      <input type="hidden" name="version" value={project.version} />
      <fieldset className="ds-fieldset" aria-describedby="tildeling-intro">
        <legend className="ds-label">{t("legend")}</legend>
        <p className="ds-paragraph text-sm" id="tildeling-intro">
          {t("intro")}
        </p>
        <ul className="flex flex-col gap-2" data-testid="adviser-proposals">
          {proposals.map((p) => (
            <li key={p.id}>
              <label className="ds-paragraph flex flex-wrap items-center gap-2">
                <input type="radio" className="ds-input" name="adviserId" value={p.id} defaultChecked={p.id === preselected} required />
                <span className="font-semibold">{p.name}</span>
                {p.matches.length > 0 && (
                  <span className="ds-tag" data-color="success">
                    {t("proposed")}
                  </span>
                )}
                <span className="text-sm">
                  ({p.matches.length > 0 ? t("matches", { areas: p.matches.join(", ") }) : t("noMatch")}; {t("load", { count: p.load })})
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending || undefined}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
