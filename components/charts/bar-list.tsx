import { scaleLinear } from '@visx/scale';

// Horizontal bars with their labels above them: one row per item, the bar's length a
// percentage of the width, so it reads the same at any width. Each row can link.

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** The text at the row's end, e.g. "42 · 7.8 avg". */
  valueLabel: string;
  href?: string;
  description: string;
}

const ROW = 34;

export function BarList({
  items,
  barClassName = 'fill-brand-500 dark:fill-brand-400',
}: {
  items: BarItem[];
  barClassName?: string;
}) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const x = scaleLinear({ domain: [0, max], range: [0, 100] });
  return (
    <svg width="100%" height={items.length * ROW}>
      <title>Bar chart: each bar links to what it counts</title>
      {items.map((item, i) => {
        const top = i * ROW;
        const bar = (
          <>
            <title>{item.description}</title>
            <rect x="0" y={top} width="100%" height={ROW} className="fill-transparent" />
            <rect x="0" y={top + 18} width="100%" height={8} rx={4} className="fill-zinc-100 dark:fill-ink-800" />
            <rect
              x="0"
              y={top + 18}
              width={`${Math.max(x(item.value), 0.8)}%`}
              height={8}
              rx={4}
              className={barClassName}
            />
          </>
        );
        // The texts lie over the link, not in it: its name is the description, which a link
        // holding visible text would have to repeat word for word (WCAG 2.5.3).
        return (
          <g key={item.key}>
            {item.href ? (
              <a href={item.href} aria-label={item.description} className="hover:opacity-80">
                {bar}
              </a>
            ) : (
              <g aria-label={item.description}>{bar}</g>
            )}
            <text
              x="0"
              y={top + 13}
              className="pointer-events-none fill-zinc-800 text-[13px] font-medium dark:fill-zinc-100"
            >
              {item.label}
            </text>
            <text
              x="100%"
              y={top + 13}
              textAnchor="end"
              className="pointer-events-none fill-zinc-500 text-[12px] tabular-nums dark:fill-zinc-400"
            >
              {item.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
