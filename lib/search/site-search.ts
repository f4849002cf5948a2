import "server-only";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { buildTsQuery, findSynonyms } from "@/lib/search/build-tsquery";
import { parseSearchQuery } from "@/lib/search/parse-query";
import { MATCH_CAP, RERANK_HEAD, fullTextRank, textBonus, textCandidates, textCtes, titleScore } from "@/lib/search/project-search";
import { suggestSpelling } from "@/lib/search/suggest";

const PER_KIND = 10;
/** Project hits are gathered (best candidates first) and ranked up to this many; more are shown as "over 500". */
export const PROJECT_COUNT_CAP = MATCH_CAP;

/** HTML-escapes stored text in SQL, before ts_headline adds its <mark> tags (see highlight.ts). */
function escaped(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
}

// Snippets are read as plain text: Markdown links keep their text, and emphasis, heading, quote
// and list markers go (issue 12: "(*Bredbåndsfylket Troms*)" showed its asterisks).
const MARKDOWN_LINK = String.raw`\[([^\]]*)\]\([^)]*\)`;
const MARKDOWN_MARKS = String.raw`\*+|_{2,}|` + "`+" + String.raw`|^\s*#+\s*|^\s*>\s*|^\s*[-+]\s+`;

/** Stored Markdown as plain text, in SQL (the snippet is cut from the result). */
export function plainText(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`regexp_replace(regexp_replace(${text}, ${MARKDOWN_LINK}, ${String.raw`\1`}, 'g'), ${MARKDOWN_MARKS}, '', 'gn')`;
}

