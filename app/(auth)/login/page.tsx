import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthFrame } from '@/components/auth/auth-frame';
import { LoginForm } from '@/components/auth/login-form';
import { currentUser } from '@/lib/auth/request';
import { countUsers } from '@/lib/auth/users';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const { next } = await searchParams;
  if ((await countUsers()) === 0) redirect('/setup');
  if (await currentUser()) redirect('/');
  return (
    <AuthFrame title="Sign in" intro="Your films, grades and notes, on your own server.">
      <LoginForm next={typeof next === 'string' ? next : undefined} />
    </AuthFrame>
  );
}
