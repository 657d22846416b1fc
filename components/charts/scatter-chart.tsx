import { scaleLinear, scaleSqrt } from '@visx/scale';
import type { GradeCell } from '@/lib/stats/types';

// Your grade (vertical) against IMDb's rating (horizontal): one bubble per half-point cell,
// its area the number of titles; the dashed diagonal is "agrees with IMDb", the solid line
// the least-squares trend. Horizontal positions are percentages of the width.

const PLOT = 220;
const AXIS = 20;

export function ScatterChart({
  cells,
  slope,
  intercept,
}: {
  cells: GradeCell[];
  slope: number | null;
  intercept: number | null;
}) {
  const x = scaleLinear({ domain: [1, 10], range: [4, 98] });
  // The top of the range leaves room for the label of the highest gridline above it.
  const y = scaleLinear({ domain: [0.5, 10], range: [PLOT - 6, 16] });
  const r = scaleSqrt({ domain: [0, Math.max(1, ...cells.map((c) => c.titles))], range: [0, 11] });
  const trend =
    slope !== null && intercept !== null ? (
      <line
        x1={`${x(1)}%`}
        y1={y(Math.min(10, Math.max(0.5, slope + intercept)))}
        x2={`${x(10)}%`}
        y2={y(Math.min(10, Math.max(0.5, slope * 10 + intercept)))}
        strokeWidth={2}
        className="stroke-accent-500"
      />
    ) : null;
  return (
    <svg width="100%" height={PLOT + AXIS}>
      <title>Your grades against IMDb ratings</title>
      {[2, 4, 6, 8, 10].map((v) => (
        <g key={v}>
          <line x1="0" x2="100%" y1={y(v)} y2={y(v)} className="stroke-zinc-100 dark:stroke-ink-800" />
          <text x="0" y={y(v) - 2} className="fill-zinc-500 text-[10px] dark:fill-zinc-400">
            {v}
          </text>
          <text
            x={`${x(v)}%`}
            y={PLOT + 14}
            textAnchor="middle"
            className="fill-zinc-500 text-[10px] dark:fill-zinc-400"
          >
            {v}
          </text>
        </g>
      ))}
      <line
        x1={`${x(1)}%`}
        y1={y(1)}
        x2={`${x(10)}%`}
        y2={y(10)}
        strokeDasharray="4 4"
        className="stroke-zinc-300 dark:stroke-zinc-600"
      />
      {cells.map((c) => (
        <circle
          key={`${c.grade}-${c.rating}`}
          cx={`${x(c.rating)}%`}
          cy={y(c.grade)}
          r={Math.max(2.5, r(c.titles))}
          className="fill-brand-500/60 stroke-brand-600 dark:fill-brand-400/50 dark:stroke-brand-400"
        >
          <title>{`Your ${c.grade}, IMDb ${c.rating}: ${c.titles} title${c.titles === 1 ? '' : 's'}`}</title>
        </circle>
      ))}
      {trend}
    </svg>
  );
}
