/**
 * Splits a snippet built by ts_headline over HTML-escaped text (see site-search.ts) into plain
 * text parts and highlighted parts. Only the exact tags <mark> and </mark> are structure; the
 * escaped entities are decoded back to text for React to render (and escape) itself.
 */
export type THighlightPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function splitHighlight(html: string): THighlightPart[] {
  const parts: THighlightPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) parts.push({ text: decode(piece), marked });
  }
  return parts;
}
