import type { z } from "zod";
import { loadActor, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan, type TAction, type TResources } from "@/lib/auth/permissions";
import { parseOrThrow } from "@/lib/commands/errors";
import { db as defaultDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one pipeline every change to the database goes through (projects, reports, taxonomy,
 * users, search synonyms). In this order, in one transaction:
 *
 *   1. who is asking: the actor is read fresh from the database (disabled users and revoked
 *      sessions are refused), once;
 *   2. is the input valid: parsed once with the command's zod schema (anonymous callers learn
 *      nothing about their input);
 *   3. may they, when the permission does not depend on the data (`permission`);
 *   4. `run` checks what depends on the stored data (through lib/auth/permissions.ts), writes,
 *      and records revision and audit through lib/revisions/record.ts.
 *
 * A refusal (not signed in, not allowed) is audited outside the transaction, so the rollback
 * keeps the audit row. Every failure the caller should see is a CommandError with a code.
 */

export type Tx = Prisma.TransactionClient;

/** Actions whose permission does not depend on a stored record. */
type TStaticAction = { [A in TAction]: TResources[A] extends null ? A : never }[TAction];

export type TCommandSpec<S extends z.ZodType> = {
  /** The audit log's name for the attempt, e.g. "project.update". */
  name: string;
  input: S;
  /** Checked before `run`, for actions that need no stored record. */
  permission?: TStaticAction;
  /** What the command changes, for the audit row of a refusal. */
  entityType?: string;
  entityId?: (input: z.output<S>) => string | number | null;
  timeoutMs?: number;
};

export type TCommandOptions = {
  /** Another database than the site's (tests, the content importer). */
  db?: PrismaClient;
  /** Stored with the revision, e.g. "Gjenopprettet fra versjon 3". */
  comment?: string;
};

export type TCommandRun<S extends z.ZodType, R> = (tx: Tx, actor: TActor, input: z.output<S>, options: { comment?: string }) => Promise<R>;

export type TCommand<S extends z.ZodType, R> = ((claims: TSessionClaims | null, input: z.input<S>, options?: TCommandOptions) => Promise<R>) & {
  readonly commandName: string;
  readonly input: S;
  /** The same command for input nobody has typed yet (a decoded form): the schema checks it. */
  readonly fromUntrusted: (claims: TSessionClaims | null, input: unknown, options?: TCommandOptions) => Promise<R>;
};

export function defineCommand<S extends z.ZodType, R>(spec: TCommandSpec<S>, run: TCommandRun<S, R>): TCommand<S, R> {
  const command = async (claims: TSessionClaims | null, raw: unknown, options: TCommandOptions = {}): Promise<R> => {
    const database = options.db ?? defaultDb;
    const context: { action: string; userId: number | null; entityType?: string; entityId?: string | number | null } = {
      action: spec.name,
      userId: claims?.userId ?? null,
      entityType: spec.entityType,
    };
    return withRefusalAudit(database, context, () =>
      database.$transaction(
        async (tx) => {
          const actor = await loadActor(tx, claims);
          const input = parseOrThrow(spec.input, raw);
          if (spec.entityId) context.entityId = spec.entityId(input);
          if (spec.permission) {
            const entity = spec.entityType && context.entityId != null ? { type: spec.entityType, id: context.entityId } : undefined;
            assertCan(actor, spec.permission, null, entity);
          }
          return run(tx, actor, input, { comment: options.comment });
        },
        { timeout: spec.timeoutMs ?? 30_000, maxWait: 10_000 },
      ),
    );
  };
  return Object.assign((claims: TSessionClaims | null, input: z.input<S>, options?: TCommandOptions) => command(claims, input, options), {
    commandName: spec.name,
    input: spec.input,
    fromUntrusted: command,
  });
}
