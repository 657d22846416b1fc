import { scaleBand, scaleLinear } from '@visx/scale';

// Vertical bars, one or more stacked series, as SVG that fills its container's width: the
// horizontal positions are percentages, so text keeps its size on a phone and on a desktop.
// Each column can link to the viewings behind it.

export interface Column {
  key: string;
  label: string;
  values: number[];
  href?: string;
  /** What a screen reader says for the column, e.g. "March 2024: 12 viewings". */
  description: string;
}

export interface Series {
  name: string;
  className: string;
}

const PLOT = 150;
const AXIS = 22;

export function ColumnChart({
  columns,
  series,
  maxLabels = 8,
}: {
  columns: Column[];
  series: Series[];
  maxLabels?: number;
}) {
  const x = scaleBand({ domain: columns.map((c) => c.key), range: [0, 100], paddingInner: 0.2, paddingOuter: 0.05 });
  const max = Math.max(1, ...columns.map((c) => c.values.reduce((a, b) => a + b, 0)));
  const y = scaleLinear({ domain: [0, max], range: [0, PLOT], nice: true });
  const every = Math.max(1, Math.ceil(columns.length / maxLabels));
  const width = x.bandwidth();
  return (
    <div className="flex flex-col gap-2">
      <svg width="100%" height={PLOT + AXIS} className="overflow-visible">
        <title>Column chart: each column links to its viewings</title>
        <line x1="0" x2="100%" y1={PLOT} y2={PLOT} className="stroke-zinc-300 dark:stroke-zinc-700" />
        <text x="0" y="10" className="fill-zinc-500 text-[10px] dark:fill-zinc-400">
          {y.domain()[1]}
        </text>
        {columns.map((column, i) => (
          <ColumnMark
            key={column.key}
            column={column}
            series={series}
            left={x(column.key) ?? 0}
            width={width}
            height={(value) => y(value)}
            showLabel={i % every === 0}
          />
        ))}
      </svg>
      {series.length > 1 ? <Legend series={series} /> : null}
    </div>
  );
}

function ColumnMark({
  column,
  series,
  left,
  width,
  height,
  showLabel,
}: {
  column: Column;
  series: Series[];
  left: number;
  width: number;
  height: (value: number) => number;
  showLabel: boolean;
}) {
  let top = PLOT;
  const bars = column.values.map((value, s) => {
    const h = height(value);
    top -= h;
    return value > 0 ? (
      <rect
        key={series[s].name}
        x={`${left}%`}
        width={`${width}%`}
        y={top}
        height={h}
        rx={2}
        className={series[s].className}
      />
    ) : null;
  });
  const label = showLabel ? (
    <text
      x={`${left + width / 2}%`}
      y={PLOT + 15}
      textAnchor="middle"
      className="fill-zinc-500 text-[11px] dark:fill-zinc-400"
    >
      {column.label}
    </text>
  ) : null;
  if (!column.href) {
    return (
      <g aria-label={column.description}>
        <title>{column.description}</title>
        {bars}
        {label}
      </g>
    );
  }
  // The axis label lies beside the link, not in it (as in BarList).
  return (
    <>
      <a href={column.href} aria-label={column.description} className="group/bar">
        <title>{column.description}</title>
        <rect x={`${left}%`} width={`${width}%`} y={0} height={PLOT} className="fill-transparent" />
        <g className="transition-opacity group-hover/bar:opacity-80">{bars}</g>
      </a>
      {label}
    </>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="flex flex-wrap gap-4 text-xs text-zinc-600 dark:text-zinc-300">
      {series.map((s) => (
        <li key={s.name} className="flex items-center gap-1.5">
          <svg width="10" height="10" aria-hidden="true">
            <rect width="10" height="10" rx="2" className={s.className} />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
