'use server';

import { z } from 'zod';
import { authedIdFormAction } from '@/lib/auth/action';
import { revokeConnection } from '../connections';

const idSchema = z.coerce.number().int().positive();

/** The connection's URL answers 404 from now on; its delivery log stays. */
export const revokeConnectionAction = authedIdFormAction(idSchema, revokeConnection, '/settings');
