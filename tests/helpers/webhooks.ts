import { readFileSync } from 'node:fs';
import path from 'node:path';
import { POST } from '../../app/api/v1/webhooks/[kind]/[secret]/route';
import { checkAnswer } from './api';
import { REALDATA } from './etl-data';

// The real media-server deliveries (realdata/media-servers) and the ways their servers send them.

const SAMPLES = path.join(REALDATA, '..', 'media-servers');
const sample = (name: string) => JSON.parse(readFileSync(path.join(SAMPLES, name), 'utf8'));
export const plexSample = () => sample('plex-media.scrobble-movie.json');
export const jellyfinSample = () => sample('jellyfin-PlaybackStop-movie.json');
export const embySample = () => sample('emby-playback.stop-movie-stopped-early.json');

/** A POST to the webhook route, with a session cookie that the route must not care about. */
export async function postWebhook(kind: string, secret: string, body: BodyInit | ReadableStream, contentType: string) {
  const request = new Request(`http://localhost/api/v1/webhooks/${kind}/${secret}`, {
    method: 'POST',
    headers: { 'content-type': contentType, cookie: 'mmj_session=whatever' },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const response = await checkAnswer(request, await POST(request, { params: Promise.resolve({ kind, secret }) }));
  return { status: response.status, body: await response.json() };
}

/** Plex's own way: multipart/form-data with a `payload` part and, on some events, a `thumb` JPEG. */
export function plexMultipart(payload: unknown, thumbBytes = 0): { body: Blob; type: string } {
  const form = new FormData();
  form.append('payload', JSON.stringify(payload));
  if (thumbBytes)
    form.append('thumb', new Blob([new Uint8Array(thumbBytes).fill(0xff)], { type: 'image/jpeg' }), 'thumb.jpg');
  const boundary = 'plexBoundary1234';
  const parts: (string | Blob)[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      parts.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\nContent-Type: application/json\r\n\r\n${value}\r\n`,
      );
    } else {
      parts.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="thumb.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
        value,
        '\r\n',
      );
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { body: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}

export const urlencoded = (field: string, value: unknown) =>
  new URLSearchParams({ [field]: JSON.stringify(value) }).toString();
export const FORM = 'application/x-www-form-urlencoded';
