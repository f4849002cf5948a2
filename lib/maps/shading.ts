/**
 * Shades of the choropleth maps and the analysis matrix, and the contrast they were chosen for.
 *
 * WCAG 1.4.11 asks 3:1 for graphics that carry meaning. What the maps must show at a glance is
 * "has examples" against "has none" (the gaps a county contact looks for): every shade is at
 * least 3:1 against the white background, the white borders between areas and the white fill of
 * the areas with none, which are also hatched and outlined, so they differ by more than colour.
 * Neighbouring shades cannot all be 3:1 from each other; how many each area has is always also
 * in text (the label on hover/focus, the <title>, and the data table beside every map).
 */

export const BACKGROUND = "#ffffff";
/** Outline and hatching of areas with no examples. */
export const EMPTY_STROKE = "#595959";
/** From few to many; each ≥ 3:1 against white (3.6, 5.3, 8.3, 14.4). */
export const SHADES = ["#4a8bc9", "#2f6fad", "#1a4f8a", "#0b2a4f"] as const;

export type TShadeClass = { from: number; to: number; color: string; label: string };

/**
 * Up to four classes of counts 1…max for the legend and fills. Counts are skewed (one county has
 * most examples), so classes grow geometrically (1, 2–3, 4–7, 8–16 for a maximum of 16) rather
 * than in equal steps that would leave the middle shades unused.
 */
export function shadeClasses(max: number): TShadeClass[] {
  if (max < 1) return [];
  const edges = [1];
  if (max <= SHADES.length) {
    for (let n = 2; n <= max + 1; n++) edges.push(n);
  } else {
    const base = (max + 1) ** (1 / SHADES.length);
    let previous = 1;
    for (let i = 1; i <= SHADES.length; i++) {
      previous = Math.max(previous + 1, Math.round(base ** i));
      edges.push(previous);
    }
    edges[SHADES.length] = max + 1;
  }
  const classes = edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1]! - 1; // i + 1 < edges.length: the last edge was sliced off
    return { from, to, label: from === to ? String(from) : `${from}–${to}` };
  });
  // Spread the shades over the classes used, so two classes are light and dark, not two lights.
  return classes.map((c, i) => ({
    ...c,
    // 0 … SHADES.length - 1: i runs over the classes, at most SHADES.length of them
    color: SHADES[classes.length === 1 ? SHADES.length - 1 : Math.round((i * (SHADES.length - 1)) / (classes.length - 1))]!,
  }));
}

/** The fill of a count, or null for zero (drawn white and hatched). */
export function shadeOf(count: number, classes: TShadeClass[]): string | null {
  if (count < 1) return null;
  return classes.find((c) => count >= c.from && count <= c.to)?.color ?? classes.at(-1)?.color ?? null;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  const [light, dark] = [Math.max(la, lb), Math.min(la, lb)];
  return (light + 0.05) / (dark + 0.05);
}

/** Text on a shade: white on the dark ones, black on the light ones, whichever contrasts more. */
export function textOn(color: string): string {
  return contrastRatio(color, "#ffffff") >= contrastRatio(color, "#000000") ? "#ffffff" : "#000000";
}
