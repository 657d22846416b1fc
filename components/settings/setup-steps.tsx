import type { ReactNode } from 'react';
import type { ConnectionKind } from '@/lib/connections/types';

// The exact settings to enter on each media server (docs/media-servers.md says the same at length).

const B = ({ children }: { children: ReactNode }) => (
  <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{children}</strong>
);

export function SetupSteps({ kind }: { kind: ConnectionKind }) {
  const steps: Record<ConnectionKind, ReactNode[]> = {
    plex: [
      <>
        Needs Plex Pass. In Plex Web, open <B>Settings → Webhooks</B> (under your account, not the server).
      </>,
      <>
        <B>Add Webhook</B>, paste the webhook URL, then <B>Save Changes</B>.
      </>,
      <>
        Plex sends every event; a film counts at 90 % played (<code>media.scrobble</code>), your star rating grades it (
        <code>media.rate</code>).
      </>,
    ],
    jellyfin: [
      <>
        Install the <B>Webhook</B> plugin: <B>Dashboard → Plugins → Catalog → Webhook</B>, then restart Jellyfin.
      </>,
      <>
        <B>Dashboard → Plugins → Webhook → Add Generic Destination</B>. In <B>Webhook Url</B>, paste the webhook URL.
      </>,
      <>
        Notification Type: tick <B>Playback Stop</B> and <B>User Data Saved</B> (marking as played). User Filter: your
        user. Item Type: <B>Movies</B> (and <B>Episodes</B> if you log them).
      </>,
      <>
        Tick <B>Send All Properties (ignores template)</B>, then <B>Save</B>.
      </>,
    ],
    emby: [
      <>
        Needs Emby Premiere. <B>Settings → Notifications → Add Notification → Webhooks</B>.
      </>,
      <>
        Name: <B>My Movie Journal</B>. In <B>Url</B>, paste the webhook URL. Request content type:{' '}
        <B>application/json</B> (form data works too).
      </>,
      <>
        Events: <B>Playback → Stop</B>, <B>Mark played</B> and <B>Rate item</B>. Limit user events to: your user.{' '}
        <B>Save</B>.
      </>,
    ],
    generic: [
      <>
        POST JSON to the webhook URL with <code>Content-Type: application/json</code>:
      </>,
      <code key="body" className="block whitespace-pre-wrap rounded-lg bg-zinc-100 p-2 text-xs dark:bg-ink-800">
        {'{ "imdbId": "tt0090728", "watchedAt": "2024-03-09T21:40:00Z", "grade": 8 }'}
      </code>,
      <>
        Or <code>title</code> and <code>year</code> instead of <code>imdbId</code>. Sending the same play twice logs it
        once.
      </>,
    ],
  };
  return (
    <ol className="ml-5 flex list-decimal flex-col gap-1.5 text-sm text-zinc-600 dark:text-zinc-400">
      {steps[kind].map((step, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
        <li key={i}>{step}</li>
      ))}
    </ol>
  );
}
