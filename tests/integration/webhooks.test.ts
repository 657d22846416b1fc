import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConnection } from '../../lib/connections/connections';
import { deliveryLog, inbox } from '../../lib/connections/deliveries';
import { resetDeliveryLimits } from '../../lib/connections/rate-limit';
import { watchesOfTitle } from '../../lib/journal/watch-entry';
import { updateWatch } from '../../lib/journal/watch-writes';
import { createUser, loadSamples, setUpFreshDatabase } from '../helpers/api';
import {
  embySample,
  FORM,
  jellyfinSample,
  plexMultipart,
  plexSample,
  postWebhook,
  urlencoded,
} from '../helpers/webhooks';

// The webhook route with the real deliveries in realdata/media-servers, posted as each server
// sends them (content type included), against a real database.

const databaseUrl = await setUpFreshDatabase();
let userId: number;
const secrets: Record<string, string> = {};

beforeAll(async () => {
  userId = await createUser('alice');
  for (const kind of ['plex', 'jellyfin', 'emby', 'generic'] as const) {
    // Plex's connection lives in Auckland: its Saturday-evening UTC play is Sunday's there.
    const timeZone = kind === 'plex' ? 'Pacific/Auckland' : null;
    const { secret, path: url } = await createConnection(userId, kind, { timeZone });
    expect(url).toBe(`/api/v1/webhooks/${kind}/${secret}`);
    secrets[kind] = secret;
  }
});
beforeEach(() => resetDeliveryLimits());

const post = (kind: string, body: BodyInit | ReadableStream, contentType: string, secret = secrets[kind]) =>
  postWebhook(kind, secret, body, contentType);

describe('Plex', () => {
  it('a scrobble (as the sample was sent, urlencoded) logs one viewing dated by lastViewedAt in the connection’s zone; twice (as Plex sends it, multipart with a poster) still one', async () => {
    const first = await post('plex', urlencoded('payload', plexSample()), FORM);
    expect(first).toMatchObject({ status: 200, body: { outcome: 'logged', imdbId: 'tt0090728' } });
    const again = await post('plex', plexMultipart(plexSample(), 40_000).body, plexMultipart(plexSample()).type);
    expect(again.body.outcome).toBe('duplicate');
    const watches = await watchesOfTitle(userId, 'tt0090728');
    expect(watches).toHaveLength(1);
    expect(watches[0]).toMatchObject({ title: 'Big Trouble in Little China', rewatch: false, grade: null });
    // lastViewedAt 1654975910 is 2022-06-11 19:31 UTC, 07:31 on the 12th in Auckland.
    expect(watches[0].watchedOn).toBe('2022-06-12');
  });

  it('media.rate made from the scrobble grades that viewing 8; absent rating clears it', async () => {
    const rate = { ...plexSample(), event: 'media.rate', rating: 8.0 };
    const multipart = plexMultipart(rate, 300_000);
    expect((await post('plex', multipart.body, multipart.type)).body.outcome).toBe('graded');
    const [watch] = await watchesOfTitle(userId, 'tt0090728');
    expect(watch.grade).toBe(8);
    expect((await inbox(userId)).some((d) => d.watchId === watch.id)).toBe(false);
  });

  it('an older agent’s guid (com.plexapp.agents.imdb://…) still names the film; episodes stay out of a films-only connection', async () => {
    const { Guid: _guid, ...metadata } = plexSample().Metadata;
    const older = {
      ...plexSample(),
      Metadata: {
        ...metadata,
        guid: 'com.plexapp.agents.imdb://tt0090728?lang=en',
        lastViewedAt: 1700000000,
        viewCount: 2,
      },
    };
    const { body } = await post('plex', urlencoded('payload', older), FORM);
    expect(body).toMatchObject({ outcome: 'logged', imdbId: 'tt0090728', reason: 'a rewatch' });
    const episode = {
      ...plexSample(),
      Metadata: { ...plexSample().Metadata, type: 'episode', lastViewedAt: 1700000500 },
    };
    const skipped = await post('plex', urlencoded('payload', episode), FORM);
    expect(skipped.body).toMatchObject({ outcome: 'ignored', reason: 'an episode (this connection logs films only)' });
    expect(await watchesOfTitle(userId, 'tt0090728')).toHaveLength(2);
  });

  it('a play or pause is ignored, with the reason in the log', async () => {
    const { body } = await post('plex', urlencoded('payload', { ...plexSample(), event: 'media.pause' }), FORM);
    expect(body).toMatchObject({ outcome: 'ignored', reason: 'not a completed play or a rating' });
  });
});

