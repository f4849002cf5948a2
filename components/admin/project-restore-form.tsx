"use client";

import { useActionState } from "react";
import type { TActionState } from "@/lib/commands/form-state";
import { restoreProjectRevisionAction } from "@/lib/projects/actions";

/** "Gjenopprett denne versjonen": saves the revision's content as a new version. */
export function ProjectRestoreForm({ projectId, version }: { projectId: number; version: number }) {
  const [state, formAction, pending] = useActionState<TActionState | undefined, FormData>(restoreProjectRevisionAction, undefined);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={projectId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" aria-disabled={pending || undefined}>
          Gjenopprett denne versjonen
        </button>
      </div>
      {state?.message && (
        <div className="ds-alert" data-color="danger" role="alert">
          <p className="ds-paragraph">{state.message}</p>
        </div>
      )}
    </form>
  );
}
