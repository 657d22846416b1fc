import { z } from 'zod';
import { idField } from '@/lib/import/schemas';

export const batchParamsSchema = z.object({ id: idField('batch') });
export const recordParamsSchema = z.object({ recordId: idField('record') });
