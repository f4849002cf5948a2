"use client";

import { useActionState } from "react";
import type { TActionState } from "@/lib/commands/form-state";
import { changeProjectStateAction } from "@/lib/projects/actions";
import type { EditorialState } from "@/lib/generated/prisma/enums";

type Props = {
  project: { id: number; version: number; state: EditorialState; adviserId: number | null };
  nextStates: EditorialState[];
  advisers: { id: number; name: string }[];
  missingForPublishing: string[];
};

const actionLabels: Record<EditorialState, string> = {
  kandidat: "Sett tilbake til kandidat",
  under_kartlegging: "Send til kartlegging",
  publisert: "Publiser",
  arkivert: "Arkiver",
};

/** Words for a move that depend on where the project is now. */
function actionLabel(from: EditorialState, to: EditorialState): string {
  if (to === "under_kartlegging" && from === "publisert") return "Avpubliser og kartlegg på nytt";
  if (to === "under_kartlegging" && from === "arkivert") return "Hent fram og kartlegg på nytt";
  return actionLabels[to];
}

/** The workflow buttons the signed-in user may use on this project (the data layer checks again). */
export function ProjectWorkflow({ project, nextStates, advisers, missingForPublishing }: Props) {
  const [state, formAction, pending] = useActionState<TActionState | undefined, FormData>(changeProjectStateAction, undefined);
  if (nextStates.length === 0) {
    return <p className="ds-paragraph">Du kan ikke endre den redaksjonelle statusen til dette prosjektet.</p>;
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
                Rådgiver som kartlegger
              </label>
              <select className="ds-input" id={`radgiver-${next}`} name="adviserId" defaultValue={project.adviserId ?? ""}>
                <option value="">Velg rådgiver</option>
                {advisers.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="ds-button" data-variant={next === "publisert" ? "primary" : "secondary"} aria-disabled={pending || undefined}>
            {actionLabel(project.state, next)}
          </button>
          {next === "publisert" && project.state === "kandidat" && missingForPublishing.length === 0 && (
            <p className="ds-paragraph text-sm">Har du kartlagt prosjektet selv, kan du publisere det direkte.</p>
          )}
          {next === "publisert" && missingForPublishing.length > 0 && (
            <p className="ds-paragraph text-sm">Før publisering mangler: {missingForPublishing.join(", ")}.</p>
          )}
        </form>
      ))}
    </div>
  );
}
