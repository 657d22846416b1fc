import { db } from '../db/client';
import type { PrismaClient } from '../db/generated/client';
import type { CsvMapping } from './types';

// The remembered spreadsheet mappings: previewImport saves the mapping a file was read with,
// and applies it to the next file with the same headers unless asked not to.

/** Mappings are remembered per header set: the same headers, in any order and case. */
const headerKey = (headers: string[]) =>
  headers
    .map((h) => h.trim().toLowerCase())
    .sort()
    .join('\u001f');

export async function getSavedCsvMappingWith(
  prisma: PrismaClient,
  userId: number,
  headers: string[],
): Promise<CsvMapping | null> {
  const [row] = await prisma.$queryRaw<{ mapping: CsvMapping }[]>`SELECT mapping FROM import_mappings
    WHERE user_id = ${userId} AND header_key = ${headerKey(headers)}`;
  return row?.mapping ?? null;
}

export const getSavedCsvMapping = (userId: number, headers: string[]) => getSavedCsvMappingWith(db(), userId, headers);

export async function saveCsvMapping(
  prisma: PrismaClient,
  userId: number,
  headers: string[],
  mapping: CsvMapping,
): Promise<void> {
  await prisma.$executeRaw`INSERT INTO import_mappings (user_id, header_key, mapping, updated_at)
    VALUES (${userId}, ${headerKey(headers)}, ${JSON.stringify(mapping)}::jsonb, now())
    ON CONFLICT (user_id, header_key) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`;
}
