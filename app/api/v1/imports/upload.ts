import 'server-only';
import type { NextResponse } from 'next/server';
import { z } from 'zod';
import { API_ERRORS, apiError, apiErrorBody, invalid } from '@/lib/api/response';
import { MAX_UPLOAD_BYTES } from '@/lib/import/limits';
import { csvMappingSchema, FORMAT_CHOICES } from '@/lib/import/schemas';
import type { CsvMapping, ImportFile, ImportFormat, PreviewResult } from '@/lib/import/types';

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
  sheet: z.string().trim().min(1).max(300, 'sheet is a sheet name of at most 300 characters.').optional(),
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

const tooLarge = () =>
  apiError(
    'too_large',
    `Uploads are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; send the files one by one or use npm run import.`,
  );

/** The body, read up to MAX_UPLOAD_BYTES whatever content-length says (a chunked body has none), or null past it. */
async function readBody(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      length += next.value.length;
      if (length > MAX_UPLOAD_BYTES) {
        await reader.cancel();
        return null;
      }
      chunks.push(next.value);
    }
  }
  const body = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  return body;
}

/** The files (`file`, repeatable) and options (`format`, `mapping`, `useSavedMapping`, a workbook's `sheet`) of a multipart upload, or a 4xx answer. */
export async function readUpload(request: Request): Promise<Upload | NextResponse> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES) return tooLarge();
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data')) {
    return invalid({ body: ['Send the files as multipart/form-data, each in a field named `file`.'] });
  }
  const body = await readBody(request);
  if (!body) return tooLarge();
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return invalid({ body: ['The upload could not be read as multipart/form-data.'] });
  }
  const options = optionsSchema.safeParse({
    format: form.get('format') ?? undefined,
    mapping: form.get('mapping') ?? undefined,
    useSavedMapping: form.get('useSavedMapping') ?? undefined,
    sheet: form.get('sheet') || undefined,
  });
  if (!options.success) return invalid(options.error);
  const uploads = form.getAll('file').filter((f): f is File => typeof f !== 'string');
  if (uploads.length === 0) return invalid({ file: ['Send one or more files in fields named `file`.'] });
  const { sheet, ...rest } = options.data;
  const files = await Promise.all(
    uploads.map(async (f) => ({ name: f.name || 'upload.csv', bytes: new Uint8Array(await f.arrayBuffer()), sheet })),
  );
  return { files, ...rest };
}

/** The HTTP status and body for an outcome of previewImport. */
export function previewAnswer(result: PreviewResult): { status: number; body: object } {
  if (result.ok) return { status: 201, body: result.summary };
  if (result.kind === 'needs-mapping') {
    const { ok: _ok, kind: _kind, ...needs } = result;
    return {
      status: 422,
      body: apiErrorBody(
        'needs_mapping',
        `${needs.file} is a spreadsheet of its own: send \`mapping\` to say which column is what.`,
        needs,
      ),
    };
  }
  const { tooLarge: limit, ...error } = result.error;
  const code = limit ? 'too_large' : 'invalid_file';
  return { status: API_ERRORS[code], body: apiErrorBody(code, undefined, error) };
}
