'use server';

import { redirect } from 'next/navigation';
import { formAction } from '../action';
import { setSessionCookie, userAgent } from '../request';
import { setupSchema } from '../schemas';
import { createSession } from '../sessions';
import { isSetupCode } from '../setup-code';
import { createUser } from '../users';

export const setupOwner = formAction(setupSchema, async (data) => {
  if (!isSetupCode(data.setupCode)) {
    return { fieldErrors: { setupCode: ['That is not the code the server printed when it started.'] } };
  }
  const created = await createUser(data.username, data.password, { onlyIfFirst: true });
  if (!created.ok) return { message: 'This journal already has an owner. Sign in instead.' };
  const { token } = await createSession(created.user.id, await userAgent());
  await setSessionCookie(token);
  redirect('/');
});
