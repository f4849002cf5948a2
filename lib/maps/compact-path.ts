/** A number in tenths as short as SVG allows: 19 → "1.9", -5 → "-.5", 20 → "2". */
function tenths(n: number): string {
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  return `${sign}${whole === 0 && frac !== 0 ? "" : whole}${frac === 0 ? "" : `.${frac}`}`;
}

/**
 * Rewrites d3's absolute path ("M110,437.4L111.9,435.3…Z") with relative line segments
 * ("M110,437.4l1.9-2.1…z"): the same shape, at the same tenth-of-a-unit precision, in about
 * half the characters. The maps are drawn into each page's HTML and again into its React
 * payload, so every character counts twice.
 */
export function compactPath(d: string): string {
  const out: string[] = [];
  for (const sub of d.match(/M[^M]*/g) ?? []) {
    const closed = /Z\s*$/i.test(sub);
    const points = [...sub.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m): [number, number] => [Math.round(Number(m[1]) * 10), Math.round(Number(m[2]) * 10)]);
    const [first, ...rest] = points;
    if (!first) continue;
    let [x, y] = first;
    let text = `M${tenths(x)},${tenths(y)}`;
    const numbers: string[] = [];
    for (const [px, py] of rest) {
      if (px === x && py === y) continue;
      numbers.push(tenths(px - x), tenths(py - y));
      [x, y] = [px, py];
    }
    if (numbers.length > 0) text += `l${numbers.reduce((acc, n) => (n.startsWith("-") ? acc + n : `${acc},${n}`))}`;
    out.push(closed ? `${text}z` : text);
  }
  return out.join("");
}
