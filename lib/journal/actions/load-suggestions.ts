'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/auth/action';
import { distinctCompanions, distinctPlaces, distinctTags } from '../diary-facets';

export interface JournalSuggestions {
  tags: string[];
  companions: string[];
  places: string[];
}

/** The autocomplete lists of the log sheet: the user's tags, companions and places, most used first. */
export const loadSuggestionsAction = authedAction(
  z.undefined(),
  { tags: [], companions: [], places: [] } as JournalSuggestions,
  async (_none, user) => {
    const [tags, companions, places] = await Promise.all([
      distinctTags(user.id),
      distinctCompanions(user.id),
      distinctPlaces(user.id),
    ]);
    return { tags, companions, places };
  },
);
