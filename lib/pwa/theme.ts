import type { Metadata, Viewport } from 'next';

// Colours shared by the web app manifest (app/manifest.ts), the root layout's
// `viewport.themeColor` and the icons (public/icons/*.svg).

export const themeColors = {
  /** Page background / browser UI colour in light mode. */
  light: '#ffffff',
  /** Page background / browser UI colour in dark mode; also the manifest's colours. */
  dark: '#0b0b14',
  /** Icon background (indigo). */
  brand: '#1e1b4b',
  /** Warm accent used in the icon (amber). */
  accent: '#f59e0b',
} as const;

/** Ready-made value for `viewport.themeColor` in the root layout: follows the system theme. */
export const themeColorViewport: Viewport['themeColor'] = [
  { media: '(prefers-color-scheme: light)', color: themeColors.light },
  { media: '(prefers-color-scheme: dark)', color: themeColors.dark },
];

/** Ready-made value for `metadata.icons` in the root layout. */
export const appIcons: Metadata['icons'] = {
  icon: [
    { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
    { url: '/icons/icon.svg', type: 'image/svg+xml' },
  ],
  apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
};
