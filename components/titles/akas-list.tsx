import type { AlternativeTitle } from '@/lib/titles/title-details';
import { Card } from '../ui/card';
import { regionName } from './title-header';

interface AkaGroup {
  title: string;
  preferred: boolean;
  original: boolean;
  places: string[];
  notes: string[];
}

const TYPE_NOTES: Record<string, string> = {
  alternative: 'alternative',
  dvd: 'DVD',
  festival: 'festival',
  tv: 'TV',
  video: 'video',
  working: 'working title',
};

/** Alternative titles, one line per distinct title with the countries that use it. */
function group(akas: AlternativeTitle[]): AkaGroup[] {
  const groups = new Map<string, AkaGroup>();
  for (const a of akas) {
    const g = groups.get(a.title) ?? { title: a.title, preferred: false, original: false, places: [], notes: [] };
    g.preferred ||= a.preferred;
    g.original ||= a.isOriginalTitle;
    if (a.region) {
      const place = a.language ? `${regionName(a.region)} (${a.language})` : regionName(a.region);
      if (!g.places.includes(place)) g.places.push(place);
    }
    for (const note of [...a.types.map((t) => TYPE_NOTES[t]), ...a.attributes]) {
      if (note && !g.notes.includes(note)) g.notes.push(note);
    }
    groups.set(a.title, g);
  }
  return [...groups.values()];
}

const SHOWN = 6;

export function AkasList({ akas }: { akas: AlternativeTitle[] }) {
  const groups = group(akas);
  if (groups.length <= 1) return null;
  const row = (g: AkaGroup) => (
    <li key={g.title} className="py-2">
      <p className={g.preferred ? 'font-semibold' : 'font-medium'}>
        {g.title}
        {g.original ? (
          <span className="ml-2 rounded-full bg-zinc-100 px-2 py-0.5 align-middle text-xs font-medium text-zinc-600 dark:bg-ink-800 dark:text-zinc-300">
            original
          </span>
        ) : null}
      </p>
      {g.places.length || g.notes.length ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          {[g.places.join(', '), g.notes.join(', ')].filter(Boolean).join(' · ')}
        </p>
      ) : null}
    </li>
  );
  return (
    <Card title="Also known as">
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="akas">
        {groups.slice(0, SHOWN).map(row)}
      </ul>
      {groups.length > SHOWN ? (
        <details className="group">
          <summary className="flex min-h-11 cursor-pointer list-none items-center text-sm font-semibold text-brand-700 dark:text-brand-400">
            <span className="group-open:hidden">Show {groups.length - SHOWN} more</span>
            <span className="hidden group-open:inline">Show fewer</span>
          </summary>
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">{groups.slice(SHOWN).map(row)}</ul>
        </details>
      ) : null}
    </Card>
  );
}
