-- A starter set of search equivalents (bokmål ⇄ nynorsk and close variants). The search expands a
-- query term with every equivalent in either column, so each pair is stored once. Admins extend
-- the table later; re-running this is harmless.
INSERT INTO public.search_synonym (term, equivalent) VALUES
  ('bredbånd', 'breiband'),
  ('bolig', 'bustad'),
  ('boliger', 'bustader'),
  ('kommunene', 'kommunane'),
  ('ungdommen', 'ungdomen'),
  ('hjem', 'heim'),
  ('bosetting', 'busetting'),
  ('tilflytting', 'innflytting'),
  ('fraflytting', 'fråflytting'),
  ('virksomhet', 'verksemd'),
  ('virksomheter', 'verksemder'),
  ('tjeneste', 'teneste'),
  ('tjenester', 'tenester'),
  ('skole', 'skule'),
  ('kirke', 'kyrkje'),
  ('sted', 'stad'),
  ('steder', 'stader'),
  ('omdømme', 'omdøme'),
  ('folketall', 'folketal'),
  ('innbyggere', 'innbyggjarar'),
  ('arbeidsplasser', 'arbeidsplassar'),
  ('innvandrere', 'innvandrarar'),
  ('flyktninger', 'flyktningar'),
  ('kommunesammenslåing', 'kommunesamanslåing'),
  ('entreprenør', 'gründer'),
  ('entreprenørskap', 'gründerskap'),
  ('næringshage', 'næringshagar'),
  ('kvinner', 'kvinnar'),
  ('bygdene', 'bygdane')
ON CONFLICT (term, equivalent) DO NOTHING;

