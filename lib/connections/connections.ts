import { timingSafeEqual } from 'node:crypto';
import { randomSecret, sha256 } from '../auth/secrets';
import { db } from '../db/client';
import type { ConnectionKind } from './types';

// One connection per account and server kind: its secret is part of the webhook URL and is
// shown once; only the SHA-256 is stored. Creating a new one revokes the previous.

export interface Connection {
  id: number;
  userId: number;
  kind: ConnectionKind;
  serverUser: string | null;
  includeEpisodes: boolean;
  /** The household's IANA zone: the day a play is dated on (null: the server's zone). */
  timeZone: string | null;
  createdAt: Date;
}

export interface ConnectionOptions {
  serverUser?: string | null;
  includeEpisodes?: boolean;
  timeZone?: string | null;
}

const webhookPath = (kind: ConnectionKind, secret: string) => `/api/v1/webhooks/${kind}/${secret}`;

export async function createConnection(
  userId: number,
  kind: ConnectionKind,
  options: ConnectionOptions = {},
): Promise<{ secret: string; path: string }> {
  const secret = randomSecret();
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE media_connections SET revoked_at = now() WHERE user_id = ${userId} AND kind = ${kind} AND revoked_at IS NULL`;
    await tx.$executeRaw`
      INSERT INTO media_connections (user_id, kind, secret_hash, server_user, include_episodes, time_zone)
      VALUES (${userId}, ${kind}, ${sha256(secret)}, ${options.serverUser || null}, ${options.includeEpisodes ?? false},
              ${options.timeZone || null})`;
  });
  return { secret, path: webhookPath(kind, secret) };
}

interface Row {
  id: number;
  user_id: number;
  kind: ConnectionKind;
  secret_hash: string;
  server_user: string | null;
  include_episodes: boolean;
  time_zone: string | null;
  created_at: Date;
}

const toConnection = (r: Row): Connection => ({
  id: r.id,
  userId: r.user_id,
  kind: r.kind,
  serverUser: r.server_user,
  includeEpisodes: r.include_episodes,
  timeZone: r.time_zone,
  createdAt: r.created_at,
});

/** The live connection a webhook URL names, or null (wrong kind, unknown or revoked secret). */
export async function connectionOfSecret(kind: ConnectionKind, secret: string): Promise<Connection | null> {
  const hash = sha256(secret);
  const [row] = await db().$queryRaw<Row[]>`
    SELECT * FROM media_connections WHERE secret_hash = ${hash} AND revoked_at IS NULL`;
  // The lookup goes by hash; the comparison that decides is constant-time all the same.
  const stored = Buffer.from(row?.secret_hash ?? '0'.repeat(64));
  const match = timingSafeEqual(stored, Buffer.from(hash)) && row?.kind === kind;
  return match && row ? toConnection(row) : null;
}

export async function listConnections(userId: number): Promise<Connection[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT * FROM media_connections WHERE user_id = ${userId} AND revoked_at IS NULL ORDER BY kind`;
  return rows.map(toConnection);
}

export async function updateConnection(
  userId: number,
  id: number,
  options: Required<ConnectionOptions>,
): Promise<boolean> {
  const count = await db().$executeRaw`
    UPDATE media_connections SET server_user = ${options.serverUser || null}, include_episodes = ${options.includeEpisodes},
           time_zone = ${options.timeZone || null}
     WHERE id = ${id} AND user_id = ${userId} AND revoked_at IS NULL`;
  return count > 0;
}

export async function revokeConnection(userId: number, id: number): Promise<boolean> {
  const count = await db().$executeRaw`
    UPDATE media_connections SET revoked_at = now() WHERE id = ${id} AND user_id = ${userId} AND revoked_at IS NULL`;
  return count > 0;
}
