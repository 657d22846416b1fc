import Link from 'next/link';
import { typeLabel } from '@/lib/journal/watches-format';
import type { PosterMap, PosterVersion } from '@/lib/posters/src';
import { professionLabel, yearSpan } from '@/lib/titles/format';
import type { PersonCredit, PersonRole } from '@/lib/titles/person-details';
import { Poster } from '../titles/poster';
import { RatingBadge } from '../titles/rating-badge';
import { Card } from '../ui/card';
import { WatchMark } from './watch-mark';

const ACTING = new Set(['actor', 'actress', 'self', 'archive_footage']);
const SECTION_LABELS: Record<string, string> = {
  acting: 'Acting',
  director: 'Directing',
  writer: 'Writing',
  producer: 'Producing',
};

/** Acting, directing, writing, … : the sections a person's credits fall into, most credits first. */
function sections(credits: PersonCredit[]) {
  const map = new Map<string, { credit: PersonCredit; role: PersonRole }[]>();
  for (const credit of credits) {
    const seen = new Set<string>();
    for (const role of credit.roles) {
      const key = ACTING.has(role.category) ? 'acting' : role.category;
      if (seen.has(key)) continue;
      seen.add(key);
      map.set(key, [...(map.get(key) ?? []), { credit, role }]);
    }
  }
  return [...map].sort((a, b) => b[1].length - a[1].length);
}

function roleNote(role: PersonRole): string | null {
  if (role.characters.length) return `as ${role.characters.join(' / ')}`;
  if (role.job && role.job !== role.category) return role.job;
  if (role.category === 'self') return 'Self';
  if (role.category === 'archive_footage') return 'Archive footage';
  return null;
}

const SHOWN = 12;

function CreditRow({ credit, role, poster }: { credit: PersonCredit; role: PersonRole; poster: PosterVersion }) {
  const note = roleNote(role);
  const facts = [typeLabel(credit.titleType), note].filter(Boolean).join(' · ');
  const inner = (
    <>
      <Poster tconst={credit.tconst} title={credit.title} year={credit.startYear} poster={poster} size="sm" />
      <span className="w-12 shrink-0 pt-0.5 text-sm text-zinc-500 tabular-nums dark:text-zinc-400">
        {yearSpan(credit.startYear, credit.endYear, credit.titleType) ?? '—'}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block font-medium">{credit.title ?? credit.tconst}</span>
        {facts ? <span className="block text-sm text-zinc-500 dark:text-zinc-400">{facts}</span> : null}
      </span>
      <span className="flex shrink-0 flex-col items-end gap-1">
        <RatingBadge rating={credit.rating} size="sm" />
        <WatchMark watch={credit.watch} />
      </span>
    </>
  );
  return (
    <li>
      {credit.title ? (
        <Link
          href={`/titles/${credit.tconst}`}
          className="flex min-h-12 items-start gap-3 py-2.5 hover:text-brand-700 dark:hover:text-brand-400"
        >
          {inner}
        </Link>
      ) : (
        <div className="flex min-h-12 items-start gap-3 py-2.5">{inner}</div>
      )}
    </li>
  );
}

/** Their titles by department (acting, directing, writing, …), newest first; long lists fold. */
export function Filmography({ credits, posters }: { credits: PersonCredit[]; posters: PosterMap }) {
  if (credits.length === 0) {
    return (
      <Card title="Titles">
        <p className="text-zinc-600 dark:text-zinc-400">No title in the IMDb data on this server names them.</p>
      </Card>
    );
  }
  return (
    <>
      {sections(credits).map(([key, rows]) => (
        <Card key={key} title={`${SECTION_LABELS[key] ?? professionLabel(key)} (${rows.length})`}>
          <div data-testid={`credits-${key}`}>
            <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {rows.slice(0, SHOWN).map((r) => (
                <CreditRow key={r.credit.tconst} {...r} poster={posters[r.credit.tconst] ?? null} />
              ))}
            </ol>
            {rows.length > SHOWN ? (
              <details className="group">
                <summary className="flex min-h-11 cursor-pointer list-none items-center border-t border-zinc-200 text-sm font-semibold text-brand-700 dark:border-zinc-800 dark:text-brand-400">
                  <span className="group-open:hidden">Show {rows.length - SHOWN} more</span>
                  <span className="hidden group-open:inline">Show fewer</span>
                </summary>
                <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
                  {rows.slice(SHOWN).map((r) => (
                    <CreditRow key={r.credit.tconst} {...r} poster={posters[r.credit.tconst] ?? null} />
                  ))}
                </ol>
              </details>
            ) : null}
          </div>
        </Card>
      ))}
    </>
  );
}
