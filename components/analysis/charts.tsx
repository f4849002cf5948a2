"use client";

import { MapDataRows, type TMapDataTuple } from "@/components/maps/map-data-rows";
import { SHADES } from "@/lib/maps/shading";

/**
 * The charts of /hva-virker and their tables, drawn from compact props: as client components the
 * React payload carries only `[label, value]` pairs and the titles, not every <rect>, <text> and
 * <tr> a second time (the server still renders the SVG and the tables into the HTML).
 * Coordinates are rounded to tenths.
 */
export type TBar = [label: string, value: number];

const BAR = SHADES[2]; // 8.3:1 against white
const AXIS = "#595959";
const r = (v: number) => Math.round(v * 10) / 10;

/** Columns over time (e.g. examples by start year), every column's value also in the table beside it. `title` is the full accessible name. */
export function ColumnChart({ bars, title, id }: { bars: TBar[]; title: string; id: string }) {
  const width = 640;
  const height = 220;
  const left = 32;
  const bottom = 28;
  const top = 16;
  const max = Math.max(1, ...bars.map(([, value]) => value));
  const step = (width - left - 8) / Math.max(1, bars.length);
  const scale = (v: number) => ((height - top - bottom) * v) / max;
  // Label about every fifth column so the labels never overlap.
  const every = Math.max(1, Math.ceil(bars.length / 12));
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, all) => all.indexOf(v) === i);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="block h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-tittel`}>
      <title id={`${id}-tittel`}>{title}</title>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={width - 8} y1={r(height - bottom - scale(t))} y2={r(height - bottom - scale(t))} stroke="#d0d0d0" />
          <text x={left - 6} y={r(height - bottom - scale(t) + 4)} fontSize="12" textAnchor="end" fill="#000">
            {t}
          </text>
        </g>
      ))}
      {/* Shared attributes once on a group, not on each of the columns and labels. */}
      <g fill={BAR}>
        {bars.map(([label, value], i) => (
          <rect key={label} x={r(left + i * step + step * 0.15)} y={r(height - bottom - scale(value))} width={r(step * 0.7)} height={r(scale(value))}>
            <title>{`${label}: ${value}`}</title>
          </rect>
        ))}
      </g>
      <g fontSize="12" textAnchor="middle" fill="#000">
        {bars.map(([label], i) =>
          i % every === 0 ? (
            <text key={label} x={r(left + i * step + step / 2)} y={height - bottom + 16}>
              {label}
            </text>
          ) : null,
        )}
      </g>
      <line x1={left} x2={width - 8} y1={height - bottom} y2={height - bottom} stroke={AXIS} />
    </svg>
  );
}

/** Horizontal bars with their labels and values written out (e.g. examples by status). `title` is the full accessible name. */
export function BarChart({ bars, title, id }: { bars: TBar[]; title: string; id: string }) {
  const width = 640;
  const row = 34;
  const left = 120;
  const height = bars.length * row + 8;
  const max = Math.max(1, ...bars.map(([, value]) => value));
  const scale = (v: number) => ((width - left - 60) * v) / max;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="block h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-tittel`}>
      <title id={`${id}-tittel`}>{title}</title>
      {bars.map(([label, value], i) => (
        <g key={label}>
          <text x={left - 8} y={i * row + 24} fontSize="14" textAnchor="end" fill="#000">
            {label}
          </text>
          <rect x={left} y={i * row + 8} width={r(Math.max(scale(value), 1))} height={row - 12} fill={BAR} />
          <text x={r(left + scale(value) + 6)} y={i * row + 24} fontSize="14" fill="#000">
            {value}
          </text>
        </g>
      ))}
      <line x1={left} x2={left} y1={4} y2={height - 4} stroke={AXIS} />
    </svg>
  );
}

/**
 * A chart's numbers as a table (the chart's colours never carry them alone, WCAG 1.4.1): each
 * row's heading, linked to its list when `href` (localized by the caller) is given, and its count.
 */
export type TCountRow = [label: string, count: number, href: string | null];

/** The compact table under a chart, its rows drawn as MapDataTable's are (MapDataRows). */
export function CountTable({ caption, rowHeading, countHeading, rows }: { caption: string; rowHeading: string; countHeading: string; rows: TCountRow[] }) {
  return (
    <table className="ds-table max-w-xs text-sm" data-border data-size="sm">
      <caption className="text-left">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          <th scope="col" className="text-right">
            {countHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        <MapDataRows rows={rows.map(([label, count, href]): TMapDataTuple => [label, label, null, href, count, null])} />
      </tbody>
    </table>
  );
}
