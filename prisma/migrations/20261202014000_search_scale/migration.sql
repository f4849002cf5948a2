-- Search and list at 100,000 examples (issue 10). The list's order (newest first, id as the
-- tie-break) becomes one index scan, deep pages included; the title gets its own small vector so
-- that the strongest text candidates (title matches) are found without reading every match.

-- DropIndex
DROP INDEX "project_state_published_at_idx";

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "title_vector" tsvector;

-- CreateIndex
CREATE INDEX "project_state_published_at_id_idx" ON "project"("state", "published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "project_title_vector_idx" ON "project" USING GIN ("title_vector");

-- The same trigger keeps both vectors current.
CREATE OR REPLACE FUNCTION public.project_search_vector_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.title_vector := to_tsvector('public.norwegian_unaccent', coalesce(NEW.title, ''));
  NEW.search_vector :=
    setweight(NEW.title_vector, 'A') ||
    setweight(to_tsvector('public.norwegian_unaccent', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('public.norwegian_unaccent', concat_ws(' ',
      NEW.body, NEW.methods, NEW.results, NEW.lessons, NEW.transferability, NEW.owner)), 'C');
  RETURN NEW;
END
$$;

-- Rows that exist already get their title vectors now.
UPDATE public.project SET title = title;
