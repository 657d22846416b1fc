import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthFrame } from '@/components/auth/auth-frame';
import { SecondFactorForm } from '@/components/auth/second-factor-form';
import { PENDING_COOKIE, pendingLoginOf } from '@/lib/auth/pending-login';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

export default async function VerifyPage() {
  if (!pendingLoginOf((await cookies()).get(PENDING_COOKIE)?.value)) redirect('/login');
  return (
    <AuthFrame title="One more step" intro="Type the 6-digit code your authenticator app shows, or a recovery code.">
      <SecondFactorForm />
    </AuthFrame>
  );
}
