import { BarList } from '@/components/charts/bar-list';
import { ChartFigure, DataTable, NoData } from '@/components/charts/chart-figure';
import { PersonLink } from '@/components/people/person-link';
import { diaryHref, type StatsRange } from '@/lib/stats/range';
import type { PeopleFigure, PersonFigure, PersonRole } from '@/lib/stats/types';
import { personLabel } from '@/lib/titles/format';
import { count, grade, plural } from './format';

const TITLES: Record<PersonRole, string> = {
  directors: 'Directors',
  writers: 'Writers',
  actors: 'Actors and actresses',
  composers: 'Composers',
  cinematographers: 'Cinematographers',
};

const labelOf = (p: PersonFigure) => personLabel(p.nconst, p.name).text;

function ByGrade({ people, range }: { people: PersonFigure[]; range: StatsRange }) {
  return (
    <ol className="flex flex-col">
      {people.map((p, i) => (
        <li key={p.nconst} className="flex min-h-11 items-center gap-2 text-sm">
          <span className="w-5 shrink-0 text-right text-xs text-zinc-500 tabular-nums dark:text-zinc-400">{i + 1}</span>
          <PersonLink nconst={p.nconst} name={p.name} className="min-w-0 flex-1 truncate" />
          <a
            href={diaryHref(range, { person: p.nconst })}
            className="shrink-0 text-xs text-zinc-500 tabular-nums hover:underline dark:text-zinc-400"
          >
            {/* The name is the visible figures with their words around them (WCAG 2.5.3: label in name). */}
            <span className="sr-only">{labelOf(p)}: score </span>
            <strong className="text-zinc-800 dark:text-zinc-100">{grade(p.score)}</strong> ·{' '}
            <span aria-hidden="true">⌀</span>
            <span className="sr-only">average</span> {grade(p.averageGrade)} · {p.graded}
            <span className="sr-only"> graded titles, show the viewings</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

export function PeopleCard({ figure, range }: { figure: PeopleFigure; range: StatsRange }) {
  const title = TITLES[figure.role];
  const id = `people-${figure.role}`;
  const all = [...new Map([...figure.byTitles, ...figure.byGrade].map((p) => [p.nconst, p])).values()];
  return (
    <ChartFigure
      id={id}
      title={title}
      description={`Your most watched ${title.toLowerCase()}, and your best graded.`}
      notes={`Best graded: at least ${figure.minimum} graded titles; the score is their average pulled toward your mean (${grade(figure.mean)}) as if ${figure.priorWeight} more titles had your mean grade. “To see” counts their films you have not logged.`}
      table={
        <DataTable
          caption={title}
          columns={['Name', 'Titles', 'Average', 'Score', 'To see']}
          rows={all.map((p) => ({
            key: p.nconst,
            cells: [labelOf(p), count(p.titles), grade(p.averageGrade), grade(p.score), count(p.unseen)],
          }))}
        />
      }
    >
      {figure.byTitles.length ? (
        <div className="flex flex-col gap-4">
          <BarList
            items={figure.byTitles.map((p) => ({
              key: p.nconst,
              label: labelOf(p),
              value: p.titles,
              valueLabel: `${count(p.titles)} seen · ${count(p.unseen)} to see`,
              href: `/people/${p.nconst}`,
              description: `${labelOf(p)}: ${plural(p.titles, 'title')} seen, ${count(p.unseen)} films to see`,
            }))}
          />
          {figure.byGrade.length ? (
            <div>
              <h3 className="mb-1 text-sm font-semibold text-zinc-600 dark:text-zinc-300">Best graded</h3>
              <ByGrade people={figure.byGrade} range={range} />
            </div>
          ) : null}
        </div>
      ) : (
        <NoData>Nobody yet: the IMDb data names no {title.toLowerCase()} for these titles.</NoData>
      )}
    </ChartFigure>
  );
}
