'use server';

import { redirect } from 'next/navigation';
import { clearSessionCookie } from '../request';
import { deleteSession } from '../sessions';

export async function logout(): Promise<void> {
  await deleteSession(await clearSessionCookie());
  redirect('/login');
}
