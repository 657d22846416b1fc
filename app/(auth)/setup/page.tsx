import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { AuthFrame } from '@/components/auth/auth-frame';
import { SetupForm } from '@/components/auth/setup-form';
import { countUsers } from '@/lib/auth/users';

export const metadata: Metadata = { title: 'Set up' };

export default async function SetupPage() {
  await connection();
  if ((await countUsers()) > 0) redirect('/login');
  return (
    <AuthFrame
      title="Welcome"
      intro="Create the owner account of this journal. You need the setup code that the server printed in its log when it started."
    >
      <SetupForm />
    </AuthFrame>
  );
}
