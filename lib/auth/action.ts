import "server-only";
import type { z } from "zod";
import { runAction, type TActionRun, type TActionState } from "@/lib/auth/action-core";
import { getSessionClaims } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type { TActionState } from "@/lib/auth/action-core";

/**
 * The one wrapper for server actions, which are public POST endpoints: who is the user (session
 * → fresh user row), is the input valid, may they do this — in that order (see runAction).
 * Use with useActionState: `authedAction("project.update", zSchema, (input, actor, claims) => …)`.
 */
export function authedAction<S extends z.ZodType, R>(name: string, schema: S, run: TActionRun<S, R>) {
  return async (_previous: TActionState<R> | undefined, formData: FormData | z.input<S>): Promise<TActionState<R>> => {
    // React adds $ACTION_… fields to forms that post without JavaScript; they are not input.
    const raw = formData instanceof FormData ? Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$ACTION"))) : formData;
    return runAction(db, name, schema, run, await getSessionClaims(), raw);
  };
}
