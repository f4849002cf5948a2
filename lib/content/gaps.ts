import type { TGap } from "@/lib/content/schemas";

/**
 * What the sources do not say about a record, as curators type it and as readers see it.
 * Curators write one gap a line, «tema» or «tema: merknad»; readers see one sentence of topics.
 */

/** Form text → gaps (not yet validated). Empty lines are dropped; the first «:» splits topic and note. */
export function linesToGaps(text: string): TGap[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      if (colon === -1) return { topic: line };
      const note = line.slice(colon + 1).trim();
      return note ? { topic: line.slice(0, colon).trim(), note } : { topic: line.slice(0, colon).trim() };
    });
}

/** Gaps → the form text that linesToGaps reads back to the same gaps. */
export function gapsToLines(gaps: TGap[]): string {
  return gaps.map((gap) => (gap.note ? `${gap.topic}: ${gap.note}` : gap.topic)).join("\n");
}

/** The one sentence a public page shows, e.g. «Kildene sier ikke noe om: finansiering, resultater.» */
export function gapSentence(gaps: TGap[]): string | null {
  const topics = [...new Set(gaps.map((gap) => gap.topic.trim()).filter(Boolean))];
  return topics.length ? `Kildene sier ikke noe om: ${topics.join(", ")}.` : null;
}
