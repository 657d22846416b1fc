import { CalendarHeatmap } from '@/components/charts/calendar-heatmap';
import { ChartFigure, DataTable, NoData } from '@/components/charts/chart-figure';
import { ColumnChart, type Series } from '@/components/charts/column-chart';
import { diaryHref, type StatsRange } from '@/lib/stats/range';
import type { Calendar, CountBucket, NewRewatch, Totals } from '@/lib/stats/types';
import { count, grade, plural } from './format';

const SERIES: Series[] = [
  { name: 'First viewings', className: 'fill-brand-500 dark:fill-brand-400' },
  { name: 'Rewatches', className: 'fill-accent-400' },
];

function leftOut(n: number, why: string) {
  return n > 0 ? `${plural(n, 'viewing')} ${why} ${n === 1 ? 'is' : 'are'} not shown.` : '';
}

/** Viewings dated only by the day they were rated: in their year and month, on no weekday or day. */
export const RATED_ONLY = 'with only a rating date';

function NewRewatchChart({
  id,
  title,
  description,
  notes,
  data,
  hrefOf,
  short = (label: string) => label,
  maxLabels,
}: {
  id: string;
  title: string;
  description: string;
  notes: string;
  data: NewRewatch[];
  hrefOf: (key: string) => string;
  short?: (label: string) => string;
  maxLabels?: number;
}) {
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      notes={notes}
      table={
        <DataTable
          caption={title}
          columns={['', 'First viewings', 'Rewatches']}
          rows={data.map((d) => ({
            key: d.key,
            cells: [
              <a key="l" href={hrefOf(d.key)} className="underline-offset-2 hover:underline">
                {d.label}
              </a>,
              count(d.fresh),
              count(d.rewatches),
            ],
          }))}
        />
      }
    >
      {data.length ? (
        <ColumnChart
          series={SERIES}
          maxLabels={maxLabels}
          columns={data.map((d) => ({
            key: d.key,
            label: short(d.label),
            values: [d.fresh, d.rewatches],
            href: hrefOf(d.key),
            description: `${d.label}: ${plural(d.fresh + d.rewatches, 'viewing')}, ${count(d.rewatches)} rewatches`,
          }))}
        />
      ) : (
        <NoData />
      )}
    </ChartFigure>
  );
}

export function WhenCharts({
  range,
  totals,
  perYear,
  perMonth,
  weekdays,
  calendar,
}: {
  range: StatsRange;
  totals: Totals;
  perYear: NewRewatch[];
  perMonth: NewRewatch[];
  weekdays: CountBucket[];
  calendar: Calendar;
}) {
  const p = totals.precision;
  return (
    <>
      <NewRewatchChart
        id="per-year"
        title="Viewings per year"
        description="How many viewings each year, first viewings and rewatches stacked."
        notes={`Viewings dated to the day (or by the day they were rated), the month or only the year count. ${leftOut(p.unknown, 'without a date')}`}
        data={perYear}
        maxLabels={6}
        hrefOf={(key) => diaryHref({ ...range, from: null, to: null }, { year: key })}
      />
      <NewRewatchChart
        id="per-month"
        title="Viewings per month"
        description="How many viewings each month (the latest 36 months of the range), first viewings and rewatches stacked."
        notes={`Viewings dated to the day (or by the day they were rated) or the month count. ${leftOut(p.year + p.unknown, 'dated only by year or not at all')}`}
        data={perMonth}
        short={(label) => `${label.slice(0, 3)} ’${label.slice(-2)}`}
        maxLabels={5}
        hrefOf={(key) => diaryHref({ ...range, from: null, to: null }, { month: key })}
      />
      <ChartFigure
        id="weekdays"
        title="Viewings per weekday"
        description="On which days of the week you watch."
        notes={`Only viewings dated to the day. ${leftOut(p.rated, RATED_ONLY)} ${leftOut(p.month + p.year + p.unknown, 'with a partial date or none')}`}
        table={
          <DataTable
            caption="Viewings per weekday"
            columns={['Day', 'Viewings', 'Average grade']}
            rows={weekdays.map((d) => ({ key: d.key, cells: [d.label, count(d.viewings), grade(d.averageGrade)] }))}
          />
        }
      >
        <ColumnChart
          series={[SERIES[0]]}
          columns={weekdays.map((d) => ({
            key: d.key,
            label: d.label.slice(0, 3),
            values: [d.viewings],
            href: diaryHref(range, { weekday: d.key }),
            description: `${d.label}: ${plural(d.viewings, 'viewing')}`,
          }))}
        />
      </ChartFigure>
      <ChartFigure
        id="calendar"
        title="The last twelve months"
        description={`Each square is a day from ${calendar.from} to ${calendar.to}; the darker, the more viewings.`}
        notes={`Only viewings dated to the day. ${leftOut(p.rated, RATED_ONLY)}`}
        className="md:col-span-2"
        table={
          <DataTable
            caption="Days with viewings"
            columns={['Day', 'Viewings']}
            rows={calendar.days.map((d) => ({ key: d.date, cells: [d.date, count(d.viewings)] }))}
          />
        }
      >
        <CalendarHeatmap
          from={calendar.from}
          to={calendar.to}
          days={calendar.days}
          hrefOf={(date) => diaryHref({ ...range, from: null, to: null }, { from: date, to: date })}
        />
      </ChartFigure>
    </>
  );
}
