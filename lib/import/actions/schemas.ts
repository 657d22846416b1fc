import { z } from 'zod';

/** A batch or record id from a form field. */
export const idField = (what: string) =>
  z.coerce
    .number({ error: `A ${what} id is a positive whole number.` })
    .int(`A ${what} id is a positive whole number.`)
    .positive(`A ${what} id is a positive whole number.`)
    .max(2_147_483_647, `No ${what} has so large an id.`);

export const batchFormSchema = z.object({ batchId: idField('batch') });
