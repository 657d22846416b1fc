'use client';

import { useActionState } from 'react';
import { confirmTwoFactorAction } from '@/lib/auth/actions/confirm-two-factor';
import { disableTwoFactorAction } from '@/lib/auth/actions/disable-two-factor';
import { startTwoFactorAction } from '@/lib/auth/actions/start-two-factor';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { FormMessage } from '../ui/form-message';

/** Settings → Two-factor sign-in: enrol (QR code, a confirming code, recovery codes) or turn it off. */
export function TwoFactorCard({ enabled, recoveryLeft }: { enabled: boolean; recoveryLeft: number }) {
  const [started, start, starting] = useActionState(startTwoFactorAction, {});
  const [confirmed, confirm, confirming] = useActionState(confirmTwoFactorAction, {});
  const [disabled, disable, disabling] = useActionState(disableTwoFactorAction, {});
  const codes = confirmed.data?.recoveryCodes;
  if (Array.isArray(codes)) {
    return (
      <div role="status" className="flex flex-col gap-3">
        <p className="font-medium">
          Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once.
        </p>
        <ul className="grid grid-cols-2 gap-2 font-mono text-sm" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (enabled) {
    return (
      <form action={disable} className="flex flex-col gap-3">
        <FormMessage message={disabled.message} tone={disabled.ok ? 'success' : 'error'} />
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          On: signing in asks for a code from your app after the password. {recoveryLeft} recovery code(s) left.
        </p>
        <Field
          label="Password or current code"
          name="password"
          type="password"
          autoComplete="current-password"
          errors={disabled.fieldErrors?.password}
        />
        <Button type="submit" variant="quiet" disabled={disabling}>
          Turn off
        </Button>
      </form>
    );
  }
  const qr = typeof started.data?.qr === 'string' ? started.data.qr : undefined;
  if (!qr) {
    return (
      <form action={start} className="flex flex-col gap-3">
        <FormMessage message={started.message} />
        {disabled.ok ? <FormMessage message={disabled.message} tone="success" /> : null}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Off. With it on, signing in also asks for a code from an authenticator app on your phone.
        </p>
        <Button type="submit" variant="quiet" disabled={starting}>
          Set up two-factor sign-in
        </Button>
      </form>
    );
  }
  return (
    <form action={confirm} className="flex flex-col gap-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Scan this with your authenticator app, or type the key.
      </p>
      {/* biome-ignore lint/performance/noImgElement: a generated SVG data URL needs no optimisation */}
      <img src={qr} alt="QR code of the two-factor key" width={200} height={200} className="rounded-lg bg-white p-2" />
      <code className="break-all text-sm" data-testid="totp-secret">
        {started.data?.secret}
      </code>
      <Field
        label="Code from the app"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        errors={confirmed.fieldErrors?.code}
      />
      <Button type="submit" disabled={confirming}>
        Turn on
      </Button>
    </form>
  );
}
