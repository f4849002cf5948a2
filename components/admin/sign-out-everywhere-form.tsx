"use client";

import { useActionState } from "react";
import { signOutEverywhereAction } from "@/lib/users/actions";

export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, undefined);
  return (
    <form action={action}>
      <button type="submit" className="ds-button" data-variant="tertiary" disabled={pending}>
        Logg ut på alle enheter
      </button>
      <div aria-live="polite">{state && !state.ok ? <p className="ds-validation-message">{state.message}</p> : null}</div>
    </form>
  );
}
