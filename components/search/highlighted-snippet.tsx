import { splitHighlight } from "@/lib/search/highlight";

/**
 * A ts_headline snippet as React text: the stored text was HTML-escaped in SQL before the <mark>
 * tags were added, and here only those tags become elements; everything else stays text.
 */
export function HighlightedSnippet({ html }: { html: string }) {
  return (
    <>
      {splitHighlight(html).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
