'use server';

import { authedAction } from '@/lib/auth/action';
import { tconstField } from '../schemas';
import { watchesOfTitle } from '../watch-entry';
import { firstDayOf } from '../watches-format';

/** The title's earliest viewing for the log sheet's Rewatch box: its stored first day, null when
 *  it is undated (the earliest of all); `seen: false` when the title was never logged. */
export const loadEarliestViewingAction = authedAction(
  tconstField,
  { seen: false, earliest: null } as { seen: boolean; earliest: string | null },
  async (tconst, user) => {
    const earliest = (await watchesOfTitle(user.id, tconst)).at(-1);
    if (!earliest) return { seen: false, earliest: null };
    return { seen: true, earliest: earliest.watchedOn === null ? null : firstDayOf(earliest.watchedOn) };
  },
);
