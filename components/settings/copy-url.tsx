'use client';

import { useRef, useState } from 'react';
import type { ConnectionKind } from '@/lib/connections/types';

/** The new webhook URL with a Copy button (over plain HTTP, where there is no clipboard API, it selects it). */
export function CopyUrl({ kind, url }: { kind: ConnectionKind; url: string }) {
  const code = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      const range = document.createRange();
      if (code.current) range.selectNodeContents(code.current);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  };
  return (
    <>
      <p className="text-sm font-medium">Copy this URL now: it is shown only once.</p>
      <code ref={code} className="break-all text-sm" data-testid={`webhook-url-${kind}`}>
        {url}
      </code>
      <button
        type="button"
        onClick={copy}
        className="min-h-11 self-start rounded-xl border border-emerald-600/40 px-4 text-sm font-semibold text-emerald-800 dark:text-emerald-300"
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </>
  );
}
