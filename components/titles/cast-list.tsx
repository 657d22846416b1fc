import type { CastMember } from '@/lib/titles/title-details';
import { Avatar, PersonLink } from '../people/person-link';
import { Card } from '../ui/card';

/** Principal cast in IMDb's order, with the characters each plays. */
export function CastList({ cast }: { cast: CastMember[] }) {
  if (cast.length === 0) return null;
  return (
    <Card title="Cast">
      <ul className="grid gap-x-6 gap-y-3 sm:grid-cols-2" data-testid="cast">
        {cast.map((c) => (
          <li key={`${c.category}-${c.nconst}`} className="flex items-center gap-3">
            <Avatar nconst={c.nconst} name={c.name} />
            <div className="min-w-0">
              <PersonLink nconst={c.nconst} name={c.name} className="block truncate" />
              <p className="text-sm text-zinc-500 dark:text-zinc-400">
                {c.characters.length
                  ? `${c.category === 'self' ? '' : 'as '}${c.characters.join(' / ')}`
                  : c.category === 'actress'
                    ? 'Actress'
                    : c.category === 'self'
                      ? 'Self'
                      : 'Actor'}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
