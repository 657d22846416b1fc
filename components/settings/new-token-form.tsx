'use client';

import { useActionState } from 'react';
import { createApiTokenAction } from '@/lib/auth/actions/create-api-token';
import { Button } from '../ui/button';
import { Field } from '../ui/field';

export function NewTokenForm() {
  const [state, action, pending] = useActionState(createApiTokenAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <Field label="Label" name="label" placeholder="e.g. phone shortcut" errors={state.fieldErrors?.label} required />
      <Button type="submit" variant="quiet" disabled={pending}>
        Create token
      </Button>
      {state.ok && state.message ? (
        <div role="status" className="rounded-xl bg-emerald-50 p-3 text-sm dark:bg-emerald-950">
          <p className="mb-1 font-medium">Copy it now: it is shown only once.</p>
          <code className="break-all" data-testid="new-token">
            {state.message}
          </code>
        </div>
      ) : null}
    </form>
  );
}
