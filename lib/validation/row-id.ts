import { z } from 'zod';

// Row ids are PostgreSQL integers: a larger number would be a 500 instead of "not found".
const MAX_ROW_ID = 2_147_483_647;

export const isRowId = (id: number): boolean => Number.isSafeInteger(id) && id > 0 && id <= MAX_ROW_ID;

/** An id from a form field, a body or a URL segment. */
export const rowIdSchema = (what: string) =>
  z.coerce
    .number({ error: `A ${what} id is a positive whole number.` })
    .int(`A ${what} id is a positive whole number.`)
    .positive(`A ${what} id is a positive whole number.`)
    .max(MAX_ROW_ID, `No ${what} has so large an id.`);