function headline(text: Prisma.Sql, tsquery: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ts_headline('public.norwegian_unaccent', ${escaped(plainText(text))}, ${tsquery},
    'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')`;
}

export type TSiteHit = { slug: string; title: string; snippet: string; total: number; year?: number | null };

export type TSiteSearch = {
  q: string;
  groups: { projects: TSiteHit[]; reports: TSiteHit[]; successFactors: TSiteHit[]; focusAreas: TSiteHit[] };
  counts: { projects: number; reports: number; successFactors: number; focusAreas: number };
  suggestion: string | null;
};

/**
 * /sok: one search over published projects and reports, success factors and focus areas, the
 * best ten of each kind with a highlighted snippet and the kind's total. A fixed number of queries.
 */
export async function searchSite(rawQuery: string, client: PrismaClient = db): Promise<TSiteSearch> {
  const parsed = parseSearchQuery(rawQuery);
  const empty: TSiteSearch = {
    q: parsed.text,
    groups: { projects: [], reports: [], successFactors: [], focusAreas: [] },
    counts: { projects: 0, reports: 0, successFactors: 0, focusAreas: 0 },
    suggestion: null,
  };
  const synonyms = await findSynonyms(client, parsed.terms);
  const tsquery = buildTsQuery(parsed, synonyms);
  if (!tsquery) return empty;
  const text = parsed.text;
  const fuzzy = text.length >= 4;
  const query = { tsquery, text, negated: parsed.clauses.some((clause) => clause.some((item) => item.negated)) };

  const [projects, reports, successFactors, focusAreas] = await Promise.all([
    // A bounded candidate set (as on /prosjekter) is ranked; snippets (ts_headline is costly) only
    // for the ten shown; the count stops past PROJECT_COUNT_CAP.
    client.$queryRaw<TSiteHit[]>`
      WITH ${textCtes(query)},
      m0 AS MATERIALIZED (${textCandidates(
        query,
        Prisma.sql`p.state = 'publisert'`,
        PROJECT_COUNT_CAP + 1,
        Prisma.sql`p.id, p.published_at, p.search_vector, ${titleScore(query)} AS title_rank, ${textBonus(query)} AS bonus`,
      )}),
      -- As on /prosjekter: only the best RERANK_HEAD by the cheap title rank get the full rank.
      head AS MATERIALIZED (SELECT * FROM m0 ORDER BY title_rank + bonus DESC, published_at DESC NULLS LAST, id DESC LIMIT ${RERANK_HEAD}),
      best AS (
        SELECT h.id, h.published_at, ${fullTextRank(Prisma.sql`h.search_vector`, query)} + h.bonus AS score
        FROM head h
        ORDER BY score DESC, h.published_at DESC NULLS LAST, h.id DESC
        LIMIT ${PER_KIND}),
      top AS (
        SELECT p.id, p.slug, p.title, p.summary, p.body, b.published_at, b.score
        FROM best b JOIN project p ON p.id = b.id)
      SELECT t.slug, t.title, ${headline(Prisma.sql`t.summary || ' ' || t.body`, tsquery)} AS snippet,
             (SELECT count(*)::int FROM m0) AS total
      FROM top t
      ORDER BY t.score DESC, t.published_at DESC NULLS LAST, t.id DESC`,
    client.$queryRaw<TSiteHit[]>`
      SELECT r.slug, r.title, r.year, ${headline(Prisma.sql`r.summary || ' ' || r.body`, tsquery)} AS snippet,
             count(*) OVER ()::int AS total
      FROM report r
      WHERE r.state = 'publisert'
        AND (r.search_vector @@ ${tsquery} ${fuzzy ? Prisma.sql`OR ${text} <% r.title` : Prisma.empty})
      ORDER BY ts_rank_cd('{0.1, 0.2, 0.5, 1.0}'::float4[], r.search_vector, ${tsquery})
               + ${fuzzy ? Prisma.sql`0.5 * word_similarity(${text}, r.title)` : Prisma.sql`0`} DESC, r.year DESC
      LIMIT ${PER_KIND}`,
    // The taxonomies are small: their vectors are computed on the fly.
    client.$queryRaw<TSiteHit[]>`
      SELECT s.slug, s.name AS title, ${headline(Prisma.sql`s.summary || ' ' || s.body`, tsquery)} AS snippet,
             count(*) OVER ()::int AS total
      FROM success_factor s, LATERAL (SELECT
        setweight(to_tsvector('public.norwegian_unaccent', s.name), 'A') ||
        setweight(to_tsvector('public.norwegian_unaccent', s.summary), 'B') ||
        setweight(to_tsvector('public.norwegian_unaccent', s.body || ' ' || array_to_string(s.questions, ' ')), 'C') AS v) AS doc
      WHERE doc.v @@ ${tsquery} ${fuzzy ? Prisma.sql`OR ${text} <% s.name` : Prisma.empty}
      ORDER BY ts_rank_cd('{0.1, 0.2, 0.5, 1.0}'::float4[], doc.v, ${tsquery}) DESC, s.position
      LIMIT ${PER_KIND}`,
    client.$queryRaw<TSiteHit[]>`
      SELECT f.slug, f.name AS title, ${headline(Prisma.sql`f.summary || ' ' || f.body`, tsquery)} AS snippet,
             count(*) OVER ()::int AS total
      FROM focus_area f, LATERAL (SELECT
        setweight(to_tsvector('public.norwegian_unaccent', f.name), 'A') ||
        setweight(to_tsvector('public.norwegian_unaccent', f.summary), 'B') ||
        setweight(to_tsvector('public.norwegian_unaccent', f.body), 'C') AS v) AS doc
      WHERE doc.v @@ ${tsquery} ${fuzzy ? Prisma.sql`OR ${text} <% f.name` : Prisma.empty}
      ORDER BY ts_rank_cd('{0.1, 0.2, 0.5, 1.0}'::float4[], doc.v, ${tsquery}) DESC, f.name
      LIMIT ${PER_KIND}`,
  ]);

  const counts = {
    projects: projects[0]?.total ?? 0,
    reports: reports[0]?.total ?? 0,
    successFactors: successFactors[0]?.total ?? 0,
    focusAreas: focusAreas[0]?.total ?? 0,
  };
  const nothing = Object.values(counts).every((n) => n === 0);
  return {
    q: parsed.text,
    groups: { projects, reports, successFactors, focusAreas },
    counts,
    suggestion: nothing ? await suggestSpelling(client, parsed) : null,
  };
}
