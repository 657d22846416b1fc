'use client';

import type { ReactNode } from 'react';
import { idbOutbox } from '@/lib/offline/idb-store';
import { purgeDevice } from '@/lib/offline/sync';
import { forgetTitles } from '@/lib/offline/title-index';

/**
 * A sign-out form that first clears this device: the outbox, the title index and the caches,
 * so the next person on the phone sees none of the journal. Unsynced changes would be lost with
 * them: the person is asked first.
 */
export function SignOutForm({ action, children }: { action: () => Promise<void>; children: ReactNode }) {
  return (
    <form
      action={async () => {
        const waiting = (await idbOutbox.all().catch(() => [])).length;
        const warning = `${waiting === 1 ? '1 change on this phone has' : `${waiting} changes on this phone have`} not reached the server yet. Signing out deletes ${waiting === 1 ? 'it' : 'them'}. Sign out anyway?`;
        if (waiting > 0 && !window.confirm(warning)) return;
        await purgeDevice();
        await forgetTitles();
        await action();
      }}
    >
      {children}
    </form>
  );
}
