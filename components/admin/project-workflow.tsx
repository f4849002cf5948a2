"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { TActionState } from "@/lib/commands/form-state";
import { changeProjectStateAction } from "@/lib/projects/actions";
import type { EditorialState } from "@/lib/generated/prisma/enums";

type Props = {
  project: { id: number; version: number; state: EditorialState; adviserId: number | null };
  nextStates: EditorialState[];
  advisers: { id: number; name: string }[];
  missingForPublishing: string[];
};

/** Words for a move that depend on where the project is now (a message key under admin.workflow). */
function actionLabel(from: EditorialState, to: EditorialState) {
  if (to === "under_kartlegging" && from === "publisert") return "unpublishAndMap" as const;
  if (to === "under_kartlegging" && from === "arkivert") return "restoreAndMap" as const;
  return `to.${to}` as const;
}

/** The workflow buttons the signed-in user may use on this project (the data layer checks again). */
export function ProjectWorkflow({ project, nextStates, advisers, missingForPublishing }: Props) {
  const [state, formAction, pending] = useActionState<TActionState | undefined, FormData>(changeProjectStateAction, undefined);
  const t = useTranslations("admin.workflow");
  if (nextStates.length === 0) {
    return <p className="ds-paragraph">{t("cannotChange")}</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      {state?.message && (
        <div className="ds-alert" data-color="danger" role="alert">
          <p className="ds-paragraph">{state.message}</p>
        </div>
      )}
      {nextStates.map((next) => (
        <form key={next} action={formAction} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={project.id} />
          <input type="hidden" name="version" value={project.version} />
          <input type="hidden" name="state" value={next} />
          {next === "under_kartlegging" && (
            <div className="ds-field">
              <label className="ds-label" htmlFor={`radgiver-${next}`}>
                {t("adviser")}
              </label>
              <select className="ds-input" id={`radgiver-${next}`} name="adviserId" defaultValue={project.adviserId ?? ""}>
                <option value="">{t("chooseAdviser")}</option>
                {advisers.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="ds-button" data-variant={next === "publisert" ? "primary" : "secondary"} aria-disabled={pending || undefined}>
            {t(actionLabel(project.state, next))}
          </button>
          {next === "publisert" && project.state === "kandidat" && missingForPublishing.length === 0 && (
            <p className="ds-paragraph text-sm">{t("publishDirectly")}</p>
          )}
          {next === "publisert" && missingForPublishing.length > 0 && (
            <p className="ds-paragraph text-sm">{t("missing", { list: missingForPublishing.join(", ") })}</p>
          )}
        </form>
      ))}
    </div>
  );
}
