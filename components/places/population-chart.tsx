import { useTranslations } from "next-intl";
import { formatPopulation, POPULATION_FIRST_YEAR, POPULATION_YEAR } from "@/lib/places/population";

type TPoint = { year: number; population: number };

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 16, bottom: 32, left: 64 };

/** Round numbers for the value axis: about four steps of 1, 2 or 5 × 10ⁿ covering min–max. */
function niceTicks(min: number, max: number): number[] {
  const span = Math.max(max - min, 10);
  const raw = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.floor(min / step) * step; t <= Math.ceil(max / step) * step + step / 2; t += step) ticks.push(t);
  return ticks;
}

/**
 * A small server-rendered line chart of a municipality's population since 1986, with its data
 * table as the equivalent for screen readers and anyone who wants the figures. Years without a
 * comparable series break the line.
 */
export function PopulationChart({ name, series, id }: { name: string; series: TPoint[]; id: string }) {
  const t = useTranslations("population");
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return null;
  const source = t("source");
  const values = series.map((p) => p.population);
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  // niceTicks gives at least one tick
  const [low = 0] = ticks;
  const high = ticks.at(-1) ?? low;
  const x = (year: number) => PAD.left + ((year - POPULATION_FIRST_YEAR) / (POPULATION_YEAR - POPULATION_FIRST_YEAR)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);

  // Consecutive years form one line; a gap in the series starts a new one.
  const segments: TPoint[][] = [];
  for (const point of series) {
    const open = segments.at(-1);
    if (open && open.at(-1)?.year === point.year - 1) open.push(point);
    else segments.push([point]);
  }
  const highest = series.reduce((a, b) => (b.population > a.population ? b : a));
  const lowest = series.reduce((a, b) => (b.population < a.population ? b : a));
  const yearTicks = [1986, 1996, 2006, 2016, 2026];
  const titleId = `${id}-tittel`;
  const descId = `${id}-beskrivelse`;
  const missing = POPULATION_YEAR - POPULATION_FIRST_YEAR + 1 - series.length;

  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl"
        style={{ color: "var(--ds-color-accent-base-default, #1e5bb8)" }}
      >
        <title id={titleId}>{t("chartTitle", { name, from: String(first.year), to: String(last.year) })}</title>
        <desc id={descId}>
          {t("chartDescription", {
            first: formatPopulation(first.population),
            firstYear: String(first.year),
            highest: formatPopulation(highest.population),
            highestYear: String(highest.year),
            lowest: formatPopulation(lowest.population),
            lowestYear: String(lowest.year),
            last: formatPopulation(last.population),
            lastYear: String(last.year),
            missing,
          })}
        </desc>
        <g fontSize="12" fill="currentColor" style={{ color: "var(--ds-color-neutral-text-default, #222)" }}>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity="0.2" />
              <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end">
                {formatPopulation(t)}
              </text>
            </g>
          ))}
          {yearTicks.map((year) => (
            <text key={year} x={x(year)} y={HEIGHT - 10} textAnchor="middle">
              {year}
            </text>
          ))}
        </g>
        {segments.map((segment) => (
          <polyline
            key={segment[0]?.year}
            points={segment.map((p) => `${x(p.year).toFixed(1)},${y(p.population).toFixed(1)}`).join(" ")}
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
            strokeLinejoin="round"
          />
        ))}
        <circle cx={x(last.year)} cy={y(last.population)} r="4" fill="currentColor" />
      </svg>
      <figcaption className="ds-paragraph text-sm">
        {t("chartCaption", { source })}
      </figcaption>
      <details>
        <summary className="ds-link cursor-pointer">{t("chartTable")}</summary>
        <table className="ds-table mt-2" data-size="sm">
          <caption className="ds-paragraph text-left text-sm">
            {t("chartTableCaption", { name, from: String(POPULATION_FIRST_YEAR), to: String(POPULATION_YEAR), source })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              <th scope="col" className="text-right">
                {t("population")}
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: POPULATION_YEAR - POPULATION_FIRST_YEAR + 1 }, (_, i) => POPULATION_FIRST_YEAR + i).map((year) => {
              const point = series.find((p) => p.year === year);
              return (
                <tr key={year}>
                  <th scope="row" className="font-normal">
                    {year}
                  </th>
                  <td className="text-right tabular-nums">{point ? formatPopulation(point.population) : t("noComparable")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
