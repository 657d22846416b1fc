'use server';

import { z } from 'zod';
import { authedIdFormAction } from '../action';
import { revokeApiToken } from '../api-tokens';

const idSchema = z.coerce.number().int().positive();

export const revokeApiTokenAction = authedIdFormAction(idSchema, revokeApiToken, '/settings');
