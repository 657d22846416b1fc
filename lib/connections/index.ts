import 'server-only';
import { sha256 } from '../auth/secrets';
import { readWebhookBody } from './body';
import { connectionOfSecret } from './connections';
import { deliver } from './deliver';
import type { DeliveryRecord } from './deliveries';
import { recordDelivery } from './deliveries';
import { parseEmby } from './parsers/emby';
import { parseGeneric } from './parsers/generic';
import { parseJellyfin } from './parsers/jellyfin';
import { parsePlex } from './parsers/plex';
import { takeDelivery } from './rate-limit';
import { type ConnectionKind, isConnectionKind, type ParseResult } from './types';

// One webhook delivery from end to end: the secret, the rate limit, the bounded body, the
// server's parser, the journal. Expected failures are answers with a status, never throws.

const PARSERS: Record<ConnectionKind, (body: unknown) => ParseResult | { error: string }> = {
  plex: parsePlex,
  jellyfin: parseJellyfin,
  emby: parseEmby,
  generic: parseGeneric,
};

export type WebhookAnswer =
  | { status: 200; record: DeliveryRecord }
  | { status: 400 | 404 | 413 | 429; message: string; retryAfter?: number };

export async function receiveWebhook(kind: string, secret: string, request: Request): Promise<WebhookAnswer> {
  const notFound = { status: 404, message: 'No such webhook.' } as const;
  if (!isConnectionKind(kind) || secret.length > 200) return notFound;
  const wait = takeDelivery(sha256(secret));
  if (wait > 0) return { status: 429, message: 'Too many deliveries; try again shortly.', retryAfter: wait };
  const connection = await connectionOfSecret(kind, secret);
  if (!connection) return notFound;
  const body = await readWebhookBody(request);
  if (!body.ok) {
    await recordDelivery(connection.id, { event: '?', outcome: 'refused', reason: body.message });
    return { status: body.status, message: body.message };
  }
  const parsed = PARSERS[kind](body.value);
  if ('error' in parsed) {
    await recordDelivery(connection.id, { event: eventName(body.value), outcome: 'refused', reason: parsed.error });
    return { status: 400, message: parsed.error };
  }
  return { status: 200, record: await deliver(connection, parsed) };
}

function eventName(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '?';
  const v = value as Record<string, unknown>;
  const name = v.event ?? v.Event ?? v.NotificationType;
  return typeof name === 'string' ? name : '?';
}
