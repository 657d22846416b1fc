'use client';

import { useActionState, useEffect, useState } from 'react';
import { createConnectionAction } from '@/lib/connections/actions/create-connection';
import type { Connection } from '@/lib/connections/connections';
import { CONNECTION_LABELS, type ConnectionKind } from '@/lib/connections/types';
import { Button } from '../ui/button';
import { ConnectionFields } from './connection-fields';
import { CopyUrl } from './copy-url';
import { SetupSteps } from './setup-steps';

/** Makes a webhook URL for one kind of server and shows it once, with the settings to enter. */
export function NewConnectionForm({ kind, current }: { kind: ConnectionKind; current: Connection | null }) {
  const [state, action, pending] = useActionState(createConnectionAction, {});
  const [open, setOpen] = useState(false);
  const [origin, setOrigin] = useState('');
  // The address this browser reached the journal at; a media server on the same network uses it too.
  useEffect(() => setOrigin(window.location.origin), []);
  const path = state.ok && typeof state.data?.path === 'string' ? state.data.path : null;
  if (path) {
    return (
      <div role="status" className="flex flex-col gap-3 rounded-xl bg-emerald-50 p-3 dark:bg-emerald-950">
        <CopyUrl kind={kind} url={`${origin}${path}`} />
        <SetupSteps kind={kind} />
      </div>
    );
  }
  if (!current && !open) {
    return (
      <Button type="button" variant="quiet" onClick={() => setOpen(true)}>
        Connect {kind === 'generic' ? 'a script' : CONNECTION_LABELS[kind]}
      </Button>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="kind" value={kind} />
      {current ? (
        // A new URL keeps the current connection's options.
        <>
          <input type="hidden" name="serverUser" value={current.serverUser ?? ''} />
          <input type="hidden" name="timeZone" value={current.timeZone ?? ''} />
          <input type="hidden" name="includeEpisodes" value={current.includeEpisodes ? 'on' : ''} />
        </>
      ) : (
        <ConnectionFields id={`new-${kind}`} options={null} errors={state.fieldErrors} />
      )}
      <Button type="submit" variant={current ? 'quiet' : 'primary'} disabled={pending}>
        {current ? 'Make a new URL (the current one stops working)' : 'Make the webhook URL'}
      </Button>
      {state.message && !state.ok ? <p className="text-sm text-red-600 dark:text-red-400">{state.message}</p> : null}
    </form>
  );
}
