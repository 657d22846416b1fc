'use client';

import { useActionState } from 'react';
import { setupOwner } from '@/lib/auth/actions/setup';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { FormMessage } from '../ui/form-message';

export function SetupForm() {
  const [state, action, pending] = useActionState(setupOwner, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field
        label="Setup code"
        name="setupCode"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        hint="Printed by the server when it started (or the SETUP_CODE you configured)."
        defaultValue={state.values?.setupCode}
        errors={errors.setupCode}
        required
      />
      <Field
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        defaultValue={state.values?.username}
        errors={errors.username}
        required
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        errors={errors.password}
        required
      />
      <Field
        label="Repeat password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        errors={errors.confirm}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create the owner account'}
      </Button>
    </form>
  );
}
