import pg from "pg";

/**
 * Synthetic projects for load tests, made in PostgreSQL itself (generate_series + INSERT …
 * SELECT: one statement per table, not one round trip per row) by recombining the real content
 * already imported into the same database: sentences of real project texts, words of real titles,
 * today's municipalities, the real focus areas and success factors.
 *
 * Every synthetic record is labelled three ways, so none can be mistaken for a real example:
 * its slug starts with `syntetisk-`, its title with `[Syntetisk]`, and its text opens with a note
 * that it is made up. They live only in a benchmark's own database, never in content/.
 */

export const SYNTHETIC_SLUG_PREFIX = "syntetisk-";
export const SYNTHETIC_TITLE_MARKER = "[Syntetisk]";
const NOTE =
  "Syntetisk eksempel laget for ytelsesmåling av Kunnskapsbanken: tilfeldige setninger fra ekte eksempler satt sammen på nytt. Ikke et virkelig prosjekt.";

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Uventet indeksnavn: ${name}`);
  return `"${name}"`;
}

export type TSyntheticSummary = { projects: number; published: number; reports: number; seconds: number };

/**
 * Adds `count` synthetic projects (`publishedShare` of them published) and one synthetic report
 * per 50 projects. The database must hold the imported content (it is the material). Seeded:
 * the same count gives the same data.
 */
export async function fillSynthetic(databaseUrl: string, count: number, options: { publishedShare?: number; seed?: number } = {}): Promise<TSyntheticSummary> {
  const started = Date.now();
  const publishedShare = options.publishedShare ?? 0.9;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT setseed($1)", [options.seed ?? 0.42]);
    // The material, numbered 1..n per kind so that a random pick is a join on a random number:
    // sentences of real texts (Markdown marks and link targets removed), words of real titles,
    // today's municipalities, the focus areas and the success factors. (Arrays would be simpler,
    // but PostgreSQL would copy a whole array for every element read: minutes instead of seconds.)
    const material = async (table: string, column: string, select: string) => {
      await client.query(`CREATE TEMP TABLE ${table} ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY v)::int AS i, v AS ${column} FROM (${select}) AS x(v)`);
      await client.query(`CREATE UNIQUE INDEX ON ${table} (i)`);
    };
    await material("syn_sentence", "s", `
      SELECT DISTINCT s FROM (
        SELECT btrim(regexp_replace(regexp_replace(s, '\\]\\([^)]*\\)', '', 'g'), '[#*_>\\[\\]\`|]', '', 'g')) AS s
        FROM project p, regexp_split_to_table(concat_ws(' ', p.summary, p.body, p.methods, p.results, p.lessons), '(?<=[.!?])\\s+') AS s
        WHERE p.slug NOT LIKE 'syntetisk-%') y
      WHERE length(s) BETWEEN 30 AND 300`);
    await material("syn_word", "w", `
      SELECT DISTINCT w FROM (
        SELECT lower(w) AS w FROM project p, regexp_split_to_table(p.title, '[^[:alnum:]æøåÆØÅ-]+') AS w
        WHERE p.slug NOT LIKE 'syntetisk-%') y
      WHERE length(w) >= 4`);
    await material("syn_municipality", "number", "SELECT number FROM municipality");
    await material("syn_focus_area", "id", "SELECT id FROM focus_area");
    await material("syn_factor", "id", "SELECT id FROM success_factor");
    await client.query(`CREATE TEMP TABLE syn_count ON COMMIT DROP AS SELECT
      (SELECT count(*)::int FROM syn_sentence) AS sentences, (SELECT count(*)::int FROM syn_word) AS words,
      (SELECT count(*)::int FROM syn_municipality) AS municipalities, (SELECT count(*)::int FROM syn_focus_area) AS focus_areas,
      (SELECT count(*)::int FROM syn_factor) AS factors`);
    const { rows } = await client.query<{ ok: boolean }>(
      "SELECT sentences > 0 AND words > 0 AND municipalities > 0 AND focus_areas > 0 AND factors > 0 AS ok FROM syn_count",
    );
    if (!rows[0]?.ok) throw new Error("Syntetiske data trenger importert innhold (content/) og steder i databasen.");

    // Secondary indexes are dropped while the rows go in and built again afterwards: one build
    // is far cheaper than 100,000 incremental GIN updates. The definitions come from the catalog.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(`
      SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = 'public'::regnamespace
      JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.schemaname = 'public' AND NOT x.indisunique AND NOT x.indisprimary
        AND i.tablename IN ('project', 'project_municipality', 'project_focus_area', 'project_success_factor', 'report', 'report_focus_area')`);
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const index of indexes) await client.query(`DROP INDEX public.${quoteIdent(index.name)}`);

    // r(n) = a random number 1..n. It is computed in a subquery of its own (volatile functions
    // keep PostgreSQL from flattening it), then joined to the material by number.
    const r = (n: string) => `1 + floor(random() * c.${n})::int`;
    // The tally's row trigger would count each project several times over (insert, then each key
    // update): it is off during the fill, and the tally is recounted once at the end.
    await client.query("ALTER TABLE project DISABLE TRIGGER project_tally");
    await client.query(
      `INSERT INTO project (slug, title, summary, body, start_year, end_year, status, owner, state,
                            published_at, last_checked_at, created_at, updated_at)
       SELECT '${SYNTHETIC_SLUG_PREFIX}' || r.g,
              '${SYNTHETIC_TITLE_MARKER} ' || initcap(w1.w) || ' ' || w2.w || ' ' || w3.w || ' ' || r.g,
              s1.s || ' ' || s2.s,
              $3 || E'\\n\\n' || (SELECT string_agg(s.s, ' ' ORDER BY q.k)
                                FROM (SELECT k, 1 + floor(random() * r.sentences)::int AS pick FROM generate_series(1, 6 + r.g % 5) AS k) AS q
                                JOIN syn_sentence s ON s.i = q.pick),
              r.start_year,
              CASE WHEN r.ended THEN r.start_year + r.length END,
              (ARRAY['planlagt', 'pagar', 'avsluttet'])[r.status]::project_status,
              'Syntetisk eier',
              r.state::editorial_state,
              CASE WHEN r.state = 'publisert' THEN now() - r.age * interval '3650 days' END,
              (now() - r.checked * interval '900 days')::date,
              now() - interval '3650 days',
              now() - r.updated * interval '365 days'
       FROM (
         SELECT g, c.sentences, ${r("words")} AS w1, ${r("words")} AS w2, ${r("words")} AS w3,
                ${r("sentences")} AS s1, ${r("sentences")} AS s2,
                2000 + floor(random() * 26)::int AS start_year, random() < 0.6 AS ended, floor(random() * 5)::int AS length,
                1 + floor(random() * 3)::int AS status,
                CASE WHEN random() < $2::float8 THEN 'publisert'
                     ELSE (ARRAY['kandidat', 'under_kartlegging', 'arkivert'])[1 + floor(random() * 3)::int] END AS state,
                random() AS age, random() AS checked, random() AS updated
         FROM generate_series(1, $1::int) AS g CROSS JOIN syn_count AS c
       ) AS r
       JOIN syn_word w1 ON w1.i = r.w1 JOIN syn_word w2 ON w2.i = r.w2 JOIN syn_word w3 ON w3.i = r.w3
       JOIN syn_sentence s1 ON s1.i = r.s1 JOIN syn_sentence s2 ON s2.i = r.s2`,
      [count, publishedShare, NOTE],
    );
    // The facet-key triggers (project.focus_area_ids …) would rewrite every project once per
    // join table; they are off while the links go in, and the keys are computed once afterwards.
    const keyTriggers = ["project_municipality", "project_focus_area", "project_success_factor"].map(
      (table) => `${table} DISABLE TRIGGER ${table}_keys_insert`,
    );
    for (const statement of keyTriggers) await client.query(`ALTER TABLE ${statement}`);
    // One municipality for most, two or three for some; one or two focus areas; two to four factors.
    const link = (insert: string, table: string, n: string, perProject: string, extra = "") =>
      client.query(`
        INSERT INTO ${insert}
        SELECT r.id, t.${table === "syn_municipality" ? "number" : "id"}${extra ? `, ${extra}` : ""}
        FROM (SELECT p.id, ${r(n)} AS pick, ${r("sentences")} AS sentence
              FROM project p CROSS JOIN syn_count c, generate_series(1, ${perProject}) AS k
              WHERE p.slug LIKE '${SYNTHETIC_SLUG_PREFIX}%') AS r
        JOIN ${table} t ON t.i = r.pick
        ${extra ? "JOIN syn_sentence s ON s.i = r.sentence" : ""}
        ON CONFLICT DO NOTHING`);
    await link("project_municipality (project_id, municipality_number)", "syn_municipality", "municipalities", "1 + (p.id % 4 = 0)::int + (p.id % 10 = 0)::int");
    await link("project_focus_area (project_id, focus_area_id)", "syn_focus_area", "focus_areas", "1 + (p.id % 3 = 0)::int");
    await link("project_success_factor (project_id, success_factor_id, note)", "syn_factor", "factors", "2 + p.id % 3", "s.s");

    for (const statement of keyTriggers) await client.query(`ALTER TABLE ${statement.replace(" DISABLE ", " ENABLE ")}`);
    await client.query(`SELECT public.project_facet_keys_refresh(ARRAY(SELECT id FROM project WHERE slug LIKE '${SYNTHETIC_SLUG_PREFIX}%'))`);
    await client.query("ALTER TABLE project ENABLE TRIGGER project_tally");
    await client.query("SELECT public.project_tally_rebuild()");

    const reports = Math.floor(count / 50);
    await client.query(
      `INSERT INTO report (slug, title, publishers, year, kind, summary, body, state, published_at, created_at, updated_at)
       SELECT '${SYNTHETIC_SLUG_PREFIX}rapport-' || r.g,
              '${SYNTHETIC_TITLE_MARKER} ' || initcap(w1.w) || ' og ' || w2.w || ' ' || r.g,
              ARRAY['Syntetisk utgiver'], r.year,
              (ARRAY['veileder', 'analyse', 'evaluering', 'rapport'])[r.kind]::report_kind,
              s1.s, $2 || E'\\n\\n' || s2.s,
              'publisert', now() - r.age * interval '3650 days', now(), now()
       FROM (
         SELECT g, ${r("words")} AS w1, ${r("words")} AS w2, ${r("sentences")} AS s1, ${r("sentences")} AS s2,
                2000 + floor(random() * 26)::int AS year, 1 + floor(random() * 4)::int AS kind, random() AS age
         FROM generate_series(1, $1::int) AS g CROSS JOIN syn_count AS c
       ) AS r
       JOIN syn_word w1 ON w1.i = r.w1 JOIN syn_word w2 ON w2.i = r.w2
       JOIN syn_sentence s1 ON s1.i = r.s1 JOIN syn_sentence s2 ON s2.i = r.s2`,
      [reports, NOTE],
    );
    await client.query(`
      INSERT INTO report_focus_area (report_id, focus_area_id)
      SELECT r.id, t.id
      FROM (SELECT rp.id, ${r("focus_areas")} AS pick FROM report rp CROSS JOIN syn_count c WHERE rp.slug LIKE '${SYNTHETIC_SLUG_PREFIX}%') AS r
      JOIN syn_focus_area t ON t.i = r.pick
      ON CONFLICT DO NOTHING`);
    for (const index of indexes) await client.query(index.definition);
    await client.query("COMMIT");
    // VACUUM too, not only ANALYZE: a live database's autovacuum keeps the visibility map set, which
    // index-only scans (the list's order, counts) rely on; right after a bulk insert it is empty.
    await client.query("VACUUM (ANALYZE)");
    const counted = await client.query<{ projects: number; published: number; reports: number }>(`
      SELECT (SELECT count(*)::int FROM project WHERE slug LIKE 'syntetisk-%') AS projects,
             (SELECT count(*)::int FROM project WHERE slug LIKE 'syntetisk-%' AND state = 'publisert') AS published,
             (SELECT count(*)::int FROM report WHERE slug LIKE 'syntetisk-%') AS reports`);
    const row = counted.rows[0];
    if (!row) throw new Error("Tellingen av syntetiske data ga ingen rad.");
    return { ...row, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
