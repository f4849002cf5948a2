-- Full-text search vectors, kept current by the database itself: whoever writes a project or a
-- report (the site, the importer, psql), the vector follows. Weights: title A > summary B > text C.

CREATE FUNCTION public.project_search_vector_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('public.norwegian_unaccent', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('public.norwegian_unaccent', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('public.norwegian_unaccent', concat_ws(' ',
      NEW.body, NEW.methods, NEW.results, NEW.lessons, NEW.transferability, NEW.owner)), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER project_search_vector
  BEFORE INSERT OR UPDATE OF title, summary, body, methods, results, lessons, transferability, owner
  ON public.project
  FOR EACH ROW EXECUTE FUNCTION public.project_search_vector_update();

CREATE FUNCTION public.report_search_vector_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('public.norwegian_unaccent', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('public.norwegian_unaccent', concat_ws(' ',
      NEW.summary, array_to_string(NEW.authors, ' '), array_to_string(NEW.publishers, ' '), NEW.series)), 'B') ||
    setweight(to_tsvector('public.norwegian_unaccent', coalesce(NEW.body, '')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER report_search_vector
  BEFORE INSERT OR UPDATE OF title, summary, authors, publishers, series, body
  ON public.report
  FOR EACH ROW EXECUTE FUNCTION public.report_search_vector_update();

-- Rows that exist already (none on a fresh database) get their vectors now.
UPDATE public.project SET title = title;
UPDATE public.report SET title = title;
