import Link from 'next/link';
import type { MatchCandidate } from '@/lib/import/types';
import { typeLabel } from '@/lib/journal/watches-format';
import type { PosterMap } from '@/lib/posters/src';
import { Poster } from '../titles/poster';

/** Titles to pick from; each Pick submits the item's resolve form with that tconst (the first
 *  one's is the row's "accept", for the keyboard). */
export function CandidateList({
  candidates,
  posters = {},
  recordId,
  action,
  disabled,
  label,
}: {
  candidates: MatchCandidate[];
  /** The cached posters among the candidates (none for a search's answer: letter tiles). */
  posters?: PosterMap;
  recordId: number;
  action: (formData: FormData) => void;
  disabled: boolean;
  label: string;
}) {
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {candidates.map((c, i) => (
        <li
          key={c.tconst}
          data-testid="review-candidate"
          className="flex items-center gap-3 rounded-xl border border-zinc-200 bg-zinc-50 py-2 pr-2 pl-2 dark:border-zinc-800 dark:bg-ink-800/60"
        >
          <Poster tconst={c.tconst} title={c.title} year={c.year} poster={posters[c.tconst]} size="sm" />
          <div className="min-w-0 flex-1">
            <Link
              href={`/titles/${c.tconst}`}
              target="_blank"
              className="line-clamp-2 font-semibold leading-snug hover:underline"
            >
              {c.title}
            </Link>
            <p className="text-xs text-zinc-500 dark:text-zinc-400">
              {[
                c.year,
                typeLabel(c.type) || null,
                c.directors?.length ? `dir. ${c.directors.slice(0, 2).join(', ')}` : null,
                c.votes ? `${c.votes.toLocaleString('en')} votes` : null,
                c.score > 0 ? `${Math.round(c.score * 100)}% match` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              {c.inJournal ? (
                <span className="ml-1.5 rounded-full bg-brand-50 px-2 py-0.5 font-semibold text-brand-700 dark:bg-brand-900 dark:text-brand-100">
                  in your journal
                </span>
              ) : null}
            </p>
          </div>
          <form action={action}>
            <input type="hidden" name="recordId" value={recordId} />
            <input type="hidden" name="tconst" value={c.tconst} />
            <button
              type="submit"
              disabled={disabled}
              data-review-pick={i === 0 ? '' : undefined}
              aria-label={`Pick ${c.title}${c.year ? ` (${c.year})` : ''}`}
              className="min-h-11 rounded-xl bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
            >
              Pick
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
