-- The curators' dashboard (issue 10) reads a one-county contact's state counts from project_tally.
-- "fylke-tilstand" counts a project under every county it touches, but the permission table lets
-- a county contact see only projects that lie wholly inside their counties: a project in Troms and
-- Nordland is under "55:kandidat" and yet not a Troms contact's. "fylkesett-tilstand" counts each
-- project once, under its whole set of counties (county_numbers: sorted, distinct) and its state:
-- "55:kandidat", "18,55:kandidat". Projects without a municipality have no such key.

CREATE OR REPLACE FUNCTION public.project_tally_keys(
  state public.editorial_state, status public.project_status,
  focus_area_ids integer[], success_factor_ids integer[], county_numbers text[], municipality_numbers text[]
) RETURNS TABLE (kind text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'tilstand', state::text
  UNION ALL SELECT 'fylke-tilstand', c || ':' || state::text FROM unnest(county_numbers) AS c
  UNION ALL SELECT 'fylkesett-tilstand', array_to_string(county_numbers, ',') || ':' || state::text
    WHERE cardinality(county_numbers) > 0
  UNION ALL SELECT k, v FROM (
    SELECT 'alle' AS k, '' AS v
    UNION ALL SELECT 'status', status::text WHERE status IS NOT NULL
    UNION ALL SELECT 'fokus', f::text FROM unnest(focus_area_ids) AS f
    UNION ALL SELECT 'faktor', f::text FROM unnest(success_factor_ids) AS f
    UNION ALL SELECT 'fylke', c FROM unnest(county_numbers) AS c
    UNION ALL SELECT 'kommune', m FROM unnest(municipality_numbers) AS m
  ) AS published WHERE state = 'publisert'
$$;

SELECT public.project_tally_rebuild();
