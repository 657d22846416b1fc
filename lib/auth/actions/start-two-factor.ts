'use server';

import { z } from 'zod';
import { authedFormAction } from '../action';
import { startEnrolment } from '../two-factor';

/** Step 1 of enrolment: a new secret, as a QR code and as text. */
export const startTwoFactorAction = authedFormAction(z.object({}), async (_data, user) => {
  const enrolment = await startEnrolment(user.id, user.username);
  if (!enrolment) return { message: 'Two-factor sign-in is already on.' };
  const qr = `data:image/svg+xml;base64,${Buffer.from(enrolment.qrSvg).toString('base64')}`;
  return { ok: true, data: { qr, secret: enrolment.secret } };
});
