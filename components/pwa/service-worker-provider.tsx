'use client';

import { SerwistProvider } from '@serwist/turbopack/react';
import type { ReactNode } from 'react';

/**
 * Registers the service worker (/serwist/sw.js, scope "/") in production builds.
 * Wrap it around the app in the root layout.
 */
export function ServiceWorkerProvider({ children }: { children: ReactNode }) {
  return (
    <SerwistProvider
      swUrl="/serwist/sw.js"
      disable={process.env.NODE_ENV !== 'production'}
      // The default reloads the page when the connection comes back, which would throw away
      // whatever is being typed into a form.
      reloadOnOnline={false}
      options={{ scope: '/' }}
    >
      {children}
    </SerwistProvider>
  );
}
