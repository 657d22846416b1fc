-- Title search: the normalisation every searchable name and every query goes through.
-- The ETL stores its result in imdb.title_search (etl/derived.ts); lib/search applies it to the
-- query in the same SQL statement, so both sides always agree. lib/search/normalize.ts mirrors
-- it in TypeScript (for tests and for choosing a query plan). Functions only: no tables here.

-- Roman numerals II–XX → digits, for every word but the first ("Rocky II" → "rocky 2",
-- "Star Wars: Episode VII" → "star wars episode 7", but "X-Men" stays "x men"). Expects the
-- output of search_normalize's other steps: lowercase words separated by single spaces.
-- PL/pgSQL rather than SQL: a SQL function with a subquery is run through the executor on
-- every call (≈ 60 µs a title), this one costs well under a microsecond when no word qualifies.
CREATE OR REPLACE FUNCTION public.search_roman_to_digits(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
  words text[];
BEGIN
  IF s !~ ' [ivx]+( |$)' THEN
    RETURN s;
  END IF;
  words := string_to_array(s, ' ');
  FOR i IN 2..cardinality(words) LOOP
    words[i] := CASE words[i]
      WHEN 'ii' THEN '2' WHEN 'iii' THEN '3' WHEN 'iv' THEN '4' WHEN 'v' THEN '5'
      WHEN 'vi' THEN '6' WHEN 'vii' THEN '7' WHEN 'viii' THEN '8' WHEN 'ix' THEN '9'
      WHEN 'x' THEN '10' WHEN 'xi' THEN '11' WHEN 'xii' THEN '12' WHEN 'xiii' THEN '13'
      WHEN 'xiv' THEN '14' WHEN 'xv' THEN '15' WHEN 'xvi' THEN '16' WHEN 'xvii' THEN '17'
      WHEN 'xviii' THEN '18' WHEN 'xix' THEN '19' WHEN 'xx' THEN '20'
      ELSE words[i] END;
  END LOOP;
  RETURN array_to_string(words, ' ');
END
$$;

-- unaccent with its dictionary named, so that it may be called from an IMMUTABLE function
-- (unaccent itself is STABLE: its rules file could change). PL/pgSQL: its call costs about half
-- of a SQL function's that cannot be inlined.
CREATE OR REPLACE FUNCTION public.search_unaccent(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
BEGIN
  RETURN public.unaccent('public.unaccent'::regdictionary, t);
END
$$;

-- Case-, accent- and punctuation-insensitive form of a title or a query:
--   unaccent (dictionary named) and lower; `&` → " and "; apostrophes, dots and invisible
--   marks (zero-width space and joiners, direction marks, soft hyphen, BOM) vanish
--   ("Schindler's" → "schindlers", "E.T." → "et"); every other ASCII, Latin-1, general, CJK
--   and fullwidth punctuation or symbol, and all white space, becomes one space; the ends are
--   trimmed; roman numerals become digits. Letters and digits of every script are kept.
-- Only IMMUTABLE functions inside and no subquery: the planner inlines it into the calling
-- query (about 40% faster than a call per row when the ETL normalises millions of names) and
-- folds it to a constant when its argument is one, so `norm LIKE search_normalize($1) || '%'`
-- can use a btree range.
CREATE OR REPLACE FUNCTION public.search_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN public.search_roman_to_digits(btrim(regexp_replace(regexp_replace(
  replace(lower(public.search_unaccent(t)), '&', ' and '),
  '[''.\u00ad\u00b4\u02bc\u2018\u2019\u200b-\u200f\u2060\ufeff]+', '', 'g'),
  '[\u0001-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u23ff\u2500-\u27bf\u3000-\u3003\u3008-\u3020\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+',
  ' ', 'g')));
