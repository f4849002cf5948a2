import { useTranslations } from "next-intl";
import { SHADES } from "@/lib/maps/shading";

export type TBar = { label: string; value: number };

const BAR = SHADES[2]; // 8.3:1 against white
const AXIS = "#595959";

/** Columns over time (e.g. examples by start year), every column's value also in the table beside it. */
export function ColumnChart({ bars, title, id }: { bars: TBar[]; title: string; id: string }) {
  const t = useTranslations("whatWorks");
  const width = 640;
  const height = 220;
  const left = 32;
  const bottom = 28;
  const top = 16;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = (width - left - 8) / Math.max(1, bars.length);
  const scale = (v: number) => ((height - top - bottom) * v) / max;
  // Label about every fifth column so the labels never overlap.
  const every = Math.max(1, Math.ceil(bars.length / 12));
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, all) => all.indexOf(v) === i);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="block h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-tittel`}>
      <title id={`${id}-tittel`}>{t("chartTitle", { title })}</title>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={width - 8} y1={height - bottom - scale(t)} y2={height - bottom - scale(t)} stroke="#d0d0d0" />
          <text x={left - 6} y={height - bottom - scale(t) + 4} fontSize="12" textAnchor="end" fill="#000">
            {t}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => (
        <g key={bar.label}>
          <rect x={left + i * step + step * 0.15} y={height - bottom - scale(bar.value)} width={step * 0.7} height={scale(bar.value)} fill={BAR}>
            <title>{`${bar.label}: ${bar.value}`}</title>
          </rect>
          {i % every === 0 && (
            <text x={left + i * step + step / 2} y={height - bottom + 16} fontSize="12" textAnchor="middle" fill="#000">
              {bar.label}
            </text>
          )}
        </g>
      ))}
      <line x1={left} x2={width - 8} y1={height - bottom} y2={height - bottom} stroke={AXIS} />
    </svg>
  );
}

/** Horizontal bars with their labels and values written out (e.g. examples by status). */
export function BarChart({ bars, title, id }: { bars: TBar[]; title: string; id: string }) {
  const t = useTranslations("whatWorks");
  const width = 640;
  const row = 34;
  const left = 120;
  const height = bars.length * row + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (v: number) => ((width - left - 60) * v) / max;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="block h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-tittel`}>
      <title id={`${id}-tittel`}>{t("chartTitle", { title })}</title>
      {bars.map((bar, i) => (
        <g key={bar.label}>
          <text x={left - 8} y={i * row + 24} fontSize="14" textAnchor="end" fill="#000">
            {bar.label}
          </text>
          <rect x={left} y={i * row + 8} width={Math.max(scale(bar.value), 1)} height={row - 12} fill={BAR} />
          <text x={left + scale(bar.value) + 6} y={i * row + 24} fontSize="14" fill="#000">
            {bar.value}
          </text>
        </g>
      ))}
      <line x1={left} x2={left} y1={4} y2={height - 4} stroke={AXIS} />
    </svg>
  );
}
