'use server';

import { redirect } from 'next/navigation';
import { clearSessionCookie, requireUser } from '../request';
import { signOutEverywhere } from '../users';

/** Ends every session of the account (this one too) and revokes all its API tokens. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await signOutEverywhere(user.id);
  await clearSessionCookie();
  redirect('/login');
}
