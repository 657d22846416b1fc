import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { MAX_UPLOAD_BYTES } from '@/components/import/upload-request';
import type { CsvMapping, ImportFile, ImportFormat, PreviewResult } from '@/lib/import/types';
import { invalid } from '@/lib/titles/api-response';

// POST /api/v1/imports: reading the multipart upload, and the answer for each preview outcome.

const column = z.string().trim().min(1, 'A column name.').max(300, 'Column names are at most 300 characters.');

const csvMappingSchema = z
  .object({
    title: column.optional(),
    year: column.optional(),
    imdbId: column.optional(),
    date: column.optional(),
    dateOrder: z.enum(['ymd', 'dmy', 'mdy'], { error: 'dateOrder is ymd, dmy or mdy.' }).optional(),
    grade: column.optional(),
    gradeScale: z
      .union([z.literal(5), z.literal(10), z.literal(100)], { error: 'gradeScale is 5, 10 or 100.' })
      .optional(),
    rewatch: column.optional(),
    review: column.optional(),
    tags: column.optional(),
    place: column.optional(),
    companions: column.optional(),
  })
  .strict();

const FORMATS = ['auto', 'imdb-ratings', 'imdb-list', 'letterboxd', 'csv', 'journal-json'] as const;

const optionsSchema = z.object({
  format: z.enum(FORMATS, { error: `format is one of ${FORMATS.join(', ')}.` }).default('auto'),
  mapping: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping is a JSON object: {"title": "Film", "date": "Seen"…}.' });
        return z.NEVER;
      }
    })
    .pipe(csvMappingSchema.optional()),
});

export interface Upload {
  files: ImportFile[];
  format: ImportFormat | 'auto';
  mapping: CsvMapping | undefined;
}

/** The files (`file`, repeatable) and options (`format`, `mapping`) of a multipart upload, or a 4xx answer. */
export async function readUpload(request: Request): Promise<Upload | NextResponse> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_UPLOAD_BYTES) {
    return NextResponse.json(
      {
        error: 'too_large',
        message: `Uploads are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; send the files one by one or use npm run import.`,
      },
      { status: 413 },
    );
  }
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    return invalid({ body: ['Send the files as multipart/form-data, each in a field named `file`.'] });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return invalid({ body: ['The upload could not be read as multipart/form-data.'] });
  }
  const options = optionsSchema.safeParse({
    format: form.get('format') ?? undefined,
    mapping: form.get('mapping') ?? undefined,
  });
  if (!options.success) return invalid(options.error);
  const uploads = form.getAll('file').filter((f): f is File => typeof f !== 'string');
  if (uploads.length === 0) return invalid({ file: ['Send one or more files in fields named `file`.'] });
  const files = await Promise.all(
    uploads.map(async (f) => ({ name: f.name || 'upload.csv', bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return { files, format: options.data.format, mapping: options.data.mapping };
}

/** The HTTP status and body for an outcome of previewImport. */
export function previewAnswer(result: PreviewResult): { status: number; body: object } {
  if (result.ok) return { status: 201, body: result.summary };
  if (result.kind === 'needs-mapping') {
    const { ok: _ok, kind: _kind, ...needs } = result;
    return {
      status: 422,
      body: {
        error: 'needs_mapping',
        message: `${needs.file} is a spreadsheet of its own: send \`mapping\` to say which column is what.`,
        ...needs,
      },
    };
  }
  return { status: 422, body: { error: 'invalid_file', ...result.error } };
}
