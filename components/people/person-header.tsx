import { personLabel, professionLabel } from '@/lib/titles/format';
import type { PersonDetails } from '@/lib/titles/person-details';
import { Avatar, ImdbNameLink } from './person-link';

function lifeSpan(birth: number | null, death: number | null): string | null {
  if (birth && death) return `${birth}–${death}`;
  if (birth) return `Born ${birth}`;
  if (death) return `Died ${death}`;
  return null;
}

export function PersonHeader({ person }: { person: PersonDetails }) {
  const span = lifeSpan(person.birthYear, person.deathYear);
  const titles = person.credits.length;
  const label = personLabel(person.nconst, person.name);
  return (
    <header className="rounded-3xl border border-zinc-200 bg-linear-to-br from-brand-50 via-white to-amber-50 p-5 shadow-sm md:p-8 dark:border-zinc-800 dark:from-brand-900/70 dark:via-ink-900 dark:to-ink-900">
      <div className="flex items-center gap-4 md:gap-6">
        <Avatar nconst={person.nconst} name={person.name} size="lg" />
        <div className="min-w-0">
          {span ? (
            <p className="text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">{span}</p>
          ) : null}
          <h1 className="text-2xl leading-tight font-bold tracking-tight break-words md:text-4xl">
            {label.named ? (
              label.text
            ) : (
              <span className="text-zinc-500 italic dark:text-zinc-400">Name not loaded</span>
            )}
          </h1>
          {label.named ? null : <ImdbNameLink url={label.imdbUrl} />}
          {person.professions.length ? (
            <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Professions">
              {person.professions.map((p) => (
                <li
                  key={p}
                  className="rounded-full bg-white/80 px-2.5 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-zinc-200 dark:bg-ink-800 dark:text-zinc-200 dark:ring-zinc-700"
                >
                  {professionLabel(p)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {person.listed ? null : (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          IMDb’s list of names on this server does not hold this person
          {label.named ? '; the name is the one your import gave' : ''}. These are the titles that name them.
        </p>
      )}
      <dl className="mt-5 grid grid-cols-2 gap-3 sm:max-w-sm">
        <div className="rounded-2xl bg-white/80 p-3 ring-1 ring-zinc-200 dark:bg-ink-800 dark:ring-zinc-700">
          <dt className="text-xs text-zinc-500 dark:text-zinc-400">Titles here</dt>
          <dd className="text-2xl font-bold tabular-nums">{titles}</dd>
        </div>
        <div className="rounded-2xl bg-white/80 p-3 ring-1 ring-zinc-200 dark:bg-ink-800 dark:ring-zinc-700">
          <dt className="text-xs text-zinc-500 dark:text-zinc-400">Seen by you</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid="seen-count">
            {person.seenCount}
          </dd>
        </div>
      </dl>
    </header>
  );
}
