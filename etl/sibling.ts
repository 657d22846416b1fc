import pg from 'pg';
import { etlApplicationName } from './dead-run';

/** A further connection to the database of `client`, named for this run (see dead-run.ts). */
export function siblingClient(client: pg.Client, role: 'search' | 'finish'): pg.Client {
  const c = client as pg.Client & { connectionParameters?: pg.ClientConfig };
  const params = c.connectionParameters ?? {};
  const other = new pg.Client({
    user: params.user,
    password: params.password,
    host: params.host,
    port: params.port,
    database: params.database,
    ssl: params.ssl,
    application_name: etlApplicationName(role),
  });
  other.on('error', () => undefined);
  return other;
}
