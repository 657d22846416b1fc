import 'server-only';
import { watchesOfTitle } from '../journal/watch-entry';
import { createWatch, updateWatch } from '../journal/watch-writes';
import type { Connection } from './connections';
import { claimPlay, type DeliveryRecord, leaveInbox, recordDelivery, releasePlay } from './deliveries';
import { matchItem } from './match';
import type { MediaEvent, ParseResult } from './types';
import { localDay } from './when';

// What a parsed delivery does to the journal. Viewings go through the journal's own createWatch
// (the log sheet's path); every delivery, whatever came of it, is written to the delivery log.

export async function deliver(connection: Connection, result: ParseResult): Promise<DeliveryRecord> {
  const record = await apply(connection, result);
  await recordDelivery(connection.id, record);
  return record;
}

async function apply(connection: Connection, result: ParseResult): Promise<DeliveryRecord> {
  const base = { event: result.event, player: result.player };
  if (connection.serverUser && result.serverUser?.toLowerCase() !== connection.serverUser.toLowerCase()) {
    return {
      ...base,
      outcome: 'ignored',
      reason: `played by ${result.serverUser ?? 'an unnamed user'}, not ${connection.serverUser}`,
    };
  }
  const what = { ...base, title: result.item?.title, year: result.item?.year, imdbId: result.item?.imdbId };
  if (result.type === 'ignored') return { ...what, outcome: 'ignored', reason: result.reason };
  if (result.item.episode && !connection.includeEpisodes) {
    return { ...what, outcome: 'ignored', reason: 'an episode (this connection logs films only)' };
  }
  if (result.type === 'play' && !(await claimPlay(connection.id, result.playKey))) {
    return { ...what, outcome: 'duplicate', reason: 'this play was delivered before', watchedAt: result.watchedAt };
  }
  const matched = await matchItem(result.item);
  if ('reason' in matched) {
    const watchedAt = result.type === 'play' ? result.watchedAt : null;
    return { ...what, outcome: 'unmatched', reason: matched.reason, watchedAt, inbox: true };
  }
  return result.type === 'play'
    ? logPlay(connection, result, matched.tconst, what)
    : grade(connection, result, matched.tconst, what);
}

type What = Omit<DeliveryRecord, 'outcome'>;
type Play = Extract<MediaEvent, { type: 'play' }>;
type Rate = Extract<MediaEvent, { type: 'rate' }>;

async function logPlay(connection: Connection, play: Play, tconst: string, what: What) {
  // createWatch places the play among the title's viewings by date (a server catching up
  // delivers plays late): an earlier one makes it a rewatch, later ones become rewatches.
  const result = await createWatch(
    connection.userId,
    { tconst, watchedOn: localDay(play.watchedAt, connection.timeZone), grade: play.grade ?? null },
    { provisional: provisionalOf(connection, play), removeFromWatchlist: true },
  );
  if (!result.ok) {
    await releasePlay(connection.id, play.playKey, null);
    const reason = result.error === 'invalid' ? Object.values(result.fieldErrors).flat().join(' ') : 'not found';
    return { ...what, outcome: 'refused' as const, reason };
  }
  await releasePlay(connection.id, play.playKey, result.watch.id);
  return {
    ...what,
    outcome: 'logged' as const,
    title: result.watch.title ?? what.title,
    imdbId: tconst,
    watchedAt: play.watchedAt,
    watchId: result.watch.id,
    inbox: result.watch.grade === null,
    reason: result.watch.rewatch ? 'a rewatch' : null,
  };
}

async function grade(connection: Connection, rate: Rate, tconst: string, what: What) {
  const [latest] = await watchesOfTitle(connection.userId, tconst);
  const result = latest
    ? await updateWatch(connection.userId, latest.id, { grade: rate.grade })
    : await createWatch(
        connection.userId,
        { tconst, watchedOn: '', grade: rate.grade },
        { provisional: provisionalOf(connection, rate) },
      );
  if (!result.ok) return { ...what, outcome: 'refused' as const, reason: 'the grade was not accepted' };
  if (rate.grade !== null) await leaveInbox(connection.userId, result.watch.id);
  const verb = rate.grade === null ? 'grade cleared' : `graded ${rate.grade}`;
  return {
    ...what,
    outcome: 'graded' as const,
    imdbId: tconst,
    watchId: result.watch.id,
    reason: latest ? verb : `${verb}, as an undated viewing (none was logged)`,
  };
}

function provisionalOf(connection: Connection, event: MediaEvent) {
  if (!event.item.title) return undefined;
  return {
    title: event.item.title,
    year: event.item.year,
    type: event.item.episode ? 'tvEpisode' : 'movie',
    source: connection.kind,
  };
}
