'use server';

import { redirect } from 'next/navigation';
import { formAction } from '../action';
import { createLoginDevice } from '../login-devices';
import { clientIp, setDeviceCookie, setSessionCookie, userAgent } from '../request';
import { setupSchema } from '../schemas';
import { createSession } from '../sessions';
import { checkSetupCode } from '../setup-code';
import { createUser } from '../users';

export const setupOwner = formAction(setupSchema, async (data) => {
  const code = checkSetupCode(data.setupCode, await clientIp());
  if (!code.ok) return { fieldErrors: { setupCode: [code.message] } };
  const created = await createUser(data.username, data.password, { onlyIfFirst: true });
  if (!created.ok) return { message: 'This journal already has an owner. Sign in instead.' };
  const { token } = await createSession(created.user.id, await userAgent());
  await setSessionCookie(token);
  await setDeviceCookie(await createLoginDevice(created.user.id));
  redirect('/');
});
