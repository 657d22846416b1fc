'use server';

import { z } from 'zod';
import { authedIdFormAction } from '@/lib/auth/action';
import { dismissInboxItem } from '../deliveries';

const idSchema = z.coerce.number().int().positive();

/** Off the Home inbox; the viewing (if one was logged) and the delivery log stay. */
export const dismissInboxAction = authedIdFormAction(idSchema, dismissInboxItem, '/');
