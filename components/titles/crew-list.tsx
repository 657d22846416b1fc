import { Fragment } from 'react';
import { categoryHeading } from '@/lib/titles/format';
import type { CrewMember, PrincipalGroup } from '@/lib/titles/title-details';
import { PersonLink } from '../people/person-link';
import { Card } from '../ui/card';

interface Row {
  heading: string;
  people: { nconst: string; name: string | null; note: string | null }[];
}

/** Directors, writers and the other principals (producers, music, …), one line per role. */
export function CrewList({
  directors,
  writers,
  principals,
}: {
  directors: CrewMember[];
  writers: CrewMember[];
  principals: PrincipalGroup[];
}) {
  const rows: Row[] = [];
  const crew = (heading: string, plural: string, list: CrewMember[]) => {
    if (list.length) {
      rows.push({
        heading: list.length > 1 ? plural : heading,
        people: list.map((m) => ({
          nconst: m.nconst,
          name: m.name,
          note: m.job && m.job !== heading.toLowerCase() ? m.job : null,
        })),
      });
    }
  };
  crew('Director', 'Directors', directors);
  crew('Writer', 'Writers', writers);
  for (const g of principals) {
    rows.push({
      heading: categoryHeading(g.category),
      people: g.people.map((p) => ({
        nconst: p.nconst,
        name: p.name,
        note: p.characters.length ? p.characters.join(' / ') : p.job && p.job !== g.category ? p.job : null,
      })),
    });
  }
  if (rows.length === 0) return null;
  return (
    <Card title="Crew">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]" data-testid="crew">
        {rows.map((row) => (
          <Fragment key={row.heading}>
            <dt className="text-sm font-medium text-zinc-500 sm:pt-0.5 dark:text-zinc-400">{row.heading}</dt>
            <dd className="-mt-2 sm:mt-0">
              <ul className="flex flex-col gap-1">
                {row.people.map((p) => (
                  <li key={`${p.nconst}-${p.note ?? ''}`}>
                    <PersonLink nconst={p.nconst} name={p.name} />
                    {p.note ? <span className="text-sm text-zinc-500 dark:text-zinc-400"> · {p.note}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </Fragment>
        ))}
      </dl>
    </Card>
  );
}
