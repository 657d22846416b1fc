import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConnection, listConnections, revokeConnection } from '../../lib/connections/connections';
import { deliveryLog, inbox } from '../../lib/connections/deliveries';
import { resetDeliveryLimits } from '../../lib/connections/rate-limit';
import { watchesOfTitle } from '../../lib/journal/watch-entry';
import { createUser, setUpFreshDatabase } from '../helpers/api';
import {
  embySample,
  FORM,
  jellyfinSample,
  plexMultipart,
  plexSample,
  postWebhook,
  urlencoded,
} from '../helpers/webhooks';

// What the webhook route refuses (wrong secrets, oversized bodies, floods) and whose plays a
// connection takes, against a real database.

await setUpFreshDatabase();

let userId: number;
const secrets: Record<string, string> = {};

beforeAll(async () => {
  userId = await createUser('alice');
  for (const kind of ['plex', 'jellyfin', 'emby', 'generic'] as const) {
    secrets[kind] = (await createConnection(userId, kind)).secret;
  }
});
beforeEach(() => resetDeliveryLimits());

const post = (kind: string, body: BodyInit | ReadableStream, contentType: string, secret = secrets[kind]) =>
  postWebhook(kind, secret, body, contentType);

describe('refusals', () => {
  it('a wrong, revoked or other-kind secret answers 404, cookie or not', async () => {
    expect((await post('plex', urlencoded('payload', plexSample()), FORM, 'wrong')).status).toBe(404);
    expect((await post('jellyfin', urlencoded('payload', plexSample()), FORM, secrets.plex)).status).toBe(404);
    expect((await post('nothing', '{}', 'application/json', secrets.plex)).status).toBe(404);
    const { secret } = await createConnection(userId, 'generic');
    const generic = (await listConnections(userId)).find((c) => c.kind === 'generic');
    await revokeConnection(userId, generic?.id ?? 0);
    expect((await post('generic', '{"imdbId":"tt0090728"}', 'application/json', secret)).status).toBe(404);
    secrets.generic = (await createConnection(userId, 'generic')).secret;
  });

  it('an oversized body is refused without reading it whole', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 10_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const { status } = await post('jellyfin', endless, 'application/json');
    expect(status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it('a multipart body larger than its limit is refused while streaming, a large poster is skipped', async () => {
    const big = plexMultipart({ ...plexSample(), event: 'media.play' }, 2 * 1024 * 1024);
    expect((await post('plex', big.body, big.type)).body.outcome).toBe('ignored');
    let pulled = 0;
    const head = new TextEncoder().encode(
      '--b\r\nContent-Disposition: form-data; name="thumb"; filename="t.jpg"\r\n\r\n',
    );
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(pulled++ === 0 ? head : new Uint8Array(1024 * 1024));
        if (pulled > 1000) controller.close();
      },
    });
    expect((await post('plex', endless, 'multipart/form-data; boundary=b')).status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });

  it('deliveries are rate-limited per secret', async () => {
    const { secret } = await createConnection(await createUser('carol'), 'emby');
    const statuses: number[] = [];
    for (let i = 0; i < 62; i++) {
      statuses.push((await post('emby', urlencoded('data', embySample()), FORM, secret)).status);
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('a household', () => {
  it("a connection filtered on the media server's user ignores another user's play; other accounts stay untouched", async () => {
    expect((await post('jellyfin', JSON.stringify(jellyfinSample()), 'application/json')).body.outcome).toBe('logged');
    const bob = await createUser('bob');
    expect(await watchesOfTitle(bob, 'tt9764362')).toHaveLength(0);
    expect(await deliveryLog(bob)).toHaveLength(0);
    expect(await inbox(bob)).toHaveLength(0);
    const { secret } = await createConnection(bob, 'jellyfin', { serverUser: 'bob' });
    const { body } = await post('jellyfin', JSON.stringify(jellyfinSample()), 'application/json', secret);
    expect(body).toMatchObject({ outcome: 'ignored', reason: 'played by jellyfin, not bob' });
    expect(await watchesOfTitle(bob, 'tt9764362')).toHaveLength(0);
    expect(await watchesOfTitle(userId, 'tt9764362')).toHaveLength(1);
    expect((await deliveryLog(bob)).map((d) => d.outcome)).toEqual(['ignored']);
  });
});
