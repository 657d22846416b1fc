import { BarList } from '@/components/charts/bar-list';
import { ChartFigure, DataTable, NoData } from '@/components/charts/chart-figure';
import { ColumnChart } from '@/components/charts/column-chart';
import { typeLabel } from '@/lib/journal/watches-format';
import { diaryHref, type StatsRange } from '@/lib/stats/range';
import type { CountBucket } from '@/lib/stats/types';
import { count, grade, percent, plural, regionName } from './format';

const BAR = { name: 'Viewings', className: 'fill-brand-500 dark:fill-brand-400' };

function table(caption: string, first: string, data: CountBucket[], total?: number) {
  return (
    <DataTable
      caption={caption}
      columns={total ? [first, 'Viewings', 'Share', 'Average grade'] : [first, 'Viewings', 'Average grade']}
      rows={data.map((d) => ({
        key: d.key,
        cells: total
          ? [d.label, count(d.viewings), percent(d.viewings / total), grade(d.averageGrade)]
          : [d.label, count(d.viewings), grade(d.averageGrade)],
      }))}
    />
  );
}

function Columns({
  data,
  range,
  filter,
  maxLabels,
}: {
  data: CountBucket[];
  range: StatsRange;
  filter: string | null;
  maxLabels?: number;
}) {
  if (!data.length) return <NoData />;
  return (
    <ColumnChart
      series={[BAR]}
      maxLabels={maxLabels}
      columns={data.map((d) => ({
        key: d.key,
        label: d.label,
        values: [d.viewings],
        href: filter ? diaryHref(range, { [filter]: d.key }) : undefined,
        description: `${d.label}: ${plural(d.viewings, 'viewing')}, average grade ${grade(d.averageGrade)}`,
      }))}
    />
  );
}

export function WhatCharts({
  range,
  viewings,
  genres,
  decades,
  releaseYears,
  runtimes,
  types,
  regions,
}: {
  range: StatsRange;
  viewings: number;
  genres: CountBucket[];
  decades: CountBucket[];
  releaseYears: CountBucket[];
  runtimes: CountBucket[];
  types: CountBucket[];
  regions: CountBucket[];
}) {
  return (
    <>
      <ChartFigure
        id="genres"
        title="Genres"
        description="Share of your viewings per genre, with your average grade in each."
        notes="A title with several genres counts in each of them, so the shares add up to more than 100%."
        className="md:row-span-2"
        table={table('Genres', 'Genre', genres, viewings)}
      >
        {genres.length ? (
          <BarList
            items={genres.map((g) => ({
              key: g.key,
              label: g.label,
              value: g.viewings,
              valueLabel: `${count(g.viewings)} · ${percent(g.viewings / Math.max(1, viewings))} · ⌀ ${grade(g.averageGrade)}`,
              href: diaryHref(range, { genre: g.key }),
              description: `${g.label}: ${plural(g.viewings, 'viewing')}, ${percent(g.viewings / Math.max(1, viewings))}, average grade ${grade(g.averageGrade)}`,
            }))}
          />
        ) : (
          <NoData />
        )}
      </ChartFigure>
      <ChartFigure
        id="decades"
        title="Release decades"
        description="Viewings per decade of the title's release, with your average grade."
        table={table('Release decades', 'Decade', decades)}
      >
        <Columns data={decades} range={range} filter="decade" />
      </ChartFigure>
      <ChartFigure
        id="release-years"
        title="Release years"
        description="Viewings per year of the title's release."
        table={table('Release years', 'Year', releaseYears)}
      >
        <Columns data={releaseYears} range={range} filter="released" maxLabels={6} />
      </ChartFigure>
      <ChartFigure
        id="runtimes"
        title="Runtimes"
        description="Viewings by the title's runtime, in minutes."
        notes="Titles without a known runtime are left out."
        table={table('Runtimes', 'Runtime', runtimes)}
      >
        <Columns data={runtimes} range={range} filter="runtime" />
      </ChartFigure>
      <ChartFigure
        id="types"
        title="Title types"
        description="Viewings per kind of title."
        table={table(
          'Title types',
          'Type',
          types.map((t) => ({ ...t, label: typeLabel(t.key) })),
        )}
      >
        {types.length ? (
          <BarList
            items={types.map((t) => ({
              key: t.key,
              label: typeLabel(t.key),
              value: t.viewings,
              valueLabel: `${count(t.viewings)} · ⌀ ${grade(t.averageGrade)}`,
              href: t.key === 'unknown' ? undefined : diaryHref(range, { type: t.key }),
              description: `${typeLabel(t.key)}: ${plural(t.viewings, 'viewing')}`,
            }))}
          />
        ) : (
          <NoData />
        )}
      </ChartFigure>
      <ChartFigure
        id="regions"
        title="Countries of origin"
        description="Viewings per country, as far as IMDb's alternative titles tell (the country where the original title was used)."
        notes="Titles whose original title has no country are left out; the top 20 are shown."
        table={table(
          'Countries of origin',
          'Country',
          regions.map((r) => ({ ...r, label: regionName(r.key) })),
        )}
      >
        {regions.length ? (
          <BarList
            items={regions.slice(0, 10).map((r) => ({
              key: r.key,
              label: regionName(r.key),
              value: r.viewings,
              valueLabel: `${count(r.viewings)} · ⌀ ${grade(r.averageGrade)}`,
              href: diaryHref(range, { region: r.key }),
              description: `${regionName(r.key)}: ${plural(r.viewings, 'viewing')}`,
            }))}
          />
        ) : (
          <NoData>No country known for these titles.</NoData>
        )}
      </ChartFigure>
    </>
  );
}
