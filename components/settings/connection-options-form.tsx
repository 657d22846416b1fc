'use client';

import { useActionState } from 'react';
import { updateConnectionAction } from '@/lib/connections/actions/update-connection';
import type { Connection } from '@/lib/connections/connections';
import { Button } from '../ui/button';
import { ConnectionFields } from './connection-fields';

/** Changes a live connection's options; its URL stays as it is. */
export function ConnectionOptionsForm({ connection }: { connection: Connection }) {
  const [state, action, pending] = useActionState(updateConnectionAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={connection.id} />
      <ConnectionFields id={`connection-${connection.id}`} options={connection} errors={state.fieldErrors} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="quiet" disabled={pending}>
          Save options
        </Button>
        {state.message ? (
          <p
            role="status"
            className={`text-sm ${state.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-600'}`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
