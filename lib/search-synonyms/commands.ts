import { defineCommand } from "@/lib/commands/define-command";
import { FORM_HAS_ERRORS, notFoundError, validationError } from "@/lib/commands/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { zSynonymCreate, zSynonymDelete } from "@/lib/search-synonyms/schemas";

/**
 * Search synonyms (bokmål/nynorsk equivalents): administrators only. Each pair is stored once;
 * the search reads it in both directions (lib/search/build-tsquery.ts), so "bolig = bustad" and
 * "bustad = bolig" are the same pair and only one may exist.
 */

const asAdmin = { permission: "synonym.manage", entityType: "search_synonym" } as const;

export const createSynonym = defineCommand({ ...asAdmin, name: "synonym.create", input: zSynonymCreate }, async (tx, actor, data) => {
  const existing = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM search_synonym
    WHERE (lower(term) = ${data.term} AND lower(equivalent) = ${data.equivalent})
       OR (lower(term) = ${data.equivalent} AND lower(equivalent) = ${data.term})`;
  if (existing.length) throw validationError(FORM_HAS_ERRORS, { equivalent: [`«${data.term}» = «${data.equivalent}» finnes allerede`] });
  const created = await tx.searchSynonym.create({ data, select: { id: true, term: true, equivalent: true } });
  await writeAudit(tx, { userId: actor.id, action: "synonym.create", outcome: "success", entityType: "search_synonym", entityId: created.id, details: data });
  return created;
});

export const deleteSynonym = defineCommand({ ...asAdmin, name: "synonym.delete", input: zSynonymDelete }, async (tx, actor, data) => {
  const existing = await tx.searchSynonym.findUnique({ where: { id: data.id }, select: { term: true, equivalent: true } });
  if (!existing) throw notFoundError("Fant ikke synonymet. Kanskje noen andre har slettet det.");
  await tx.searchSynonym.delete({ where: { id: data.id } });
  await writeAudit(tx, { userId: actor.id, action: "synonym.delete", outcome: "success", entityType: "search_synonym", entityId: data.id, details: existing });
  return existing;
});
