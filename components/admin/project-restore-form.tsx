"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { TActionState } from "@/lib/commands/form-state";
import { restoreProjectRevisionAction } from "@/lib/projects/actions";

/** "Gjenopprett denne versjonen": saves the revision's content as a new version. */
export function ProjectRestoreForm({ projectId, version }: { projectId: number; version: number }) {
  const [state, formAction, pending] = useActionState<TActionState | undefined, FormData>(restoreProjectRevisionAction, undefined);
  const t = useTranslations("admin.history");
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={projectId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" aria-disabled={pending || undefined}>
          {t("restore")}
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
