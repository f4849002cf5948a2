-- Extensions for search, before any table: the trigram indexes in the next migration need pg_trgm.
-- Prisma does not manage extensions or text-search configurations in schema.prisma, so they live
-- here as raw SQL (and do not show up as drift).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Norwegian stemming on accent-folded words: "bredbånd" and "bredband" meet in one lexeme.
CREATE TEXT SEARCH CONFIGURATION public.norwegian_unaccent (COPY = pg_catalog.norwegian);
ALTER TEXT SEARCH CONFIGURATION public.norwegian_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.norwegian_stem;
