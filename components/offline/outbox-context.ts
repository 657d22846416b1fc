'use client';

import { createContext, useContext } from 'react';
import type { OutboxEntry } from '@/lib/offline/outbox';

export interface OutboxContextValue {
  online: boolean;
  pending: OutboxEntry[];
  attention: OutboxEntry[];
  /** The log sheet kept a change on the device: say so. */
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

/** The viewings logged on this device that the server does not have yet. */
export function usePendingLogs(): OutboxEntry[] {
  return useOutbox()?.pending.filter((entry) => entry.kind === 'log') ?? [];
}
