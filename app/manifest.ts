import type { MetadataRoute } from 'next';
import { themeColors } from '@/lib/pwa/theme';

// Served by Next.js at /manifest.webmanifest (and linked from every page automatically).
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'My Movie Journal',
    short_name: 'Journal',
    description: 'Your private movie journal: log what you watched, rate it and keep notes.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: themeColors.dark,
    theme_color: themeColors.dark,
    categories: ['entertainment'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
