'use server';

import { z } from 'zod';
import { authedIdFormAction } from '../action';
import { revokeSession } from '../sessions';

const idSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const revokeSessionAction = authedIdFormAction(idSchema, revokeSession, '/settings');
