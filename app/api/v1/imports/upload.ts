import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { MAX_UPLOAD_BYTES } from '@/lib/import/limits';
import { csvMappingSchema, FORMAT_CHOICES } from '@/lib/import/schemas';
import type { CsvMapping, ImportFile, ImportFormat, PreviewResult } from '@/lib/import/types';
import { invalid } from '@/lib/titles/api-response';

// POST /api/v1/imports: reading the multipart upload, and the answer for each preview outcome.

const optionsSchema = z.object({
  format: z.enum(FORMAT_CHOICES, { error: `format is one of ${FORMAT_CHOICES.join(', ')}.` }).default('auto'),
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
  useSavedMapping: z
    .enum(['true', 'false'], { error: 'useSavedMapping is true or false.' })
    .default('true')
    .transform((v) => v === 'true'),
});

export interface Upload {
  files: ImportFile[];
  format: ImportFormat | 'auto';
  mapping?: CsvMapping;
  /** false: ask for the columns again even when the file's headers have a remembered mapping. */
  useSavedMapping: boolean;
}

/** The files (`file`, repeatable) and options (`format`, `mapping`, `useSavedMapping`) of a multipart upload, or a 4xx answer. */
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
    useSavedMapping: form.get('useSavedMapping') ?? undefined,
  });
  if (!options.success) return invalid(options.error);
  const uploads = form.getAll('file').filter((f): f is File => typeof f !== 'string');
  if (uploads.length === 0) return invalid({ file: ['Send one or more files in fields named `file`.'] });
  const files = await Promise.all(
    uploads.map(async (f) => ({ name: f.name || 'upload.csv', bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return { files, ...options.data };
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