describe('Jellyfin', () => {
  it('PlaybackStop with PlayedToCompletion logs one viewing', async () => {
    const { body } = await post('jellyfin', JSON.stringify(jellyfinSample()), 'application/json');
    expect(body).toMatchObject({ outcome: 'logged', imdbId: 'tt9764362' });
    expect(await watchesOfTitle(userId, 'tt9764362')).toHaveLength(1);
    expect((await inbox(userId)).map((d) => d.title)).toContain('The Menu');
  });

  it('UserDataSaved with the played flag (marked as watched) logs', async () => {
    const marked = {
      ...jellyfinSample(),
      NotificationType: 'UserDataSaved',
      SaveReason: 'TogglePlayed',
      Played: true,
      UtcTimestamp: '2023-02-10T20:00:00Z',
    };
    const { body } = await post('jellyfin', JSON.stringify(marked), 'application/json');
    expect(body.outcome).toBe('logged');
    const watches = await watchesOfTitle(userId, 'tt9764362');
    expect(watches).toHaveLength(2);
    expect(watches[0].rewatch).toBe(true);
    // Graded in the diary instead: it leaves the inbox by itself.
    await updateWatch(userId, watches[0].id, { grade: 6 });
    expect((await inbox(userId)).some((d) => d.watchId === watches[0].id)).toBe(false);
  });

  it('a hand-written template’s "True"/"False" strings count as the flags', async () => {
    const templated = {
      ...jellyfinSample(),
      NotificationType: 'UserDataSaved',
      SaveReason: 'TogglePlayed',
      Played: 'False',
      UtcTimestamp: '2023-02-11T20:00:00Z',
    };
    const { body } = await post('jellyfin', JSON.stringify(templated), 'application/json');
    expect(body).toMatchObject({ outcome: 'ignored', reason: 'user data saved without the played flag' });
  });

  it('a stop before the end without the completion flag is ignored', async () => {
    const early = { ...jellyfinSample(), PlayedToCompletion: false, UtcTimestamp: '2023-03-01T20:00:00Z' };
    expect((await post('jellyfin', JSON.stringify(early), 'application/json')).body.outcome).toBe('ignored');
  });
});

describe('Emby', () => {
  it('the early stop (7 %) logs nothing', async () => {
    const { body } = await post('emby', urlencoded('data', embySample()), FORM);
    expect(body).toMatchObject({ outcome: 'ignored', reason: 'stopped before the end' });
    expect(await watchesOfTitle(userId, 'tt0322259')).toHaveLength(0);
  });

  it('item.markplayed logs', async () => {
    const marked = { ...embySample(), Event: 'item.markplayed' };
    expect((await post('emby', urlencoded('data', marked), FORM)).body.outcome).toBe('logged');
    expect(await watchesOfTitle(userId, 'tt0322259')).toHaveLength(1);
  });
});

describe('generic', () => {
  it('a title without an IMDb id and no IMDb data goes to the inbox as unmatched', async () => {
    const { body } = await post(
      'generic',
      JSON.stringify({ title: 'Some Home Video', year: 2020 }),
      'application/json',
    );
    expect(body.outcome).toBe('unmatched');
    expect((await inbox(userId)).find((d) => d.title === 'Some Home Video')?.outcome).toBe('unmatched');
  });

  it('names the bad field', async () => {
    const { status, body } = await post('generic', JSON.stringify({ imdbId: 'nope' }), 'application/json');
    expect(status).toBe(400);
    expect(body.message).toContain('imdbId');
  });
});

describe('matching without an IMDb id', () => {
  it('a title and year go through the import’s matching once the IMDb data is loaded', async () => {
    await loadSamples(databaseUrl);
    const { body } = await post(
      'generic',
      JSON.stringify({ title: 'Carmencita', year: 1894, watchedAt: '2024-03-09T20:00:00Z', grade: 7 }),
      'application/json',
    );
    expect(body).toMatchObject({ outcome: 'logged', imdbId: 'tt0000001' });
    const [watch] = await watchesOfTitle(userId, 'tt0000001');
    expect(watch).toMatchObject({ watchedOn: '2024-03-09', grade: 7 });
  }, 120_000);
});

describe('rewatches', () => {
  it('follow the dates of the plays, also when an older play is delivered after a newer one', async () => {
    const play = (watchedAt: string) =>
      post(
        'generic',
        JSON.stringify({ imdbId: 'tt9000001', title: 'A Film Seen Twice', year: 2020, watchedAt }),
        'application/json',
      );
    expect((await play('2024-05-10T20:00:00Z')).body).toMatchObject({ outcome: 'logged', reason: null });
    expect((await play('2024-01-10T20:00:00Z')).body).toMatchObject({ outcome: 'logged', reason: null });
    const watches = await watchesOfTitle(userId, 'tt9000001');
    expect(watches.map((w) => [w.watchedOn, w.rewatch])).toEqual([
      ['2024-05-10', true],
      ['2024-01-10', false],
    ]);
  });
});

describe('the delivery log', () => {
  it('lists every delivery with its outcome', async () => {
    const log = await deliveryLog(userId);
    expect(log.length).toBeLessThanOrEqual(100);
    const lines = log
      .slice()
      .reverse()
      .map(
        (d) =>
          `${d.receivedAt.toISOString()} ${d.kind.padEnd(8)} ${d.event.padEnd(16)} ${d.outcome.padEnd(9)} ${d.title ?? ''}${d.reason ? ` — ${d.reason}` : ''}`,
      );
    if (process.env.PRINT_DELIVERY_LOG) console.log(lines.join('\n'));
    expect(log.map((d) => d.outcome)).toEqual(
      expect.arrayContaining(['logged', 'duplicate', 'graded', 'ignored', 'unmatched', 'refused']),
    );
  });
});
