-- Counts of projects per facet value (issue 10): a list's total, and the curators' counts per
-- state, are one row read instead of a walk over every matching project (22–30 ms for one focus
-- area at 100,000 examples). A row trigger on project keeps them: each insert, delete or change
-- of state, status, start year or facet keys adds its +1/−1 to the keys it leaves and enters.

-- CreateTable
CREATE TABLE "project_tally" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "project_tally_pkey" PRIMARY KEY ("kind","key")
);

-- The keys one project counts under (see the model's comment in schema.prisma).
-- PL/pgSQL, not SQL: an inlined SQL function over the whole row trips the planner ("variable not
-- found in subplan target list") in the rebuild's join.
CREATE FUNCTION public.project_tally_keys(p public.project) RETURNS TABLE (kind text, key text)
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN QUERY
  SELECT 'tilstand'::text, p.state::text
  -- Once per project, under its whole set of counties (p.county_numbers is sorted and distinct):
  -- "55:kandidat", "18,55:kandidat". A one-county contact's scope is the projects wholly inside
  -- their county (lib/auth/permissions.ts), which is the "55:…" key, not every project in it.
  UNION ALL SELECT 'fylkesett-tilstand', array_to_string(p.county_numbers, ',') || ':' || p.state::text
    WHERE cardinality(p.county_numbers) > 0
  UNION ALL SELECT k, v FROM (
    SELECT 'alle' AS k, '' AS v
    UNION ALL SELECT 'status', p.status::text WHERE p.status IS NOT NULL
    UNION ALL SELECT 'fokus', f::text FROM unnest(p.focus_area_ids) AS f
    UNION ALL SELECT 'faktor', f::text FROM unnest(p.success_factor_ids) AS f
    UNION ALL SELECT 'fylke', c FROM unnest(p.county_numbers) AS c
    UNION ALL SELECT 'kommune', m FROM unnest(p.municipality_numbers) AS m
    -- The year it started ("" when unknown), for /hva-virker.
    UNION ALL SELECT 'start', coalesce(p.start_year::text, '')
    -- Pairs of filters whose matches are often many (a municipality's are few enough to count
    -- directly): "fokus+status" "3:pagar", "fokus+fylke" "3:55", and so on, in filter order.
    UNION ALL SELECT 'fokus+faktor', f || ':' || g FROM unnest(p.focus_area_ids) AS f, unnest(p.success_factor_ids) AS g
    UNION ALL SELECT 'fokus+fylke', f || ':' || c FROM unnest(p.focus_area_ids) AS f, unnest(p.county_numbers) AS c
    UNION ALL SELECT 'fokus+status', f || ':' || p.status::text FROM unnest(p.focus_area_ids) AS f WHERE p.status IS NOT NULL
    UNION ALL SELECT 'faktor+fylke', g || ':' || c FROM unnest(p.success_factor_ids) AS g, unnest(p.county_numbers) AS c
    UNION ALL SELECT 'faktor+status', g || ':' || p.status::text FROM unnest(p.success_factor_ids) AS g WHERE p.status IS NOT NULL
    UNION ALL SELECT 'fylke+status', c || ':' || p.status::text FROM unnest(p.county_numbers) AS c WHERE p.status IS NOT NULL
  ) AS published WHERE p.state = 'publisert';
END
$$;

-- Adds a statement's changes to the counts: −1 for the keys the old row had, +1 for the new row's,
-- only where they differ, in key order (two writers lock the rows they share in the same order).
CREATE FUNCTION public.project_tally_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  WITH delta AS (
    SELECT k.kind, k.key, -1 AS d FROM public.project_tally_keys(OLD) AS k WHERE TG_OP <> 'INSERT'
    UNION ALL
    SELECT k.kind, k.key, 1 FROM public.project_tally_keys(NEW) AS k WHERE TG_OP <> 'DELETE'
  )
  INSERT INTO public.project_tally AS t (kind, key, count)
  SELECT kind, key, sum(d)::int FROM delta GROUP BY kind, key HAVING sum(d) <> 0 ORDER BY kind, key
  ON CONFLICT (kind, key) DO UPDATE SET count = t.count + EXCLUDED.count;
  RETURN NULL;
END
$$;

CREATE TRIGGER project_tally AFTER INSERT OR DELETE
  OR UPDATE OF state, status, start_year, focus_area_ids, success_factor_ids, county_numbers, municipality_numbers
  ON public.project FOR EACH ROW EXECUTE FUNCTION public.project_tally_changed();

-- Recounts everything (after a bulk load with the trigger off); writers wait meanwhile.
CREATE FUNCTION public.project_tally_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE public.project IN SHARE MODE;
  DELETE FROM public.project_tally;
  INSERT INTO public.project_tally (kind, key, count)
  SELECT k.kind, k.key, count(*)::int
  FROM public.project p, public.project_tally_keys(p) AS k
  GROUP BY k.kind, k.key;
END
$$;

SELECT public.project_tally_rebuild();
