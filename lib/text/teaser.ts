/**
 * The opening of a text for a card: whole when it is short, else its first sentences up to about
 * `max` characters, or its first words with "…" when even the first sentence is longer. A card is
 * a way in; the page has the whole summary. (Issue 10: the list's twenty full summaries were a
 * fifth of its weight, sent twice, in the HTML and in the React payload.)
 */
export function teaser(text: string, max = 200): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  // The end of the last whole sentence within max (a full stop, ! or ? followed by a space).
  let end = -1;
  for (const match of clean.slice(0, max + 1).matchAll(/[.!?](?=\s)/g)) end = match.index + 1;
  if (end >= max / 2) return clean.slice(0, end);
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")} …`;
}
