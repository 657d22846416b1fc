import { NextResponse } from 'next/server';
import { apiError } from '@/lib/api/response';
import { receiveWebhook } from '@/lib/connections';

// Media servers post here with the secret in the URL: no session cookie or API token is read.

export async function POST(request: Request, context: { params: Promise<{ kind: string; secret: string }> }) {
  const { kind, secret } = await context.params;
  const answer = await receiveWebhook(kind, secret, request);
  if (answer.status === 200) {
    const { outcome, reason, title, imdbId, watchId } = answer.record;
    return NextResponse.json({
      outcome,
      reason: reason ?? null,
      title: title ?? null,
      imdbId: imdbId ?? null,
      watchId: watchId ?? null,
    });
  }
  const code = ({ 400: 'invalid', 404: 'not_found', 413: 'too_large', 429: 'rate_limited' } as const)[answer.status];
  const headers: Record<string, string> = answer.retryAfter ? { 'Retry-After': String(answer.retryAfter) } : {};
  return apiError(code, answer.message, {}, headers);
}
