'use server';

import { requireUser } from '@/lib/auth/request';
import { distinctCompanions, distinctPlaces, distinctTags } from '../diary-facets';

export interface JournalSuggestions {
  tags: string[];
  companions: string[];
  places: string[];
}

/** The autocomplete lists of the log sheet: the user's tags, companions and places, most used first. */
export async function loadSuggestionsAction(): Promise<JournalSuggestions> {
  const user = await requireUser();
  const [tags, companions, places] = await Promise.all([
    distinctTags(user.id),
    distinctCompanions(user.id),
    distinctPlaces(user.id),
  ]);
  return { tags, companions, places };
}
