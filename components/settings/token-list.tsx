import { revokeApiTokenAction } from '@/lib/auth/actions/revoke-api-token';
import { RevokeButton } from './revoke-button';

export interface TokenRow {
  id: number;
  label: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function TokenList({ tokens }: { tokens: TokenRow[] }) {
  if (tokens.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">No API tokens yet.</p>;
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {tokens.map((t) => (
        <li key={t.id} className="flex items-center justify-between gap-3 py-3">
          <div className="min-w-0">
            <p className="truncate font-medium">{t.label}</p>
            <p className="text-xs text-zinc-500 dark:text-zinc-400">
              {t.prefix}… · created {day(t.createdAt)}
              {t.lastUsedAt ? ` · last used ${day(t.lastUsedAt)}` : ''}
              {t.revokedAt ? ` · revoked ${day(t.revokedAt)}` : ''}
            </p>
          </div>
          {t.revokedAt ? null : <RevokeButton action={revokeApiTokenAction} id={t.id} label="Revoke" />}
        </li>
      ))}
    </ul>
  );
}
