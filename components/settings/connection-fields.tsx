'use client';

import { useEffect } from 'react';
import type { Connection } from '@/lib/connections/connections';
import { Field } from '../ui/field';

type Options = Pick<Connection, 'serverUser' | 'includeEpisodes' | 'timeZone'>;

/** A connection's options: whose plays, episodes or not, and the zone a play's day is counted in. */
export function ConnectionFields({
  id,
  options,
  errors,
}: {
  id: string;
  options: Options | null;
  errors?: Record<string, string[] | undefined>;
}) {
  useEffect(() => {
    // A new connection starts in this browser's zone (the server cannot know the household's).
    const zone = document.getElementById(`${id}-zone`);
    if (zone instanceof HTMLInputElement && !zone.value) zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, [id]);
  return (
    <>
      <Field
        label="Only plays by (user name on the media server)"
        name="serverUser"
        id={`${id}-user`}
        defaultValue={options?.serverUser ?? ''}
        placeholder="everyone"
        hint="For a household sharing one server: leave empty to log every user's plays."
        errors={errors?.serverUser}
        autoComplete="off"
      />
      <Field
        label="Time zone (the day a play is dated on)"
        name="timeZone"
        id={`${id}-zone`}
        defaultValue={options?.timeZone ?? ''}
        errors={errors?.timeZone}
        autoComplete="off"
      />
      <label className="flex min-h-11 items-center gap-3 text-sm">
        <input
          type="checkbox"
          name="includeEpisodes"
          defaultChecked={options?.includeEpisodes ?? false}
          className="size-5 accent-brand-600"
        />
        Log TV episodes too (otherwise films only)
      </label>
    </>
  );
}
