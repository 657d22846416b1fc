'use client';

import { createContext, useContext, useMemo } from 'react';
import { type PendingWatchChange, pendingByWatch } from '@/lib/offline/changes';
import type { OutboxEntry } from '@/lib/offline/outbox';

export interface OutboxContextValue {
  online: boolean;
  pending: OutboxEntry[];
  attention: OutboxEntry[];
  /** A screen kept a change on the device: say so. */
  queued: () => void;
  syncNow: () => void;
  retry: (id: string) => void;
  discard: (id: string) => void;
}

export const OutboxContext = createContext<OutboxContextValue | null>(null);

/** The outbox's state for the shell's screens (null outside the signed-in app). */
export function useOutbox(): OutboxContextValue | null {
  return useContext(OutboxContext);
}

const NONE: OutboxEntry[] = [];

/** The viewings logged on this device that the server does not have yet (of one title, when given). */
export function usePendingLogs(tconst?: string): OutboxEntry[] {
  const pending = useOutbox()?.pending ?? NONE;
  return useMemo(
    () => pending.filter((entry) => entry.kind === 'log' && (tconst === undefined || entry.preview.tconst === tconst)),
    [pending, tconst],
  );
}

/** The viewings with an edit, delete or undo waiting on this device. */
export function usePendingWatchChanges(): Map<number, PendingWatchChange> {
  const pending = useOutbox()?.pending ?? NONE;
  return useMemo(() => pendingByWatch(pending), [pending]);
}

/** The latest change of these kinds waiting for a title (a watchlist toggle, a pick's feedback), or null. */
export function useLatestPending(tconst: string, kinds: readonly OutboxEntry['kind'][]): OutboxEntry['kind'] | null {
  const pending = useOutbox()?.pending ?? NONE;
  return pending.findLast((e) => e.preview.tconst === tconst && kinds.includes(e.kind))?.kind ?? null;
}
