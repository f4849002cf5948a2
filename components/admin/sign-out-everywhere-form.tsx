"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/users/actions";

export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, undefined);
  const t = useTranslations("admin.common");
  return (
    <form action={action}>
      <button type="submit" className="ds-button" data-variant="tertiary" disabled={pending}>
        {t("signOutEverywhere")}
      </button>
      <div aria-live="polite">{state && !state.ok ? <p className="ds-validation-message">{state.message}</p> : null}</div>
    </form>
  );
}
