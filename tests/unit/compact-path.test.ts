import { describe, expect, it } from "vitest";
import { compactPath } from "@/lib/maps/compact-path";
import countyGeometry from "@/lib/maps/geometry/counties.json";
import { defined } from "@/tests/support/defined";

type TPoint = [number, number];

/** Reads an SVG path of M/L/Z (absolute) or M/l/z (relative) into absolute rings, in tenths. */
function rings(d: string): TPoint[][] {
  const out: TPoint[][] = [];
  const tokens = d.match(/[MLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  let command = "";
  let ring: TPoint[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!; // i < tokens.length
    if (/[MLlZz]/.test(token)) {
      command = token;
      i++;
      if (command === "Z" || command === "z") {
        out.push(ring);
        ring = [];
      }
      continue;
    }
    const x = Math.round(Number(tokens[i]) * 10);
    const y = Math.round(Number(tokens[i + 1]) * 10);
    i += 2;
    if (command === "M") {
      if (ring.length > 0) out.push(ring);
      ring = [[x, y]];
      command = "L";
    } else if (command === "l") {
      const [px, py] = defined(ring.at(-1), "a point before a relative segment");
      ring.push([px + x, py + y]);
    } else ring.push([x, y]);
  }
  if (ring.length > 0) out.push(ring);
  return out;
}

const withoutRepeats = (r: TPoint[][]) =>
  r.map((ring) =>
    ring.filter((p, i) => {
      const before = ring[i - 1];
      return !before || p[0] !== before[0] || p[1] !== before[1];
    }),
  );

function viewBox(text: string): [number, number, number, number] {
  const [x, y, width, height, ...more] = text.split(" ").map(Number);
  if (x === undefined || y === undefined || width === undefined || height === undefined || more.length > 0) throw new Error(`not a viewBox: ${text}`);
  return [x, y, width, height];
}

describe("compactPath", () => {
  it("draws the same points as d3's absolute path, in fewer characters", () => {
    const d = "M110,437.4L111.9,435.3L112.4,433.3L114.9,433.7L116,437.5L116,437.5L118.4,440.5ZM7.3,456.6L8,454.1L8.9,452.6L10.2,452.2Z";
    const compact = compactPath(d);
    expect(compact).toBe("M110,437.4l1.9-2.1,.5-2,2.5,.4,1.1,3.8,2.4,3zM7.3,456.6l.7-2.5,.9-1.5,1.3-.4z");
    expect(rings(compact)).toEqual(withoutRepeats(rings(d)));
    expect(compact.length).toBeLessThan(d.length * 0.7);
  });

  it("keeps negative coordinates and open paths", () => {
    const d = "M-1.5,-20L0,0L-0.5,3";
    expect(rings(compactPath(d))).toEqual(rings(d));
    expect(compactPath(d)).not.toMatch(/z$/);
  });

  it("the built county map is relative and lies inside its viewBox", () => {
    const [x, y, width, height] = viewBox(countyGeometry.viewBox);
    for (const area of countyGeometry.areas) {
      expect(area.d).toMatch(/^M[\d.]+,[\d.]+l/);
      for (const ring of rings(area.d)) {
        for (const [px, py] of ring) {
          expect(px / 10, area.name).toBeGreaterThanOrEqual(x);
          expect(px / 10, area.name).toBeLessThanOrEqual(x + width);
          expect(py / 10, area.name).toBeGreaterThanOrEqual(y);
          expect(py / 10, area.name).toBeLessThanOrEqual(y + height);
        }
      }
    }
  });
});
