-- Facet keys as arrays on project (issue 10): the focus areas, success factors, municipalities
-- and counties of each project, sorted and distinct, so that the list's filters and facet counts
-- and the county contacts' scope are GIN index conditions on one row instead of a join per
-- project. Statement-level triggers keep them current: after each statement on a join table (or a
-- change of a municipality's county), the projects it touched are recomputed once.

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "county_numbers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "focus_area_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "municipality_numbers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "success_factor_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Recomputes the arrays of the given projects from the join tables.
CREATE FUNCTION public.project_facet_keys_refresh(ids integer[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE public.project p SET
    focus_area_ids = coalesce((SELECT array_agg(x.focus_area_id ORDER BY x.focus_area_id)
                               FROM public.project_focus_area x WHERE x.project_id = p.id), '{}'),
    success_factor_ids = coalesce((SELECT array_agg(x.success_factor_id ORDER BY x.success_factor_id)
                                   FROM public.project_success_factor x WHERE x.project_id = p.id), '{}'),
    municipality_numbers = coalesce((SELECT array_agg(x.municipality_number::text ORDER BY x.municipality_number)
                                     FROM public.project_municipality x WHERE x.project_id = p.id), '{}'),
    county_numbers = coalesce((SELECT array_agg(DISTINCT m.county_number::text ORDER BY m.county_number::text)
                               FROM public.project_municipality x JOIN public.municipality m ON m.number = x.municipality_number
                               WHERE x.project_id = p.id), '{}')
  WHERE p.id = ANY(ids)
$$;

-- One function for the three join tables: the transition tables name the rows a statement
-- changed (only the ones its event has are read).
CREATE FUNCTION public.project_facet_keys_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public.project_facet_keys_refresh(ARRAY(SELECT DISTINCT project_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM public.project_facet_keys_refresh(ARRAY(SELECT DISTINCT project_id FROM old_rows));
  ELSE
    PERFORM public.project_facet_keys_refresh(ARRAY(
      SELECT project_id FROM new_rows UNION SELECT project_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

-- A transition table serves one event per trigger: three triggers per table.
CREATE TRIGGER project_focus_area_keys_insert AFTER INSERT ON public.project_focus_area
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();
CREATE TRIGGER project_focus_area_keys_update AFTER UPDATE ON public.project_focus_area
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();
CREATE TRIGGER project_focus_area_keys_delete AFTER DELETE ON public.project_focus_area
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();

CREATE TRIGGER project_success_factor_keys_insert AFTER INSERT ON public.project_success_factor
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();
CREATE TRIGGER project_success_factor_keys_update AFTER UPDATE ON public.project_success_factor
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();
CREATE TRIGGER project_success_factor_keys_delete AFTER DELETE ON public.project_success_factor
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();

CREATE TRIGGER project_municipality_keys_insert AFTER INSERT ON public.project_municipality
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();
CREATE TRIGGER project_municipality_keys_update AFTER UPDATE ON public.project_municipality
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();
CREATE TRIGGER project_municipality_keys_delete AFTER DELETE ON public.project_municipality
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.project_facet_keys_changed();

-- A municipality moved to another county (a reform loaded from data/) moves its projects' counties.
CREATE FUNCTION public.municipality_county_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.project_facet_keys_refresh(ARRAY(
    SELECT DISTINCT x.project_id FROM public.project_municipality x
    JOIN new_rows n ON n.number = x.municipality_number
    JOIN old_rows o ON o.number = n.number
    WHERE o.county_number IS DISTINCT FROM n.county_number));
  RETURN NULL;
END
$$;

CREATE TRIGGER municipality_county_keys AFTER UPDATE ON public.municipality
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.municipality_county_changed();

-- The projects that exist already.
SELECT public.project_facet_keys_refresh(ARRAY(SELECT id FROM public.project));

-- CreateIndex
CREATE INDEX "project_focus_area_ids_idx" ON "project" USING GIN ("focus_area_ids");

-- CreateIndex
CREATE INDEX "project_success_factor_ids_idx" ON "project" USING GIN ("success_factor_ids");

-- CreateIndex
CREATE INDEX "project_municipality_numbers_idx" ON "project" USING GIN ("municipality_numbers");

-- CreateIndex
CREATE INDEX "project_county_numbers_idx" ON "project" USING GIN ("county_numbers");

-- The list's order index carries the facet keys too: a filtered walk in list order (and the
-- capped facet sets) reads only the index, never the wide project rows.
-- DropIndex
DROP INDEX "project_state_published_at_id_idx";

-- CreateIndex
CREATE INDEX "project_list_order_idx" ON "project"("state", "published_at" DESC, "id" DESC, "status", "focus_area_ids", "success_factor_ids", "county_numbers", "municipality_numbers");

-- The admin dashboard (issue 10: p95 ≤ 200 ms at 100,000, for an administrator and for a county
-- contact, whose scope is now equality on county_numbers): state counts from index-only scans, the
-- list due a check walked in order, the newest changes of a county in order.
-- CreateIndex
CREATE INDEX "project_last_checked_at_id_state_idx" ON "project"("last_checked_at", "id", "state");

-- CreateIndex
CREATE INDEX "project_county_numbers_last_checked_at_id_state_idx" ON "project"("county_numbers", "last_checked_at", "id", "state");

-- CreateIndex
CREATE INDEX "project_county_numbers_updated_at_id_idx" ON "project"("county_numbers", "updated_at" DESC, "id" DESC);
