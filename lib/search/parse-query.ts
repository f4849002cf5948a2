/**
 * Turns what a person typed into a small, safe query structure (websearch-like):
 * words are ANDed, `"a b"` is a phrase, `-word` excludes, `OR`/`eller` separates alternatives.
 * Words keep only letters and digits, so nothing the user types reaches PostgreSQL's tsquery
 * syntax; the SQL is composed from these words as parameters (see build-tsquery.ts).
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_TERMS = 10;

export type TSearchItem = {
  /** One word, or several for a phrase; lower-cased, letters and digits only. */
  words: string[];
  negated: boolean;
};

/** Alternatives (OR) of conjunctions (AND) of items. */
export type TParsedQuery = {
  /** The normalised text, at most MAX_QUERY_LENGTH characters (for display and trigram matching). */
  text: string;
  clauses: TSearchItem[][];
  /** Every positive word, in order, without duplicates (for synonyms and suggestions). */
  terms: string[];
};

const WORD = /[\p{L}\p{N}]+/gu;

export function normaliseSearchText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase("nb").match(WORD) ?? []).map((word) => word.slice(0, 60));
}

export function parseSearchQuery(raw: string): TParsedQuery {
  const text = normaliseSearchText(raw);
  let current: TSearchItem[] = [];
  const clauses: TSearchItem[][] = [current];
  let budget = MAX_QUERY_TERMS;
  // Tokens: a quoted phrase, or a run of non-space characters.
  const tokens = text.match(/-?"[^"]*"?|\S+/g) ?? [];
  for (const token of tokens) {
    if (budget <= 0) break;
    if (/^(or|eller)$/i.test(token)) {
      if (current.length > 0) {
        current = [];
        clauses.push(current);
      }
      continue;
    }
    const negated = token.startsWith("-") && token.length > 1;
    const body = negated ? token.slice(1) : token;
    const isPhrase = body.startsWith('"');
    const words = wordsOf(body).slice(0, budget);
    if (words.length === 0) continue;
    budget -= words.length;
    if (isPhrase || words.length === 1) {
      current.push({ words, negated });
    } else {
      // "nord-troms" outside quotes: its parts, each required (a negation excludes the whole).
      if (negated) current.push({ words, negated });
      else for (const word of words) current.push({ words: [word], negated: false });
    }
  }
  // An OR at the end, or a clause of exclusions only, cannot match anything useful on its own.
  const usable = clauses.filter((clause) => clause.some((item) => !item.negated));
  const terms = [...new Set(usable.flat().filter((item) => !item.negated).flatMap((item) => item.words))];
  return { text, clauses: usable, terms };
}
