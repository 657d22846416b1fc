'use client';

import { useActionState } from 'react';
import { verifySecondFactorAction } from '@/lib/auth/actions/verify-second-factor';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { FormMessage } from '../ui/form-message';

export function SecondFactorForm() {
  const [state, action, pending] = useActionState(verifySecondFactorAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <Field
        label="Code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        autoCorrect="off"
        hint="Lost your phone? A recovery code works once."
        errors={state.fieldErrors?.code}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Checking…' : 'Sign in'}
      </Button>
    </form>
  );
}
