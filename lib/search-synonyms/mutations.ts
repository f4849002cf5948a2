import { z } from "zod";
import { loadActor, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { db as defaultDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { validationError } from "@/lib/commands/errors";

/**
 * Search synonyms (bokmål/nynorsk equivalents): administrators only. Each pair is stored once;
 * the search reads it in both directions (lib/search/build-tsquery.ts), so "bolig = bustad" and
 * "bustad = bolig" are the same pair and only one may exist.
 */

type Options = { db?: PrismaClient };
type Tx = Prisma.TransactionClient;

const word = z
  .string({ error: "må være tekst" })
  .trim()
  .toLowerCase()
  .min(1, "kan ikke være tomt")
  .max(100, "er for langt (høyst 100 tegn)")
  .regex(/^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u, "kan bare inneholde bokstaver, tall, mellomrom og bindestrek");

export const zSynonymCreate = z
  .strictObject({ term: word, equivalent: word })
  .refine((s) => s.term !== s.equivalent, { path: ["equivalent"], message: "må være et annet ord enn det første" });
export const zSynonymDelete = z.strictObject({ id: z.coerce.number({ error: "mangler" }).int().positive("mangler") });

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", fieldErrors);
}

function asAdmin<T>(database: PrismaClient, claims: TSessionClaims | null, action: string, work: (tx: Tx, actor: TActor) => Promise<T>) {
  return withRefusalAudit(database, { action, userId: claims?.userId ?? null, entityType: "search_synonym" }, () =>
    database.$transaction(async (tx) => {
      const actor = await loadActor(tx, claims);
      assertCan(actor, "synonym.manage", null);
      return work(tx, actor);
    }),
  );
}

/** Every pair, for the admin page. */
export async function findSynonyms(database: PrismaClient, actor: TActor) {
  return withRefusalAudit(database, { action: "synonym.read", userId: actor.id }, async () => {
    assertCan(actor, "synonym.manage", null);
    return database.searchSynonym.findMany({ select: { id: true, term: true, equivalent: true }, orderBy: [{ term: "asc" }, { equivalent: "asc" }] });
  });
}

export async function createSynonym(claims: TSessionClaims | null, input: z.input<typeof zSynonymCreate>, options: Options = {}) {
  const data = parse(zSynonymCreate, input);
  return asAdmin(options.db ?? defaultDb, claims, "synonym.create", async (tx, actor) => {
    const existing = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM search_synonym
      WHERE (lower(term) = ${data.term} AND lower(equivalent) = ${data.equivalent})
         OR (lower(term) = ${data.equivalent} AND lower(equivalent) = ${data.term})`;
    if (existing.length) {
      throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", { equivalent: [`«${data.term}» = «${data.equivalent}» finnes allerede`] });
    }
    const created = await tx.searchSynonym.create({ data, select: { id: true, term: true, equivalent: true } });
    await writeAudit(tx, { userId: actor.id, action: "synonym.create", outcome: "success", entityType: "search_synonym", entityId: created.id, details: data });
    return created;
  });
}

export async function deleteSynonym(claims: TSessionClaims | null, input: z.input<typeof zSynonymDelete>, options: Options = {}) {
  const data = parse(zSynonymDelete, input);
  return asAdmin(options.db ?? defaultDb, claims, "synonym.delete", async (tx, actor) => {
    const existing = await tx.searchSynonym.findUnique({ where: { id: data.id }, select: { term: true, equivalent: true } });
    if (!existing) throw validationError("Fant ikke synonymet. Kanskje noen andre har slettet det.");
    await tx.searchSynonym.delete({ where: { id: data.id } });
    await writeAudit(tx, { userId: actor.id, action: "synonym.delete", outcome: "success", entityType: "search_synonym", entityId: data.id, details: existing });
    return existing;
  });
}
