import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';

// The JSON API's error answers, the same on every /api/v1 route: { error: code, message?, … }
// with the code's status, e.g. 400 { error: 'invalid', fields: { name: [messages] } }.

/** Every error code the API answers with, and its HTTP status. */
export const API_ERRORS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  in_progress: 409,
  too_large: 413,
  unsupported_media_type: 415,
  needs_mapping: 422,
  invalid_file: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export type FieldMessages = Record<string, string[]>;

/** The body of an error answer (for answers that are not sent at once, like a stream's last line). */
export function apiErrorBody(code: ApiErrorCode, message?: string, extra: object = {}) {
  return { error: code, ...(message === undefined ? {} : { message }), ...extra };
}

export function apiError(
  code: ApiErrorCode,
  message?: string,
  extra: object = {},
  headers?: HeadersInit,
): NextResponse {
  return NextResponse.json(apiErrorBody(code, message, extra), { status: API_ERRORS[code], headers });
}

export function fieldsOf(error: z.ZodError): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'body';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

export function invalid(fields: FieldMessages | z.ZodError): NextResponse {
  return apiError('invalid', undefined, { fields: fields instanceof z.ZodError ? fieldsOf(fields) : fields });
}

export function notFound(): NextResponse {
  return apiError('not_found');
}

/**
 * The request's JSON object body, or a 4xx answer when it is not one. The Content-Type must say
 * JSON: a browser sends text/plain and form bodies across origins without asking first.
 */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | NextResponse> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return apiError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return invalid({ body: ['Send a JSON object (Content-Type: application/json).'] });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return invalid({ body: ['Send a JSON object.'] });
  }
  return body as Record<string, unknown>;
}

function isJsonContentType(header: string | null): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type ?? '');
}

/** The query string as a plain object (the first value of a repeated key). */
export function queryOf(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in out)) out[key] = value;
  return out;
}
