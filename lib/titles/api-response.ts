import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';

// The JSON API's answers for bad input and unknown ids, the same on every /api/v1 route:
// 400 { error: 'invalid', fields: { name: [messages] } } and 404 { error: 'not_found' }.

export type FieldMessages = Record<string, string[]>;

export function fieldsOf(error: z.ZodError): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'body';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

export function invalid(fields: FieldMessages | z.ZodError): NextResponse {
  return NextResponse.json(
    { error: 'invalid', fields: fields instanceof z.ZodError ? fieldsOf(fields) : fields },
    { status: 400 },
  );
}

export function notFound(): NextResponse {
  return NextResponse.json({ error: 'not_found' }, { status: 404 });
}

/**
 * The request's JSON object body, or a 4xx answer when it is not one. The Content-Type must say
 * JSON: a browser sends text/plain and form bodies across origins without asking first.
 */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | NextResponse> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return NextResponse.json(
      { error: 'unsupported_media_type', message: 'Send the body as JSON with Content-Type: application/json.' },
      { status: 415 },
    );
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
