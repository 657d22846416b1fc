import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { ServiceWorkerProvider } from '@/components/pwa/service-worker-provider';
import { appIcons, themeColorViewport } from '@/lib/pwa/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'My Movie Journal', template: '%s · My Movie Journal' },
  description: 'A self-hosted journal of every film you watch, with the whole of IMDb at hand.',
  applicationName: 'My Movie Journal',
  appleWebApp: { capable: true, title: 'Journal', statusBarStyle: 'black-translucent' },
  icons: appIcons,
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: themeColorViewport,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, even the 404 page: Next.js puts the Content-Security-Policy nonce
  // (proxy.ts) on the scripts only of pages it renders on demand.
  await connection();
  return (
    <html lang="en">
      <body>
        <ServiceWorkerProvider>{children}</ServiceWorkerProvider>
      </body>
    </html>
  );
}
