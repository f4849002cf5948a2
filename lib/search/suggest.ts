import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { TParsedQuery } from "@/lib/search/parse-query";

/**
 * "Did you mean": each query word replaced by the closest word (trigram similarity) among the
 * words of published titles, focus-area and success-factor names. Titles are narrowed by the
 * trigram index (`<%`) first, so this never reads the whole project table. One query.
 */
export async function suggestSpelling(client: PrismaClient, parsed: TParsedQuery): Promise<string | null> {
  const terms = parsed.terms.filter((term) => term.length >= 3);
  if (terms.length === 0) return null;
  const rows = await client.$queryRaw<{ term: string; word: string | null; score: number | null }[]>`
    WITH terms AS (SELECT t FROM unnest(ARRAY[${Prisma.join(terms)}]::text[]) AS t)
    SELECT terms.t AS term, best.word, best.score
    FROM terms
    LEFT JOIN LATERAL (
      SELECT word, similarity(word, terms.t)::float8 AS score
      FROM (
        SELECT lower(w) AS word FROM project p, regexp_split_to_table(p.title, '[^[:alnum:]]+') AS w
          WHERE p.state = 'publisert' AND terms.t <% p.title
        UNION
        SELECT lower(w) FROM report r, regexp_split_to_table(r.title, '[^[:alnum:]]+') AS w
          WHERE r.state = 'publisert' AND terms.t <% r.title
        UNION
        SELECT lower(w) FROM focus_area f, regexp_split_to_table(f.name, '[^[:alnum:]]+') AS w
        UNION
        SELECT lower(w) FROM success_factor s, regexp_split_to_table(s.name, '[^[:alnum:]]+') AS w
      ) AS candidates
      WHERE length(word) >= 3 AND similarity(word, terms.t) >= 0.3
      ORDER BY score DESC, word
      LIMIT 1
    ) AS best ON true`;
  const replacement = new Map(rows.map((row) => [row.term, row.word]));
  let changed = false;
  const words = parsed.text
    .toLocaleLowerCase("nb")
    .split(/\s+/)
    .map((token) => {
      const word = replacement.get(token);
      if (word && word !== token) {
        changed = true;
        return word;
      }
      return token;
    });
  return changed ? words.join(" ") : null;
}
