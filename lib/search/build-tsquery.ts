import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { TParsedQuery, TSearchItem } from "@/lib/search/parse-query";

/** Equivalents of each query word from search_synonym (both directions), lower-cased. */
export type TSynonyms = Map<string, string[]>;

const WORD = /[\p{L}\p{N}]+/gu;

/** One query for all words: the table is small and read in both directions. */
export async function findSynonyms(client: PrismaClient, terms: string[]): Promise<TSynonyms> {
  const synonyms: TSynonyms = new Map();
  if (terms.length === 0) return synonyms;
  const rows = await client.$queryRaw<{ term: string; equivalent: string }[]>`
    SELECT lower(term) AS term, lower(equivalent) AS equivalent
    FROM search_synonym
    WHERE lower(term) IN (${Prisma.join(terms)}) OR lower(equivalent) IN (${Prisma.join(terms)})`;
  for (const { term, equivalent } of rows) {
    for (const [from, to] of [
      [term, equivalent],
      [equivalent, term],
    ] as const) {
      if (!terms.includes(from) || from === to) continue;
      const list = synonyms.get(from) ?? [];
      if (!list.includes(to)) list.push(to);
      synonyms.set(from, list);
    }
  }
  return synonyms;
}

/** A prefix query for one word: "bredbånd" also finds "bredbåndsutbygging". */
function prefixWord(word: string): Prisma.Sql {
  // `word` holds only letters and digits (parse-query.ts), so `word:*` is a plain prefix term.
  return Prisma.sql`to_tsquery('public.norwegian_unaccent', ${`${word}:*`})`;
}

function phrase(first: string, rest: string[]): Prisma.Sql {
  return rest.reduce((left, word) => Prisma.sql`tsquery_phrase(${left}, ${prefixWord(word)})`, prefixWord(first));
}

function itemQuery(item: TSearchItem, synonyms: TSynonyms): Prisma.Sql {
  const [word, ...more] = item.words;
  // parseSearchQuery never makes an item without words.
  if (word === undefined) throw new Error("et søkeledd uten ord");
  if (more.length > 0) return phrase(word, more);
  const alternatives = [word, ...(synonyms.get(word) ?? [])].map((w) => {
    const [first = w, ...rest] = w.match(WORD) ?? [];
    return rest.length > 0 ? phrase(first, rest) : prefixWord(first);
  });
  const [only] = alternatives;
  return only && alternatives.length === 1 ? only : Prisma.sql`(${Prisma.join(alternatives, " || ")})`;
}

/**
 * The tsquery for a parsed query, as SQL composed of parameters only; null when there is nothing
 * to search for. Stop words become empty queries, which PostgreSQL drops from && and ||.
 */
export function buildTsQuery(parsed: TParsedQuery, synonyms: TSynonyms): Prisma.Sql | null {
  if (parsed.clauses.length === 0) return null;
  const clauses = parsed.clauses.map((clause) => {
    const items = clause.map((item) => {
      const query = itemQuery(item, synonyms);
      return item.negated ? Prisma.sql`(!! ${query})` : query;
    });
    return Prisma.sql`(${Prisma.join(items, " && ")})`;
  });
  return Prisma.sql`(${Prisma.join(clauses, " || ")})`;
}
