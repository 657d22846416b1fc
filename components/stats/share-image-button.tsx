'use client';

import { useState } from 'react';

/** Shares the year's image through the phone's share sheet where it can, else downloads it. */
export function ShareImageButton({ href, year }: { href: string; year: number }) {
  const [busy, setBusy] = useState(false);
  const name = `year-in-review-${year}.png`;
  async function share(event: React.MouseEvent<HTMLAnchorElement>) {
    if (typeof navigator.canShare !== 'function') return; // the link downloads it
    event.preventDefault();
    setBusy(true);
    try {
      const blob = await (await fetch(href)).blob();
      const file = new File([blob], name, { type: 'image/png' });
      if (navigator.canShare({ files: [file] })) await navigator.share({ files: [file], title: `${year} in review` });
      else window.location.assign(href);
    } catch {
      // Cancelled by the person: nothing to do.
    } finally {
      setBusy(false);
    }
  }
  return (
    <a
      href={href}
      download={name}
      onClick={share}
      aria-busy={busy}
      className="inline-flex min-h-11 items-center rounded-xl bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
    >
      Share as image
    </a>
  );
}
