'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '../action';
import { clearSessionCookie } from '../request';
import { signOutEverywhere } from '../users';

/** Ends every session of the account (this one too) and revokes all its API tokens. */
export const signOutEverywhereAction = authedAction(z.unknown(), undefined, async (_form, user) => {
  await signOutEverywhere(user.id);
  await clearSessionCookie();
  redirect('/login');
});
