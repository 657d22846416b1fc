import { revokeConnectionAction } from '@/lib/connections/actions/revoke-connection';
import type { Connection } from '@/lib/connections/connections';
import type { Delivery } from '@/lib/connections/deliveries';
import { CONNECTION_KINDS, CONNECTION_LABELS, type ConnectionKind } from '@/lib/connections/types';
import { Card } from '../ui/card';
import { ConnectionOptionsForm } from './connection-options-form';
import { DeliveryLog } from './delivery-log';
import { NewConnectionForm } from './new-connection-form';
import { RevokeButton } from './revoke-button';
import { SetupSteps } from './setup-steps';

const day = (d: Date) => d.toISOString().slice(0, 10);

function summary(c: Connection): string {
  return [
    `since ${day(c.createdAt)}`,
    c.serverUser ? `only plays by ${c.serverUser}` : 'every user’s plays',
    c.includeEpisodes ? 'films and episodes' : 'films only',
    c.timeZone ?? 'the server’s time zone',
  ].join(' · ');
}

function ConnectionBlock({ kind, connection }: { kind: ConnectionKind; connection: Connection | null }) {
  return (
    <li className="flex flex-col gap-3 py-4" data-testid={`connection-${kind}`}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold">{CONNECTION_LABELS[kind]}</h3>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            {connection ? `Connected ${summary(connection)}` : 'Not connected'}
          </p>
        </div>
        {connection ? <RevokeButton action={revokeConnectionAction} id={connection.id} label="Revoke" /> : null}
      </div>
      {connection ? (
        <details>
          <summary className="cursor-pointer py-2 text-sm font-medium text-brand-700 dark:text-brand-400">
            Options
          </summary>
          <ConnectionOptionsForm connection={connection} />
        </details>
      ) : null}
      <NewConnectionForm kind={kind} current={connection} />
      <details>
        <summary className="cursor-pointer py-2 text-sm font-medium text-brand-700 dark:text-brand-400">
          What to enter in {kind === 'generic' ? 'your script' : CONNECTION_LABELS[kind]}
        </summary>
        <SetupSteps kind={kind} />
      </details>
    </li>
  );
}

/** Settings → Connections: a webhook URL per media server, and what the deliveries did. */
export function ConnectionsCard({ connections, deliveries }: { connections: Connection[]; deliveries: Delivery[] }) {
  return (
    <Card title="Connections">
      <div id="connections" className="scroll-mt-6">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Plex, Jellyfin or Emby at home can log what you watch: make a URL here and paste it into the media server.
          Films played to the end are logged, and wait on Home for a grade.
        </p>
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {CONNECTION_KINDS.map((kind) => (
            <ConnectionBlock key={kind} kind={kind} connection={connections.find((c) => c.kind === kind) ?? null} />
          ))}
        </ul>
        <DeliveryLog deliveries={deliveries} />
      </div>
    </Card>
  );
}
