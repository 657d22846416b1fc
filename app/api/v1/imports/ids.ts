import { z } from 'zod';
import { idField } from '@/lib/import/actions/schemas';

export const batchParamsSchema = z.object({ id: idField('batch') });
export const recordParamsSchema = z.object({ recordId: idField('record') });
