import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Filmography } from '@/components/people/filmography';
import { KnownFor } from '@/components/people/known-for';
import { PersonHeader } from '@/components/people/person-header';
import { BackButton } from '@/components/shell/back-button';
import { ImdbLink } from '@/components/titles/imdb-link';
import { requireUser } from '@/lib/auth/request';
import { postersFor } from '@/lib/posters/availability';
import { personLabel } from '@/lib/titles/format';
import { isNconst } from '@/lib/titles/ids';
import { getPersonDetails } from '@/lib/titles/person-details';

/** One load per request, shared by the metadata and the page. */
const loadPerson = cache(async (nconst: string) => {
  if (!isNconst(nconst)) return null;
  const user = await requireUser();
  return getPersonDetails(nconst, user.id);
});

export async function generateMetadata({ params }: PageProps<'/people/[nconst]'>): Promise<Metadata> {
  const person = await loadPerson((await params).nconst);
  if (!person) return { title: 'Unknown person' };
  const label = personLabel(person.nconst, person.name);
  return { title: label.named ? label.text : 'Name not loaded' };
}

// The newest credits and the known-for titles: a long career does not queue hundreds of lookups.
const POSTERED_CREDITS = 60;

export default async function PersonPage({ params }: PageProps<'/people/[nconst]'>) {
  const person = await loadPerson((await params).nconst);
  if (!person) notFound();
  const posters = await postersFor([...person.knownFor, ...person.credits.slice(0, POSTERED_CREDITS)]);
  return (
    <div className="flex flex-col gap-5">
      <BackButton fallback="/search" />
      <PersonHeader person={person} />
      <KnownFor titles={person.knownFor} posters={posters} />
      <Filmography credits={person.credits} posters={posters} />
      <ImdbLink id={person.nconst} kind="name" />
    </div>
  );
}
